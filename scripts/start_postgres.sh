#!/usr/bin/env bash
# Start Debian's PostgreSQL cluster and make the role and database that `make test-postgres`
# uses (newsdesk/newsdesk, allowed to create the test database). Safe to run again.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main status >/dev/null
as_postgres() { su postgres -c "$1"; }
as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'newsdesk'\"" | grep -q 1 \
  || as_postgres "psql -qc \"CREATE ROLE newsdesk LOGIN PASSWORD 'newsdesk' CREATEDB\""
as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'newsdesk'\"" | grep -q 1 \
  || as_postgres "createdb -O newsdesk newsdesk"
