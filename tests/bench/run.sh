#!/bin/sh
# `make bench`: tests/bench/bench on each SQLite database of BENCH_DBS, then
# on a local PostgreSQL server, into one BENCHMARKS.md (the --out given):
# the PostgreSQL tables after SQLite's with issue 16's targets, and both
# side by side.  The server is a throwaway cluster of its own
# (tests/pg/cluster.sh, stopped and removed afterwards, also after a
# failure) holding a copy of the first database made by `irdesk copy`
# (history included).  The arguments go to bench (--size, --out, ...).
#   BENCH_PG=no     the SQLite databases only
#   BENCH_PG=only   the server only (on the copy of the first database)
#   BENCH_PG_LOG=F  keep the server's log of every statement the desk ran in F
set -u
: "${IRDESK:?IRDESK must name the binary}"
: "${BENCH:?BENCH must name the benchmark driver}"
: "${BENCH_DBS:?BENCH_DBS must name the benchmark databases}"
pg=${BENCH_PG:-yes}
lite=
for d in $BENCH_DBS; do lite="$lite --db $d"; done
if [ "$pg" = no ]; then
    # shellcheck disable=SC2086 # one word per database
    exec "$BENCH" --irdesk "$IRDESK" $lite "$@"
fi
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/pg/cluster.sh
. "$here/../pg/cluster.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/irdesk-bench-pg.XXXXXX")
chmod 711 "$tmp" # the cluster's owner goes through it to its own folder
trap '[ -n "${BENCH_PG_LOG:-}" ] && cp "$tmp/pg/server.log" "$BENCH_PG_LOG";
      pg_cluster_stop "$tmp/pg"; rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
pg_cluster_start "$tmp/pg" || exit 1
createdb bench || exit 1
url="postgresql:///bench?host=$PGHOST&port=$PGPORT&user=$PGUSER"
# `irdesk copy` takes only a database that passes irdesk's check, and the
# generator's synthetic edits and status moves do not agree with the
# records (tests/bench/gen.c): on the copy they become dated events (the
# same lines, the same sizes); the SQLite figures are of the files as made
first=${BENCH_DBS%% *}
cp "$first" "$tmp/bench.db" || exit 1
sqlite3 "$tmp/bench.db" "UPDATE history SET action = 'event' WHERE action IN ('edit', 'status')" ||
    exit 1
t0=$(date +%s)
"$IRDESK" copy "$tmp/bench.db" "$url" >/dev/null || exit 1
rm -f "$tmp/bench.db"
echo "bench: irdesk copy of $first to PostgreSQL took $(( $(date +%s) - t0 )) s"
# the planner's statistics of the copied tables, as autovacuum would make them
psql -X -q -d bench -c "VACUUM ANALYZE" || exit 1
if [ -n "${BENCH_PG_LOG:-}" ]; then
    psql -X -q -d bench -c "ALTER SYSTEM SET log_min_duration_statement = 0" \
        -c "SELECT pg_reload_conf()" >/dev/null || exit 1
fi
if [ "$pg" = only ]; then
    "$BENCH" --irdesk "$IRDESK" --db "$url" "$@"
else
    # shellcheck disable=SC2086 # one word per database
    "$BENCH" --irdesk "$IRDESK" $lite --db-url "$url" "$@"
fi
