#!/bin/sh
# A throwaway PostgreSQL cluster for the tests: UTF8, the C.UTF-8 locale,
# on a Unix socket in a temporary directory, no TCP, run as an unprivileged
# user (PostgreSQL refuses root).  Sourced by tests/pg/run.sh:
#   pg_cluster_start DIR    sets PGHOST, PGPORT, PGUSER; DIR is made and owned by the user
#   pg_cluster_stop DIR     stops it and removes DIR (also after a failure: call it from a trap)
PG_BIN=${PG_BIN:-$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)}
pg_as() { # run a command as the cluster's owner
    if [ "$(id -u)" = 0 ]; then runuser -u "$PG_OWNER" -- "$@"; else "$@"; fi
}
pg_cluster_start() {
    dir=$1
    PG_OWNER=${PG_OWNER:-nobody}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown "$PG_OWNER" "$dir"
    pg_as "$PG_BIN/initdb" -D "$dir/data" -E UTF8 --locale=C.UTF-8 -A trust -U irdesk \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
    pg_as "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -c listen_addresses= -p 5439 -c fsync=off" start >/dev/null ||
        { cat "$dir/server.log" >&2; return 1; }
    PGHOST=$dir PGPORT=5439 PGUSER=irdesk
    export PGHOST PGPORT PGUSER
}
pg_cluster_stop() {
    dir=$1
    [ -d "$dir/data" ] && pg_as "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$dir"
}
