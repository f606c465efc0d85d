#!/bin/sh
# tools/check-layers.sh passes on the tree and refuses planted upward
# includes and an upward call in an archive.   tests/layers/run.sh BUILD_DIR
set -u
B=${1:?build directory}
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/layers-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pass=0 failn=0
archives=""
for l in tui core db model i18n lib; do archives="$archives $top/$B/$l/lib$l.a"; done

result() { # name, 0 when it went as it should
    if [ "$2" = 0 ]; then echo "ok - $1"; pass=$((pass + 1)); else echo "not ok - $1"; failn=$((failn + 1)); fi
}

# the tree as it is
# shellcheck disable=SC2086
sh "$top/tools/check-layers.sh" "$top" $archives >/dev/null 2>&1
result "the tree passes" $?

# a copy of the sources with one line planted: it must be refused
plant() { # name, file, line
    rm -rf "$tmp/src" && mkdir "$tmp/src"
    (cd "$top" && git ls-files lib i18n model db core tui cli | grep '\.[ch]$' |
        tar -cf - -T -) | (cd "$tmp/src" && tar -xf -)
    printf '%s\n' "$3" >>"$tmp/src/$2"
    out=$(sh "$top/tools/check-layers.sh" "$tmp/src" 2>&1)
    st=$?
    if [ $st -ne 0 ] && echo "$out" | grep -q "$2"; then result "$1" 0; else result "$1: $out" 1; fi
}
plant "db/ may not include core/" db/store.c '#include "core/desk.h"'
plant "lib/ may not include tui/" lib/text.c '#include "tui/keymap.h"'
plant "lib/ may not include i18n/" lib/mem.c '#include "i18n/i18n.h"'
plant "tui/ may not include db/" tui/tui.c '#include "db/store.h"'
plant "model/ may not include core/" model/kind.c '#include "core/app.h"'
plant "core/ may not include tui/" core/desk.c '#include "tui/cmd.h"'
plant "only db/ includes sqlite3.h" core/desk.c '#include <sqlite3.h>'
plant "only tui/ includes curses.h" core/summary.c '#include <curses.h>'
plant "only lib/conv.c includes iconv.h" core/csv.c '#include <iconv.h>'
plant "only the PDF renderer includes cairo.h" core/report.c '#include <cairo.h>'
plant "only the PDF renderer includes cairo-pdf.h" core/doc.c '#include <cairo-pdf.h>'
plant "only the PDF renderer includes pango/" core/print.c '#include <pango/pangocairo.h>'
plant "nor does another core file beside it" core/summary.c '#include <pango/pango.h>'

# an upward call in the lowest archive: lib calling the desk
cat >"$tmp/up.c" <<'C'
int desk_get(void);
int lib_calls_up(void);
int lib_calls_up(void) { return desk_get(); }
C
${CC:-cc} -c -o "$tmp/up.o" "$tmp/up.c" && cp "$top/$B/lib/liblib.a" "$tmp/liblib.a" &&
    ar rs "$tmp/liblib.a" "$tmp/up.o" 2>/dev/null
up_archives=$(echo "$archives" | sed "s#$top/$B/lib/liblib.a#$tmp/liblib.a#")
# shellcheck disable=SC2086
out=$(sh "$top/tools/check-layers.sh" "$top" $up_archives 2>&1)
st=$?
if [ $st -ne 0 ] && echo "$out" | grep -q "desk_get"; then result "an upward call is refused" 0
else result "an upward call is refused: $out" 1; fi

echo "layers: $pass passed, $failn failed"
[ "$failn" = 0 ]
