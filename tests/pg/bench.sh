#!/bin/sh
# `make bench-pg`: the benchmark's keys on PostgreSQL beside SQLite's.  A
# throwaway cluster of its own (tests/pg/cluster.sh, stopped and removed
# afterwards), a copy of the benchmark database in it made by `irdesk copy`
# (history included), then tests/bench/bench on the same file and, with
# --db-url, on the server, into one BENCHMARKS file.
set -u
: "${IRDESK:?IRDESK must name the binary}"
: "${BENCH:?BENCH must name the benchmark driver}"
: "${BENCH_DB:?BENCH_DB must name the benchmark database}"
here=$(cd "$(dirname "$0")" && pwd)
. "$here/cluster.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/irdesk-bench-pg.XXXXXX")
chmod 711 "$tmp"
# BENCH_PG_LOG=FILE keeps the server's log of every statement the desk ran
# (log_min_duration_statement=0 after the copy) in FILE
trap '[ -n "${BENCH_PG_LOG:-}" ] && cp "$tmp/pg/server.log" "$BENCH_PG_LOG";
      pg_cluster_stop "$tmp/pg"; rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
pg_cluster_start "$tmp/pg" || exit 1
createdb bench || exit 1
url="postgresql:///bench?host=$PGHOST&port=$PGPORT&user=$PGUSER"
# `irdesk copy` takes only a database that passes irdesk's check, and the
# generator's synthetic edits and status moves do not agree with the
# records (tests/bench/gen.c): on a copy they become dated events (the same
# lines, the same sizes), and both engines are measured on that copy
cp "$BENCH_DB" "$tmp/bench.db" || exit 1
sqlite3 "$tmp/bench.db" "UPDATE history SET action = 'event' WHERE action IN ('edit', 'status')" ||
    exit 1
t0=$(date +%s)
"$IRDESK" copy "$tmp/bench.db" "$url" || exit 1
echo "bench-pg: irdesk copy of $BENCH_DB took $(( $(date +%s) - t0 )) s"
# the planner's statistics of the copied tables, as autovacuum would make them
psql -X -q -d bench -c "VACUUM ANALYZE" || exit 1
if [ -n "${BENCH_PG_LOG:-}" ]; then
    psql -X -q -d bench -c "ALTER SYSTEM SET log_min_duration_statement = 0" \
        -c "SELECT pg_reload_conf()" >/dev/null || exit 1
fi
"$BENCH" --irdesk "$IRDESK" --db "$tmp/bench.db" --db-url "$url" "$@"
