#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the test suite. Prints two
# lines: the address to use as ENMS_TEST_POSTGRES, and the server's folder. Stop it
# with: kill -INT "$(head -1 <folder>/data/postmaster.pid)".
set -euo pipefail
port=${1:-55433}
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))      # taken by another server: try the next one
done
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
echo "$root"
