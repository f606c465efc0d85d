#!/bin/sh
# The store on PostgreSQL: a throwaway cluster of its own (tests/pg/cluster.sh),
# stopped and removed afterwards, also when a test fails.  On it: the store
# suites the engine does (the same cmocka tests as on SQLite, by
# IRDESK_TEST_DB_URL), the command line compared with SQLite's on the same
# portfolio, copy both ways, the roles, eight concurrent writers, a writer
# killed mid-transaction, and a terminal smoke test.  Each part says how long
# it took.
set -u
: "${IRDESK:?IRDESK must name the binary}"
: "${UNIT:?UNIT must name the folder of the unit test binaries}"
: "${WRITER:?WRITER must name the test writer}"
here=$(cd "$(dirname "$0")" && pwd)
. "$here/cluster.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/irdesk-pg.XXXXXX")
chmod 711 "$tmp" # the cluster's owner goes through it to its own folder
T="tmux -L irdesk-pg-$$ -f /dev/null"
cleanup() { $T kill-server 2>/dev/null; pg_cluster_stop "$tmp/pg"; rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 1' INT TERM
export LC_ALL=C.UTF-8 HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
export IRDESK_NOW=2026-03-01T10:00:00Z TZ=Europe/Brussels
unset LANGUAGE
pass=0 failn=0
ok() { pass=$((pass + 1)); echo "ok - $*"; }
fail() { failn=$((failn + 1)); echo "not ok - $*"; }
check() { # description, then a command that must succeed
    what=$1
    shift
    if "$@" >"$tmp/out" 2>&1; then ok "$what"; else fail "$what: $(head -c 600 "$tmp/out")"; fi
}
started=$(date +%s)
part() { # the duration of the part before, then the next one's name
    now=$(date +%s)
    [ -n "${part_name:-}" ] && echo "pg: $part_name took $((now - part_at)) s"
    part_name=$1 part_at=$now
}
url() { echo "postgresql:///$1?host=$PGHOST&port=$PGPORT&user=${2:-irdesk}"; }
psql_() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

part "the cluster"
pg_cluster_start "$tmp/pg" || { echo "not ok - the cluster did not start"; exit 1; }
LITE="$tmp/lite.db"
"$IRDESK" init "$LITE" >/dev/null || { echo "not ok - no SQLite database"; exit 1; }

part "init, encodings, roles"
createdb tmpl
check "init creates the schema, the roles and the portfolio" "$IRDESK" init "$(url tmpl)"
check "the three roles exist" sh -c \
    "test \"\$(psql -X -At -d tmpl -c \"SELECT string_agg(rolname, ' ' ORDER BY rolname) FROM pg_roles WHERE rolname LIKE 'irdesk\\_%'\")\" = 'irdesk_admin irdesk_editor irdesk_reader'"
check "the schema is at the SQLite schema's version" sh -c \
    "test \"\$(psql -X -At -d tmpl -c 'SELECT version FROM irdesk_schema')\" = $(ls "$here/../../db/sql" | grep -c '^[0-9][0-9][0-9]_.*\.sql$')"
createdb -E SQL_ASCII -T template0 --locale=C ascii
if "$IRDESK" init "$(url ascii)" >"$tmp/out" 2>&1; then
    fail "init took a database that is not UTF8"
else
    grep -q UTF8 "$tmp/out" && [ "$(psql_ -d ascii -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" = 0 ] &&
        ok "init refuses another encoding and changes nothing" || fail "encoding: $(cat "$tmp/out")"
fi
createdb bare
if "$IRDESK" --db "$(url bare)" list city >"$tmp/out" 2>&1; then
    fail "a command other than init set up an empty server database"
else
    grep -q "irdesk init" "$tmp/out" && ok "only init sets up a server database" || fail "bare: $(cat "$tmp/out")"
fi
createdb other
psql_ -d other -c "CREATE TABLE invoices (id int)"
if "$IRDESK" init "$(url other)" >"$tmp/out" 2>&1; then fail "init took another program's database"
else ok "init refuses another program's database"; fi

part "the store suites on PostgreSQL"
# the tests read the database with SQL of their own (test_sql_int), written
# for SQLite: two of its functions in the tests' template only, never in
# irdesk's schema
psql_ -d tmpl -c "CREATE FUNCTION ifnull(anycompatible, anycompatible) RETURNS anycompatible
    LANGUAGE sql IMMUTABLE AS 'SELECT coalesce(\$1, \$2)';
    CREATE FUNCTION instr(text, text) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT strpos(\$1, \$2)'"
export IRDESK_TEST_DB_URL="$(url tt)" IRDESK_TEST_DB_RESET="dropdb --if-exists --force tt 2>/dev/null && createdb -T tmpl tt"
export IRDESK_TEST_SQL_TMP="$tmp/sql"
for t in test_store test_journal test_undo test_views test_exchange test_detail test_summary test_validate \
         test_import_row test_csv test_cost test_pdf test_register test_agenda; do
    t0=$(date +%s)
    if CMOCKA_MESSAGE_OUTPUT=TAP "$UNIT/$t" >"$tmp/unit" 2>&1; then
        ok "$t on PostgreSQL ($(grep -c '^ok' "$tmp/unit") tests, $(( $(date +%s) - t0 )) s)"
    else
        # an assertion's lines, else (a crash, a sanitizer's report) the end
        fail "$t on PostgreSQL: $(grep -A3 '^not ok' "$tmp/unit" | head -20 || true)
$(grep -q '^not ok' "$tmp/unit" || tail -25 "$tmp/unit")"
    fi
done
unset IRDESK_TEST_DB_URL IRDESK_TEST_DB_RESET

part "the command line, both engines alike"
createdb -T tmpl cli
P=$(url cli)
same() { # what, then the irdesk arguments after --db
    what=$1
    shift
    "$IRDESK" --db "$LITE" "$@" >"$tmp/a" 2>&1; ra=$?
    "$IRDESK" --db "$P" "$@" >"$tmp/b" 2>&1; rb=$?
    if [ "$ra" = "$rb" ] && cmp -s "$tmp/a" "$tmp/b"; then ok "$what"
    else fail "$what differs (exit $ra/$rb): $(diff "$tmp/a" "$tmp/b" | head -8)"; fi
}
for k in city agreement network initiative statement assessment visit project contact; do
    same "list $k" list "$k"
    same "list $k, archived too" list "$k" --archived
    same "export $k as CSV" export "$k" --format csv
    same "show $k 1" show "$k" 1
    same "history of $k 2" history "$k" 2
done
for w in liege "saint raph" "SAINT-RAPHAEL" kanaz 金沢 "gent 2018" "zzzz" "\"'%_\\" ""; do
    same "list city --search '$w'" list city --search "$w"
    same "list agreement --search '$w'" list agreement --search "$w"
done
same "list --status" list agreement --status in_force
same "list --view due-for-evaluation" list --view due-for-evaluation
same "list --view no-human-rights-clause" list --view no-human-rights-clause
same "views" views
same "list --view contacts-for-review" list --view contacts-for-review
same "one person's data as JSON" export contact 1 --format json
same "the agenda" agenda
same "show by name" show city "saint raphael"
same "the portfolio report" report portfolio --format txt
same "a dossier" report dossier city 3 --format txt
same "the JSON export with history" export all --format json --history
if "$IRDESK" --db "$P" list city --search 沢 | grep -q Kanazawa; then
    ok "a part of a name in a script without spaces finds it (沢 → 金沢市)"
else fail "沢 does not find Kanazawa on PostgreSQL"; fi
# the same writes on both, then the same database
for db in "$LITE" "$P"; do
    "$IRDESK" --db "$db" status city 3 dormant --note "test" >/dev/null &&
    "$IRDESK" --db "$db" decide city 2 --text "Proef" --date 2026-01-01 --source "test" >/dev/null &&
    "$IRDESK" --db "$db" decide city 2 --carried-out 2026-02-01 --source "test" --status dormant >/dev/null &&
    "$IRDESK" --db "$db" export city --format csv >"$tmp/c.csv" &&
    sed 's/,Wiesbaden,Wiesbaden,/,Wiesbaden,Wiesbaden (Hessen),/' "$tmp/c.csv" >"$tmp/c2.csv" &&
    "$IRDESK" --db "$db" import city "$tmp/c2.csv" >/dev/null || fail "the writes on $db"
done
# a file of every byte value, attached on both; a link made and removed
python3 -c 'import sys; sys.stdout.buffer.write(bytes(range(256)) * 3)' >"$tmp/bytes.bin"
for db in "$LITE" "$P"; do
    "$IRDESK" --db "$db" attach city 3 "$tmp/bytes.bin" >/dev/null &&
    "$IRDESK" --db "$db" link city 3 network 1 >/dev/null &&
    "$IRDESK" --db "$db" link city 4 network 1 >/dev/null &&
    "$IRDESK" --db "$db" unlink city 4 network 1 >/dev/null || fail "attach or link on $db"
done
"$IRDESK" --db "$P" attachment get city 3 bytes.bin -o "$tmp/back.bin" &&
    cmp -s "$tmp/bytes.bin" "$tmp/back.bin" && ok "an attached file comes back from the server byte for byte" ||
    fail "the attached file from the server differs"
same "a file of the same name is never replaced" attach city 3 "$tmp/bytes.bin"
same "linking twice is refused" link city 3 network 1
same "after the same writes, the same JSON export" export all --format json --history
same "a refused move changes nothing" status city 3 ended
same "check" check
# all or nothing: a file whose second row is bad adds nothing
printf 'name_nl,relation\nNieuwstad,sister\n,sister\n' >"$tmp/bad.csv"
same "a bad import is refused whole" import city "$tmp/bad.csv"
same "and nothing was added" list city --search nieuwstad

# the live counts the triggers keep (migration 28) against the rows
counts_kept() { # what, database
    bad=
    for k in city agreement network initiative statement assessment visit project contact; do
        kept=$(psql_ -d "$2" -c "SELECT live FROM kind_count WHERE kind = '$k'")
        rows=$(psql_ -d "$2" -c "SELECT count(*) FROM $k WHERE archived = 0")
        [ -n "$kept" ] && [ "$kept" = "$rows" ] || bad="$bad $k:$kept/$rows"
    done
    [ "$(psql_ -d "$2" -c "SELECT live FROM kind_count WHERE kind = 'city'")" -gt 0 ] 2>/dev/null ||
        bad="$bad no-cities"
    if [ -z "$bad" ]; then ok "$1: kind_count holds each kind's live records"
    else fail "$1: kind_count differs (kept/rows):$bad"; fi
}
counts_kept "after the writes" cli

part "every sorted list reads an index"
# each list column a pane can sort by (the kinds' list_width fields), in
# both languages, through a personal view: the server's plan of the list
# (auto_explain, sorts priced out) holds no Sort, so the keyset windows and
# their indexes (migration 031) agree.  An assessment's city sorts on the
# city's key read from the city: no index of its own.
createdb -T tmpl plans
psql_ -d plans -c "ALTER DATABASE plans SET session_preload_libraries = 'auto_explain'" \
    -c "ALTER DATABASE plans SET auto_explain.log_min_duration = 0" \
    -c "ALTER DATABASE plans SET enable_sort = off"
mkdir -p "$tmp/plans/irdesk"
for c in city:name_nl city:country_nl city:relation city:since agreement:title \
         agreement:city_id agreement:type agreement:ends network:name network:since \
         network:until initiative:number initiative:chapter initiative:text_nl initiative:owner \
         statement:title_nl statement:type statement:organiser statement:signed visit:title_nl \
         visit:direction visit:type visit:date_from project:acronym project:programme \
         project:role project:year project:grant_eur contact:name contact:organisation \
         contact:function contact:period_until assessment:assessed assessment:importance \
         assessment:activity assessment:next_review; do
    echo "view.${c%%:*}_${c#*:} = ${c%%:*} sort=${c#*:}"
done >"$tmp/plans/irdesk/config"
log_at=$(wc -l <"$tmp/pg/server.log")
sorted=0
while read -r v eq kind rest; do
    for lang in nl en; do
        XDG_CONFIG_HOME="$tmp/plans" "$IRDESK" --lang $lang --db "$(url plans)" list "$kind" --view "${v#view.}" \
            >/dev/null 2>&1 && sorted=$((sorted + 1))
    done
done <"$tmp/plans/irdesk/config"
# each plan the log holds: its query's first line, then its nodes
tail -n +"$((log_at + 1))" "$tmp/pg/server.log" | awk '
    / LOG: .*plan:$/ { if (q != "" && sort) print q; q = ""; sort = 0; next }
    /^\tQuery Text:/ { q = ($0 ~ / ORDER BY \(/) ? $0 : ""; next }
    /^\t/ && / Sort / { sort = 1 }
    END { if (q != "" && sort) print q }' >"$tmp/sorts"
listed=$(tail -n +"$((log_at + 1))" "$tmp/pg/server.log" | grep -c 'Query Text: .* ORDER BY (')
if [ "$sorted" = 72 ] && [ "$listed" -ge 72 ] && [ ! -s "$tmp/sorts" ]; then
    ok "every list column's order is read from an index, in both languages ($listed plans)"
else fail "sorted lists ($sorted of 72 listed, $listed plans) with a Sort: $(head -c 600 "$tmp/sorts")"; fi

part "copy both ways"
createdb c1
check "copy SQLite to PostgreSQL" "$IRDESK" copy "$LITE" "$(url c1)"
if "$IRDESK" copy "$LITE" "$(url c1)" >"$tmp/out" 2>&1; then fail "copy into a server database with records"
else ok "copy refuses a server database that holds records"; fi
check "copy PostgreSQL to SQLite" "$IRDESK" copy "$(url c1)" "$tmp/back.db"
check "check on the server end" "$IRDESK" --db "$(url c1)" check
check "check on the file end" "$IRDESK" --db "$tmp/back.db" check
counts_kept "after the copy" c1
"$IRDESK" --db "$LITE" export all --format json --history >"$tmp/j1"
"$IRDESK" --db "$(url c1)" export all --format json --history >"$tmp/j2"
"$IRDESK" --db "$tmp/back.db" export all --format json --history >"$tmp/j3"
if cmp -s "$tmp/j1" "$tmp/j2" && cmp -s "$tmp/j1" "$tmp/j3" && [ -s "$tmp/j1" ]; then
    ok "the three exports (with history) are identical"
else fail "exports differ after copy: $(diff "$tmp/j1" "$tmp/j2" | head -5) $(diff "$tmp/j1" "$tmp/j3" | head -5)"; fi

part "backup, check and restore"
B=$(url c1)
check "check of a server database named as the file" "$IRDESK" check "$B"
check "backup of a server database" "$IRDESK" --db "$B" backup "$tmp/b.db"
[ "$(stat -c %a "$tmp/b.db")" = 600 ] && [ ! -e "$tmp/b.db-wal" ] &&
    [ "$(od -An -tu1 -j18 -N2 "$tmp/b.db" | tr -s ' ')" = " 1 1" ] &&
    ok "the backup is one file, mode 0600, not in WAL mode" || fail "the backup's file: $(ls -l "$tmp/b.db"*)"
check "the backup passes check" "$IRDESK" check "$tmp/b.db"
"$IRDESK" --db "$tmp/b.db" export all --format json --history >"$tmp/jb"
cmp -s "$tmp/j2" "$tmp/jb" && ok "the backup holds what the server holds (the same JSON export)" ||
    fail "the backup differs: $(diff "$tmp/j2" "$tmp/jb" | head -5)"
if "$IRDESK" --db "$B" backup "$tmp/b.db" >"$tmp/out" 2>&1; then fail "backup replaced a file"
else ok "backup refuses an existing file"; fi
# the backup changed, the server changed: restore brings the backup's back
"$IRDESK" --db "$tmp/b.db" status city 3 dormant --note "in the backup" >/dev/null
"$IRDESK" --db "$B" status city 2 dormant --note "after the backup" >/dev/null
"$IRDESK" --db "$tmp/b.db" export all --format json --history >"$tmp/jb"
psql_ -d c1 -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'desk_editor') THEN CREATE ROLE desk_editor LOGIN IN ROLE irdesk_editor; END IF; END \$\$"
mkdir "$tmp/rs" && cd "$tmp/rs"
if "$IRDESK" --db "$(url c1 desk_editor)" restore "$tmp/b.db" --yes >"$tmp/out" 2>&1; then
    fail "an editor restored"
else grep -q irdesk_admin "$tmp/out" && [ -z "$(ls "$tmp/rs")" ] &&
    ok "restore needs the administrator role, and writes nothing before it says so" ||
    fail "the editor's restore: $(cat "$tmp/out")"; fi
if "$IRDESK" --db "$B" restore "$tmp/b.db" </dev/null >"$tmp/out" 2>&1; then fail "restore without --yes"
else grep -q "12 cities will replace 12" "$tmp/out" && grep -q "with --yes" "$tmp/out" &&
    ok "restore says per kind what replaces what, and wants --yes" || fail "the plan: $(cat "$tmp/out")"; fi
"$IRDESK" --db "$B" export all --format json --history >"$tmp/jn"
check "the administrator restores" "$IRDESK" --db "$B" restore "$tmp/b.db" --yes
"$IRDESK" --db "$B" export all --format json --history >"$tmp/jr"
cmp -s "$tmp/jb" "$tmp/jr" && ok "the server holds the backup's portfolio after the restore" ||
    fail "after restore: $(diff "$tmp/jb" "$tmp/jr" | head -5)"
"$IRDESK" --db "$tmp/rs/irdesk.before-restore-backup" export all --format json --history >"$tmp/jk"
cmp -s "$tmp/jn" "$tmp/jk" && ok "what the server held before is kept in a file" ||
    fail "the kept file: $(ls "$tmp/rs")"
check "check after the restore" "$IRDESK" check "$B"
counts_kept "after the restore" c1
cd "$tmp"

part "roles: the server refuses"
createdb -T tmpl roles
R=roles
psql_ -d $R -c "CREATE ROLE desk_reader LOGIN IN ROLE irdesk_reader" 2>/dev/null ||
    psql_ -d $R -c "GRANT irdesk_reader TO desk_reader"
psql_ -d $R -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'desk_editor') THEN CREATE ROLE desk_editor LOGIN IN ROLE irdesk_editor; END IF; END \$\$"
if "$IRDESK" --db "$(url $R desk_reader)" status city 3 dormant >"$tmp/out" 2>&1; then
    fail "a reader changed a status"
