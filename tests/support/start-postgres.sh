#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the test suite and prints the
# address to use as ENMS_TEST_POSTGRES. The server lives in a temporary folder; stop it
# with: kill -INT "$(head -1 <folder>/data/postmaster.pid)".
set -euo pipefail
port=${1:-55433}
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
root=$(mktemp -d /tmp/enms-pg.XXXXXX)
chmod 755 "$root"
if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$root"
    as_pg=(runuser -u postgres --)
else
    as_pg=()
fi
"${as_pg[@]}" "$pgbin/initdb" -D "$root/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$root/initdb.log" 2>&1
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$root/data" -l "$root/log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $root -c fsync=off" start >/dev/null
echo "postgresql://postgres@127.0.0.1:$port/postgres"
