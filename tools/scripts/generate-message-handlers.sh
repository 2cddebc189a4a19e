#!/usr/bin/env bash
# Writes each service's Wolverine message handlers ahead of time into services/Pms.<Service>/Internal/Generated, where the
# service loads them from (it carries no compiler). Run it after changing a message handler, its middleware or the
# messaging setup; each service's TheCommittedHandlerCodeIsCurrent test fails until the committed code is current.
# The service composes itself as it does when it runs, without starting: the connection strings only have to be there.
set -euo pipefail
cd "$(dirname "$0")/../.."
configuration="${CONFIGURATION:-Release}"
unused_database="Host=127.0.0.1;Port=9;Database=unused;Username=unused"

for service in Auth Patients Billing Notifications Audit; do
  project="services/Pms.$service"
  dotnet build "$project" -c "$configuration" -v q -nologo
  rm -rf "$project/Internal/Generated"
  (
    cd "$project"
    ConnectionStrings__authdb="$unused_database" ConnectionStrings__patientdb="$unused_database" \
    ConnectionStrings__billingdb="$unused_database" ConnectionStrings__notificationdb="$unused_database" \
    ConnectionStrings__auditdb="$unused_database" ConnectionStrings__kafka=127.0.0.1:9 ConnectionStrings__redis=127.0.0.1:9 \
    ConnectionStrings__mail=smtp://127.0.0.1:9 ASPNETCORE_ENVIRONMENT=Production \
      dotnet "bin/$configuration/net10.0/Pms.$service.dll" codegen write | grep '^Wrote'
  )
  dotnet build "$project" -c "$configuration" -v q -nologo
done