else ok "a reader cannot change a status"; fi
check "a reader reads" "$IRDESK" --db "$(url $R desk_reader)" show city 3
if psql_ -U desk_reader -d $R -c "UPDATE city SET status = 'ended' WHERE id = 3" >"$tmp/out" 2>&1; then
    fail "the server let a reader write"
else grep -q "permission denied" "$tmp/out" && ok "the server refuses a reader's write (a modified client too)" ||
    fail "reader write: $(cat "$tmp/out")"; fi
check "an editor changes a status" "$IRDESK" --db "$(url $R desk_editor)" status city 3 dormant
[ "$(psql_ -d $R -c "SELECT role FROM history ORDER BY id DESC LIMIT 1")" = desk_editor ] &&
    ok "the history records the PostgreSQL role" || fail "the history's role"
if "$IRDESK" --db "$(url $R desk_editor)" erase contact 1 --yes >"$tmp/out" 2>&1; then
    fail "an editor erased a contact"
else ok "an editor cannot erase (the administrator's)"; fi
check "the administrator erases a contact" "$IRDESK" --db "$(url $R)" erase contact 1 --yes
[ "$(psql_ -d $R -c "SELECT count(*) FROM contact WHERE id = 1")" = 0 ] &&
    [ "$(psql_ -d $R -c "SELECT count(*) FROM history WHERE kind = 'contact' AND record_id = 1 AND field = 'erased'")" = 1 ] &&
    ok "the erased contact is gone, one dated line remains" || fail "the erasure on the server"
