#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: initdb on a temporary directory, listening only on a
# Unix socket in that directory (no TCP), owned by the unprivileged `postgres` user (PostgreSQL
# refuses to run as root). Nothing outside the directory is touched.
#
#   scripts/pg-test-cluster.sh start DIR   # prints the connection URL (export it as ONRECORD_TEST_PG)
#   scripts/pg-test-cluster.sh stop DIR    # stops the server and removes DIR
#   scripts/pg-test-cluster.sh restart DIR # stops and starts it again (the data stays)
#
# Needs Debian's `postgresql` package (apt-get install -y postgresql). PG_BIN overrides where the
# server binaries are; by default the newest /usr/lib/postgresql/*/bin.
set -euo pipefail

action=${1:?usage: pg-test-cluster.sh start|stop|restart DIR}
dir=${2:?usage: pg-test-cluster.sh start|stop|restart DIR}

if [[ -z "${PG_BIN:-}" ]]; then
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
if [[ -z "$PG_BIN" || ! -x "$PG_BIN/initdb" ]]; then
    echo "error: PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin)" >&2
    echo "hint: apt-get install -y postgresql, or set PG_BIN" >&2
    exit 1
fi

# Run a server binary as the owner of the cluster: `postgres` when we are root, ourselves otherwise.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start_server() {
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -c listen_addresses='' -c max_connections=200 -c fsync=on" start >/dev/null
}

case "$action" in
start)
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$dir"
        chmod 0755 "$dir"
    fi
    as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    start_server
    echo "postgresql://postgres@/postgres?host=$dir"
    ;;
stop)
    if [[ -d "$dir/data" ]]; then
        as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
restart)
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    start_server
    ;;
*)
    echo "usage: pg-test-cluster.sh start|stop|restart DIR" >&2
    exit 2
    ;;
esac
