#!/bin/sh
# Golden files of the printed summaries, both languages, on the seeded
# database with a fixed clock.  UPDATE=1 rewrites them.
set -u
: "${IRDESK:?IRDESK must name the binary}"
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/irdesk-golden.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
run() {
    env -u LANGUAGE -u LANG LC_ALL=C.UTF-8 HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" \
        XDG_DATA_HOME="$tmp/data" IRDESK_NOW=2026-11-22T10:00:00Z \
        "$IRDESK" --db "$tmp/g.db" "$@"
}
run init >/dev/null || { echo "golden: could not make the database"; exit 1; }
run status initiative 23 in_progress --note "Gesprekken over de vernieuwing gestart" >/dev/null ||
    { echo "golden: could not prepare the database"; exit 1; }
# Bijlage 3's "MoU evalueren aan het einde van de looptijd", reported carried
# out (a test's source): the one way a decision moves a status
run decide agreement 11 --carried-out 2026-10-15 --source "Evaluatienota Gdansk (test)" \
    --status under_evaluation >/dev/null || exit 1
run status agreement 11 renewed >/dev/null || exit 1

pass=0 failn=0
check() { # name, args...
    name=$1
    shift
    run "$@" > "$tmp/$name" 2> "$tmp/$name.err"
    rc=$?
    if [ "$rc" != 0 ] || [ -s "$tmp/$name.err" ]; then
        echo "not ok - $name: exit $rc: $(cat "$tmp/$name.err")"
        failn=$((failn + 1))
        return
    fi
    if [ "${UPDATE:-0}" = 1 ]; then
        cp "$tmp/$name" "$here/$name"
    fi
    if diff -u "$here/$name" "$tmp/$name"; then
        echo "ok - $name"
        pass=$((pass + 1))
    else
        echo "not ok - $name (UPDATE=1 make check-golden rewrites it)"
        failn=$((failn + 1))
    fi
}
for l in en nl; do
    check "portfolio.$l.txt" --lang "$l" report portfolio
    check "dossier-agreement-14.$l.txt" --lang "$l" report dossier agreement 14
    check "dossier-network-1.$l.txt" --lang "$l" report dossier network eurocities
    check "list-cities-ended.$l.txt" --lang "$l" report list city --status ended
    check "list-cities-pending.$l.txt" --lang "$l" report list city --status decision_pending
    check "dossier-city-3.$l.txt" --lang "$l" report dossier city 3
    check "dossier-statement-7.$l.txt" --lang "$l" report dossier statement 7
done
echo "golden: $pass passed, $failn failed"
[ "$failn" = 0 ]
