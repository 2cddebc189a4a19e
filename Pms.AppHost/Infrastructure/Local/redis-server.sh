#!/usr/bin/env bash
# Starts the local Redis server on loopback, its password given on standard input so that it never
# shows in the process list; snapshots go to REDIS_DATA, so sessions outlive a restart of the run.
set -euo pipefail

: "${REDIS_PORT:?}" "${REDIS_DATA:?}" "${REDIS_PASSWORD:?}"

mkdir -p "$REDIS_DATA"
chmod 700 "$REDIS_DATA"
exec redis-server - --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$REDIS_DATA" --save "60 1" --appendonly no <<CONFIG
requirepass $REDIS_PASSWORD
CONFIG