check "check after the erasure" "$IRDESK" --db "$(url $R)" check
counts_kept "after the erasure" $R
if psql_ -U desk_editor -d $R -c "UPDATE history SET note = 'rewritten'" >"$tmp/out" 2>&1 ||
   psql_ -U desk_editor -d $R -c "DELETE FROM city WHERE id = 1" >>"$tmp/out" 2>&1 ||
   psql_ -U desk_editor -d $R -c "INSERT INTO history (kind, record_id, at, \"user\", action, role) VALUES ('city', 1, 'x', 'x', 'edit', 'someone')" >>"$tmp/out" 2>&1; then
    fail "an editor rewrote the history, deleted a record or forged a role"
else ok "an editor cannot rewrite the history, delete or forge the role"; fi
if "$IRDESK" --db "$(url $R)" --read-only status city 3 active >"$tmp/out" 2>&1; then
    fail "--read-only wrote"
else ok "--read-only refuses a write"; fi
[ "$(psql_ -d $R -c "SELECT status FROM city WHERE id = 3")" = dormant ] &&
    ok "nothing the refused writes tried is in the database" || fail "a refused write changed the database"

part "eight concurrent writers"
createdb -T tmpl conc
for w in 1 2 3 4 5 6 7 8; do
    "$WRITER" append "$(url conc)" "w$w" 25 >"$tmp/w$w" 2>&1 &
