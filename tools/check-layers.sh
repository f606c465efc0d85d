#!/bin/sh
# The layers hold: every #include "..." of a folder is on its allow-list,
# the system headers that belong to one layer stay there, and (given the
# archives, top layer first) each archive's undefined symbols that the
# project defines come from a layer below it.
#   tools/check-layers.sh [ROOT] [ARCHIVE...]   (ROOT: a directory, default .)
set -u
root=.
if [ $# -gt 0 ] && [ -d "$1" ]; then root=$1; shift; fi
bad=0
say() { echo "layers: $*" >&2; bad=1; }

# folder: the project headers it may include (a folder, or one file)
allowed() {
    case $1 in
    lib) echo "lib" ;;
    i18n) echo "i18n lib" ;;
    model) echo "model i18n lib" ;;
    db) echo "db model i18n lib" ;;
    core) echo "core db/store.h model i18n lib" ;;
    tui) echo "tui core model i18n lib" ;;
    cli) echo "cli tui/tui.h core model i18n lib" ;;
    esac
}
# system header: the folders or files that alone may include it
owner() {
    case $1 in
    curses.h | ncurses.h | ncursesw/*) echo tui ;;
    sqlite3.h) echo db ;;
    libpq-fe.h) echo db/pg ;;
    iconv.h) echo lib/conv.c ;;
    nettle/*) echo lib/digest.c ;;
    dlfcn.h) echo lib/dynlib.c ;;
    libintl.h) echo i18n ;;
    # the PDF renderer's own files, one by one
    cairo.h | cairo-*.h | cairo/* | pango/* | fontconfig/*)
        echo core/pdf.c core/pdf.h core/chart.c core/chart.h core/pdf_lib.c core/pdf_lib.h ;;
    jansson.h) echo core/json_import.c ;;
    esac
}

for dir in lib i18n model db core tui cli; do
    [ -d "$root/$dir" ] || continue
    for f in $(find "$root/$dir" -name '*.[ch]' | sort); do
        rel=${f#"$root"/}
        sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*\(["<][^">]*[">]\).*/\1/p' "$f" |
        while read -r inc; do
            name=$(echo "$inc" | sed 's/^.\(.*\).$/\1/')
            case $inc in
            \"*)
                # its own folder's headers by plain name, generated ones
                case $name in */*) ;; *) continue ;; esac
                ok=0
                for a in $(allowed "$dir"); do
                    case $name in "$a" | "$a"/*) ok=1 ;; esac
                done
                [ $ok = 1 ] || echo "$rel includes \"$name\": $dir/ may include only $(allowed "$dir")"
                # the one store facade: only these files of core/ open the store
                case $dir/$name:$rel in
                core/db/store.h:core/desk.c | core/db/store.h:core/app.c | core/db/store.h:core/backup.c) ;;
                core/db/store.h:*) echo "$rel includes \"$name\": in core/ only desk.c, app.c and backup.c may" ;;
                esac
                ;;
            \<*)
                o=$(owner "$name")
                [ -z "$o" ] && continue
                ok=0
                for w in $o; do
                    case $rel in "$w" | "$w"/*) ok=1 ;; esac
                done
                [ $ok = 1 ] || echo "$rel includes <$name>: only $(echo $o | sed 's/ /, /g') may"
                ;;
            esac
        done
    done
done >"${TMPDIR:-/tmp}/layers.$$"
if [ -s "${TMPDIR:-/tmp}/layers.$$" ]; then
    sed 's/^/layers: /' "${TMPDIR:-/tmp}/layers.$$" >&2
    bad=1
fi
rm -f "${TMPDIR:-/tmp}/layers.$$"

# The archives, top first: a symbol an archive needs and a higher one defines
# is an upward call.
if [ $# -gt 0 ]; then
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/layers.XXXXXX")
    i=0
    for a in "$@"; do
        nm -g --defined-only "$a" 2>/dev/null | awk 'NF == 3 { print $3 }' | sort -u >"$tmp/def.$i"
        nm -g --undefined-only "$a" 2>/dev/null | awk '{ print $NF }' | sort -u >"$tmp/undef.$i"
        i=$((i + 1))
    done
    n=$i
    i=0
    for a in "$@"; do
        j=0
        while [ $j -lt $i ]; do
            up=$(comm -12 "$tmp/undef.$i" "$tmp/def.$j")
            [ -n "$up" ] && say "$(basename "$a") calls $(echo $up) of $(basename "$(eval echo \${$((j + 1))})"), a layer above it"
            j=$((j + 1))
        done
        i=$((i + 1))
    done
    rm -rf "$tmp"
    : "$n"
fi
[ $bad = 0 ] && echo "layers: ok"
exit $bad
