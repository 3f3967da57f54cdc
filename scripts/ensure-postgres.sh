#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on 127.0.0.1:5432 and the `danvan` database exists.
set -euo pipefail
HOST=${PGHOST:-127.0.0.1}
PORT=${PGPORT:-5432}
USER_NAME=${PGUSER:-postgres}
DB_NAME=${PGDATABASE_NAME:-danvan}

ready() { pg_isready -q -h "$HOST" -p "$PORT" 2>/dev/null; }

if ! command -v pg_isready >/dev/null; then
  echo "PostgreSQL is not installed; installing it" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql postgresql-contrib >/dev/null
fi
if ! ready; then
  echo "PostgreSQL is not answering on $HOST:$PORT; starting the local cluster"
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || pg_ctlcluster "$version" main start
  for _ in $(seq 1 30); do ready && break; sleep 1; done
fi
ready || { echo "PostgreSQL did not start" >&2; exit 1; }
if ! psql -h "$HOST" -p "$PORT" -U "$USER_NAME" -tAc "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'" | grep -q 1; then
  createdb -h "$HOST" -p "$PORT" -U "$USER_NAME" "$DB_NAME"
fi
echo "PostgreSQL ready on $HOST:$PORT (database $DB_NAME)"