done
wait
notes=$(psql_ -d conc -c "SELECT notes FROM city WHERE id = 3")
lost=0
for tok in $(awk '$1 == "ack" { print $3 }' "$tmp"/w[1-8]); do
    case " $notes " in *" $tok "*) ;; *) lost=$((lost + 1)) ;; esac
done
acked=$(cat "$tmp"/w[1-8] | grep -c '^ack')
if [ "$lost" = 0 ] && [ "$acked" = 200 ]; then ok "8 writers, 200 appends acknowledged, none lost"
else fail "concurrent writers: $acked acknowledged, $lost lost: $(grep -hv '^ack' "$tmp"/w[1-8] | head -3)"; fi
check "check after the writers" "$IRDESK" --db "$(url conc)" check

part "a writer killed mid-transaction"
createdb -T tmpl crash
i=1 bad=0
while [ $i -le 15 ]; do
    "$WRITER" stream "$(url crash)" "k$i" 100000 >"$tmp/acks" 2>/dev/null &
    pid=$!
    ms=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 200 + 20 ))
    sleep "$(printf '0.%03d' "$ms")"
    kill -KILL $pid 2>/dev/null
    wait $pid 2>/dev/null
    awk '$1 == "ack" { print $2, $3, $4, $5 }' "$tmp/acks" >>"$tmp/all-acks"
    psql_ -F ' ' -d crash -c "SELECT kind, record_id, field, new, count(*) FROM history
        WHERE action IN ('edit', 'status') GROUP BY 1, 2, 3, 4" >"$tmp/have"
    missing=$(awk 'NR == FNR { have[$1 " " $2 " " $3 " " $4] = $5; next } { want[$0]++ }
                   END { for (k in want) if (have[k] + 0 < want[k]) print k }' "$tmp/have" "$tmp/all-acks")
    [ -n "$missing" ] && { bad=1; fail "kill $i: acknowledged but missing: $missing"; }
    "$IRDESK" --db "$(url crash)" check >/dev/null 2>&1 || { bad=1; fail "kill $i: check"; }
    # nothing half written: every edit line's value is the record's, or older
    i=$((i + 1))
done
[ $bad = 0 ] && ok "15 kills: every acknowledged change kept, check clean"
[ "$(psql_ -d crash -c "SELECT count(*) FROM pg_stat_activity WHERE datname = 'crash' AND state LIKE 'idle in transaction%'")" = 0 ] &&
    ok "no transaction of a killed writer is left open" || fail "a killed writer's transaction is still open"

part "the desk on PostgreSQL"
createdb -T tmpl desk
$T new-session -d -s t -x 80 -y 24 "env LC_ALL=C.UTF-8 HOME=$tmp IRDESK_LOCALEDIR=${IRDESK_LOCALEDIR:-} TERM=xterm-256color $IRDESK --lang en --db '$(url desk)'; echo \$? > $tmp/desk.rc"
$T set-option -t t remain-on-exit on >/dev/null
wait_for() {
    n=0
    until $T capture-pane -p -t t | grep -q -- "$1"; do
        n=$((n + 1)); [ $n -gt 100 ] && { $T capture-pane -p -t t >&2; return 1; }; sleep 0.1
    done
}
if wait_for "Saint-Rapha"; then ok "the desk shows the cities from the server"; else fail "the desk did not start"; fi
# another desk's change shows at the next key
"$IRDESK" --db "$(url desk)" status city 2 dormant >/dev/null
$T send-keys -t t j
if wait_for "Wiesbaden.*Dormant"; then ok "another desk's change shows at the next key"
else fail "another desk's change did not show"; fi
# the counts of the bar, read all in one statement and kept (pg_read.c),
# follow another desk's new record at the next key
if wait_for "Cities (12)"; then
    printf 'name_nl,relation\nNieuwstad,sister\n' >"$tmp/new.csv"
    "$IRDESK" --db "$(url desk)" import city "$tmp/new.csv" >/dev/null
    $T send-keys -t t j
    if wait_for "Cities (13)"; then ok "another desk's new record counts in the bar at the next key"
    else fail "the bar's count did not follow another desk's new record"; fi
else fail "the bar did not show the cities' count"; fi
$T send-keys -t t q
n=0; while [ ! -s "$tmp/desk.rc" ] && [ $n -lt 50 ]; do n=$((n + 1)); sleep 0.1; done
[ "$(cat "$tmp/desk.rc" 2>/dev/null)" = 0 ] && ok "q leaves the desk" || fail "the desk did not quit"

part ""
echo "pg: $pass passed, $failn failed, $(( $(date +%s) - started )) s in all"
[ "$failn" = 0 ]
