#!/usr/bin/env bash
# Prepares the data directory of the local PostgreSQL server: creates the cluster on first
# use and keeps the superuser password equal to the AppHost's postgres-password parameter.
# PostgreSQL refuses to run as root, so as root the work is done as the postgres user.
set -euo pipefail

: "${PG_BIN:?}" "${PGDATA:?}" "${POSTGRES_PASSWORD:?}"

run_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
  else
    "$@"
  fi
}

mkdir -p "$PGDATA"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$PGDATA"
fi
chmod 700 "$PGDATA"
if ! run_as_owner test -w "$PGDATA"; then
  echo "The postgres user cannot reach $PGDATA; set Pms:Local:DataDirectory to a directory it can reach." >&2
  exit 1
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  password_file=$(mktemp)
  trap 'rm -f "$password_file"' EXIT
  printf '%s\n' "$POSTGRES_PASSWORD" > "$password_file"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$password_file"
  fi
  run_as_owner "$PG_BIN/initdb" --pgdata="$PGDATA" --username=postgres --pwfile="$password_file" \
    --auth-host=scram-sha-256 --auth-local=peer --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  echo "Created a PostgreSQL cluster."
fi

escaped_password=${POSTGRES_PASSWORD//\'/\'\'}
echo "ALTER ROLE postgres PASSWORD '$escaped_password';" \
  | run_as_owner "$PG_BIN/postgres" --single -D "$PGDATA" -c unix_socket_directories= postgres >/dev/null
echo "PostgreSQL data directory is ready."
