#!/bin/sh
# Runs every tests/tui/t_*.sh (each a function set) and prints a summary.
set -u
here=$(dirname "$0")
if ! command -v tmux >/dev/null 2>&1; then
    sh "$here/../../tools/deps.sh" check || exit 1
fi
. "$here/lib.sh"
pass=0 failn=0
for f in "$here"/t_*.sh; do
    . "$f"
done
for t in $TESTS; do
    FAILED=0
    $T kill-server 2>/dev/null
    # a server of its own per test: a dying server never takes a new session along
    SOCK="irdesk-$$-$t"
    T="tmux -L $SOCK -f /dev/null"
    "$t"
    $T kill-server 2>/dev/null
    [ -n "${D:-}" ] && check_asan
    if [ "$FAILED" = 0 ]; then
        echo "ok - $t"
        pass=$((pass + 1))
    else
        echo "not ok - $t"
        failn=$((failn + 1))
    fi
done
echo "tui: $pass passed, $failn failed"
[ "$failn" = 0 ]
