#!/bin/sh
# Crash safety: a writer is killed with SIGKILL at random moments, at least
# 200 times; after each kill `irdesk check` must be clean and every change
# the writer acknowledged must be in the database.  Then two writers append
# to the same record at once: no acknowledged change may be lost.
set -u
: "${IRDESK:?IRDESK must name the binary}"
: "${WRITER:?WRITER must name the test writer}"
KILLS=${KILLS:-200}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/irdesk-crash.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
db="$tmp/c.db"
export LC_ALL=C.UTF-8 HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
unset LANGUAGE
"$IRDESK" init "$db" >/dev/null || { echo "crash: cannot make the database"; exit 1; }
pass=0 failn=0
fail() { echo "not ok - $*"; failn=$((failn + 1)); }

i=1
while [ "$i" -le "$KILLS" ]; do
    "$WRITER" stream "$db" "k$i" 100000 > "$tmp/acks" 2> "$tmp/err" &
    pid=$!
    # a random moment: 5 to 60 ms after the start (opening included)
    ms=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 56 + 5 ))
    sleep "$(printf '0.%03d' "$ms")"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if ! out=$("$IRDESK" --db "$db" check 2>&1); then
        fail "kill $i: check: $out"
        i=$((i + 1))
        continue
    fi
    # every acknowledged change is in the history: per record, field and
    # value, at least as many history lines as acknowledgements so far
    awk '$1 == "ack" { print $2, $3, $4, $5 }' "$tmp/acks" >> "$tmp/all-acks"
    sqlite3 -separator ' ' "$db" "SELECT kind, record_id, field, new, count(*) FROM history
        WHERE action IN ('edit', 'status') GROUP BY 1, 2, 3, 4" > "$tmp/have"
    missing=$(awk 'NR == FNR { have[$1 " " $2 " " $3 " " $4] = $5; next }
                   { want[$0]++ }
                   END { for (k in want) if (have[k] + 0 < want[k]) print k }' \
                  "$tmp/have" "$tmp/all-acks")
    bad=0
    if [ -n "$missing" ]; then
        fail "kill $i: acknowledged but missing: $(echo "$missing" | head -3)"
        bad=1
    fi
    [ "$bad" = 0 ] && pass=$((pass + 1))
    i=$((i + 1))
done
echo "crash: $KILLS kills, $(wc -l < "$tmp/acks") acknowledged changes in the last run"

# two writers on the same record
"$WRITER" append "$db" A 150 > "$tmp/a" 2>&1 &
pa=$!
"$WRITER" append "$db" B 150 > "$tmp/b" 2>&1 &
pb=$!
wait "$pa"
wait "$pb"
notes=$(sqlite3 "$db" "SELECT notes FROM city WHERE id = 3")
lost=0
for tok in $(awk '$1 == "ack" { print $3 }' "$tmp/a" "$tmp/b"); do
    case " $notes " in
    *" $tok "*) ;;
    *) lost=$((lost + 1)) ;;
    esac
done
acked=$(cat "$tmp/a" "$tmp/b" | grep -c '^ack')
if [ "$lost" = 0 ] && [ "$acked" -gt 0 ]; then
    pass=$((pass + 1))
    echo "ok - concurrent writers: $acked appends acknowledged, none lost"
else
    fail "concurrent writers: $lost of $acked acknowledged appends lost"
fi
"$IRDESK" --db "$db" check >/dev/null || fail "check after the concurrent writers"
echo "crash: $pass passed, $failn failed"
[ "$failn" = 0 ]
