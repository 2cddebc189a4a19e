#!/usr/bin/env bash
# Installs what PMS needs beyond the .NET SDK on a Debian machine without a container runtime:
# the PostgreSQL server binaries for local mode, the font invoices are drawn with, and the Chromium the
# browser tests drive. Safe to run again; it installs only what is missing.
set -euo pipefail

have_postgres_server() {
  command -v initdb >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}

missing=()
have_postgres_server || missing+=(postgresql)
command -v setpriv >/dev/null 2>&1 || missing+=(util-linux)
# Invoices are drawn with DejaVu Sans.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
# The web front end's browser tests drive Debian's Chromium (Playwright's own browser download is not used).
command -v chromium >/dev/null 2>&1 || missing+=(chromium)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PMS needs these Debian packages: ${missing[*]}. Run this script as root or install them." >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

dotnet tool restore >/dev/null
echo "Prerequisites are in place."
