# Shared helpers of the terminal tests: each test drives the real irdesk in
# a private tmux server on a temporary database.  Sourced by run.sh.

: "${IRDESK:?IRDESK must name the binary}"
TMPROOT=$(mktemp -d "${TMPDIR:-/tmp}/irdesk-tui.XXXXXX")
SOCK="irdesk-$$"
T="tmux -L $SOCK -f /dev/null"
FAILED=0

cleanup() { $T kill-server 2>/dev/null; rm -rf "$TMPROOT"; }
trap cleanup EXIT

. "$here/../lock.sh"

# A fresh seeded database and private XDG directories for one test.
fresh() {
    D="$TMPROOT/$1"
    rm -rf "$D"
    mkdir -p "$D/config" "$D/data" "$D/asan"
    DB="$D/t.db"
    ENVV="env -u LANGUAGE -u LC_ALL -u LANG LC_ALL=C.UTF-8 HOME=$D XDG_CONFIG_HOME=$D/config \
XDG_DATA_HOME=$D/data IRDESK_LOCALEDIR=${IRDESK_LOCALEDIR:-} TERM=xterm-256color \
ASAN_OPTIONS=log_path=$D/asan/asan:detect_leaks=1 \
UBSAN_OPTIONS=log_path=$D/asan/ubsan:print_stacktrace=1 NO_COLOR=${NO_COLOR:-}"
    $ENVV "$IRDESK" init "$DB" >/dev/null || fail "could not seed $DB"
}

# Start irdesk (args after cols rows) in session $S (default t).
tui_start() {
    c=$1 r=$2
    shift 2
    s=${S:-t}
    rm -f "$D/exit.$s"
    # the shell records irdesk's exit status itself: tmux may not learn it
    $T new-session -d -s "$s" -x "$c" -y "$r" "$ENVV $IRDESK $*; echo \$? > $D/exit.$s"
    $T set-option -t "$s" remain-on-exit on >/dev/null
}

tui_keys() { $T send-keys -t "${S:-t}" "$@"; }
tui_type() { $T send-keys -t "${S:-t}" -l "$1"; }
tui_screen() { $T capture-pane -p -t "${S:-t}"; }

# Wait (up to 5 s) until the screen shows text; else fail with the screen.
# tui_poll: until the screen passed through filter $1 shows $2 (grep $3).
tui_poll() {
    i=0
    until tui_screen | $1 | grep -q $3 -- "$2"; do
        i=$((i + 1))
        if [ "$i" -gt 100 ]; then
            echo "--- screen (waited for: $2)" >&2
            tui_screen >&2
            fail "screen never showed: $2"
            return 1
        fi
        sleep 0.05
    done
}
tui_wait() { tui_poll cat "$1" ""; }

# Wait until the screen no longer shows text.
tui_gone() {
    i=0
    while tui_screen | grep -q -- "$1"; do
        i=$((i + 1))
        if [ "$i" -gt 100 ]; then
            tui_screen >&2
            fail "screen still shows: $1"
            return 1
        fi
        sleep 0.05
    done
}

tui_absent() {
    if tui_screen | grep -q -- "$1"; then
        tui_screen >&2
        fail "screen shows what it must not: $1"
    fi
}

# Wait until irdesk has ended; sets EXIT to its status.
tui_exit() {
    i=0
    until [ -s "$D/exit.${S:-t}" ]; do
        i=$((i + 1))
        if [ "$i" -gt 100 ]; then
            tui_screen >&2
            fail "irdesk did not exit"
            EXIT=none
            return 1
        fi
        sleep 0.05
    done
    EXIT=$(cat "$D/exit.${S:-t}")
    $T kill-session -t "${S:-t}" 2>/dev/null
}

# SQL against the test database (the tests' view of what was stored).
sql() { sqlite3 "$DB" "$1"; }

fail() {
    echo "    FAIL: $*" >&2
    FAILED=1
}

check_asan() {
    if ls "$D"/asan/asan* >/dev/null 2>&1; then
        cat "$D"/asan/asan* >&2
        fail "sanitizer report"
    fi
}

# --- golden screens -----------------------------------------------------

# A fixed clock and time zone for the session's irdesk (after fresh): what
# depends on today (due dates, local times) is the same on every run.
tui_fixed_clock() {
    ENVV="$ENVV TZ=${TUI_TZ:-Europe/Brussels} IRDESK_NOW=${TUI_NOW:-2026-03-01T10:00:00Z}"
}

# Wait (up to 5 s) until two captures in a row are equal; the settled screen
# is left in $D/stable.screen.
tui_stable() {
    tui_screen >"$D/stable.a"
    _n=0
    while :; do
        sleep 0.05
        tui_screen >"$D/stable.b"
        cmp -s "$D/stable.a" "$D/stable.b" && break
        mv "$D/stable.b" "$D/stable.a"
        _n=$((_n + 1))
        if [ "$_n" -gt 100 ]; then
            fail "screen never settled"
            return 1
        fi
    done
    mv "$D/stable.b" "$D/stable.screen"
    rm -f "$D/stable.a"
}

# Compare the settled screen with golden/$1.screen (diff -u on stderr);
# UPDATE=1 rewrites the golden file instead.
tui_golden() {
    _g="${GOLDEN_DIR:-$(dirname "$0")/golden}/$1.screen"
    tui_stable || return 1
    if [ "${UPDATE:-}" = 1 ]; then
        mkdir -p "$(dirname "$_g")"
        cp "$D/stable.screen" "$_g"
        echo "    wrote $_g" >&2
        return 0
    fi
    if [ ! -f "$_g" ]; then
        fail "no golden screen $_g (UPDATE=1 writes it)"
        return 1
    fi
    if ! diff -u --label "golden/$1.screen" --label "screen" "$_g" "$D/stable.screen" >&2; then
        fail "screen differs from golden/$1.screen"
        return 1
    fi
}

# Wait (up to 5 s) until the screen, its lines joined with single spaces,
# shows text (a message wrapped onto several lines).
tui_joined() { tr -s ' \n' '  '; }
tui_wait_joined() { tui_poll tui_joined "$1" -F; }
