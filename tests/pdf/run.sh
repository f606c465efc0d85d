#!/bin/sh
# The PDF reports, checked through poppler's tools (PDF is binary: only
# what they read out of it is compared): the text pdftotext extracts
# against golden files in Dutch and English, A4 and the page count
# (pdfinfo), every font embedded (pdffonts), the seeded native names in
# CJK, Arabic and Cyrillic extracted exactly, page 1 rendered (pdftoppm),
# the title and author in the metadata, the language in the catalog; and
# the desk's w and p in the portfolio's preview, through tmux.
# UPDATE=1 rewrites the golden files.
set -u
: "${IRDESK:?IRDESK must name the binary}"
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/irdesk-pdf.XXXXXX")
T="tmux -L irdesk-pdf-$$ -f /dev/null"
trap '$T kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
for t in pdftotext pdfinfo pdffonts pdftoppm; do
    command -v $t >/dev/null || { echo "not ok - pdf: $t is missing (tools/deps.sh check)"; exit 1; }
done
run() {
    env -u LANGUAGE -u LANG LC_ALL=C.UTF-8 HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" \
        XDG_DATA_HOME="$tmp/data" IRDESK_NOW=2026-11-22T10:00:00Z \
        "$IRDESK" --db "$tmp/g.db" "$@"
}
run init >/dev/null || { echo "pdf: could not make the database"; exit 1; }
# the database the text goldens are made from (tests/golden/run.sh)
run status initiative 23 in_progress --note "Gesprekken over de vernieuwing gestart" >/dev/null &&
    run decide agreement 11 --carried-out 2026-10-15 --source "Evaluatienota Gdansk (test)" \
        --status under_evaluation >/dev/null &&
    run status agreement 11 renewed >/dev/null || { echo "pdf: could not prepare the database"; exit 1; }

pass=0 failn=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
notok() { echo "not ok - $1"; failn=$((failn + 1)); }

# name, args...: the report written as PDF to $tmp/name.pdf, its text to
# $tmp/name.txt; 1 when irdesk failed
make_pdf() {
    name=$1
    shift
    if ! run "$@" > "$tmp/$name.out" 2> "$tmp/$name.err" || [ -s "$tmp/$name.err" ]; then
        notok "$name: irdesk failed: $(cat "$tmp/$name.err")"
        return 1
    fi
    pdftotext "$tmp/$name.pdf" "$tmp/$name.txt" || { notok "$name: pdftotext failed"; return 1; }
    return 0
}

# the text pdftotext reads against the golden file
golden() {
    [ "${UPDATE:-0}" = 1 ] && cp "$tmp/$1.txt" "$here/golden/$1.txt"
    if diff -u "$here/golden/$1.txt" "$tmp/$1.txt"; then ok "$1: the text is the golden one"
    else notok "$1: the text differs (UPDATE=1 make check-pdf rewrites it)"; fi
}

# A4, as many pages as the footer says, every font embedded, page 1 renders
paper() {
    f="$tmp/$1.pdf"
    info=$(pdfinfo "$f") || { notok "$1: pdfinfo failed"; return; }
    pages=$(echo "$info" | sed -n 's/^Pages: *//p')
    echo "$info" | grep -q '^Page size: *595.276 x 841.89 pts (A4)' &&
        ok "$1: A4" || notok "$1: not A4: $(echo "$info" | grep 'Page size')"
    last=$(grep -E "^(page|pagina) [0-9]+ (of|van) [0-9]+$" "$tmp/$1.txt" | tail -1 | awk '{print $4}')
    feeds=$(tr -cd '\f' < "$tmp/$1.txt" | wc -c)
    [ -n "$pages" ] && [ "$pages" -ge 1 ] && [ "$pages" = "$last" ] && [ "$pages" = "$feeds" ] &&
        ok "$1: $pages pages, as the footer says" ||
        notok "$1: pdfinfo says $pages pages, the footer $last, the page breaks $feeds"
    fonts=$(pdffonts "$f" | tail -n +3)
    if [ -n "$fonts" ] && ! echo "$fonts" | awk '$(NF-4) != "yes" { bad = 1 } END { exit !bad }'; then
        ok "$1: every font embedded"
    else
        notok "$1: a font is not embedded: $fonts"
    fi
    rm -f "$tmp/page-1.png"
    if pdftoppm -r 40 -png -f 1 -l 1 -singlefile "$f" "$tmp/page" 2>"$tmp/ppm.err" &&
        [ -s "$tmp/page.png" ] && [ ! -s "$tmp/ppm.err" ]; then ok "$1: page 1 renders"
    else notok "$1: page 1 does not render: $(cat "$tmp/ppm.err")"; fi
}

# the line s must come out of the text exactly (pdftotext marks right-to-left
# words with U+202B ... U+202C, which are not in the PDF's text)
name_out() { # report, name
    if sed 's/\xe2\x80\xab//g; s/\xe2\x80\xac//g' "$tmp/$1.txt" | grep -qxF "$2"; then
        ok "$1: \"$2\" comes out exactly"
    else
        notok "$1: \"$2\" does not come out: $(grep -n "$(echo "$2" | cut -c1-3)" "$tmp/$1.txt")"
    fi
}

meta() { # report, title, language
    info=$(pdfinfo "$tmp/$1.pdf")
    echo "$info" | grep -qx "Title: *$2" && echo "$info" | grep -q "^Author: *.*Gent\|^Author: *.*Ghent" &&
        ok "$1: title and author in the metadata" || notok "$1: metadata: $info"
    # the language is in the catalog (the last one: an incremental update)
    tail -c 1000 "$tmp/$1.pdf" | tr -d '\000' | grep -q "<< /Lang ($3) /Type /Catalog" &&
        ok "$1: the language $3 in the catalog" || notok "$1: no /Lang ($3) in the catalog"
}

for l in en nl; do
    # the format from the extension, and from --format
    make_pdf "portfolio.$l" --lang "$l" report portfolio -o "$tmp/portfolio.$l.pdf" &&
        { golden "portfolio.$l"; paper "portfolio.$l"; }
    make_pdf "dossier-city-3.$l" --lang "$l" report dossier city Kanazawa --format pdf \
        -o "$tmp/dossier-city-3.$l.pdf" &&
        { golden "dossier-city-3.$l"; paper "dossier-city-3.$l"; name_out "dossier-city-3.$l" "金沢市"; }
    make_pdf "list-cities.$l" --lang "$l" report list city -o "$tmp/list-cities.$l.pdf" &&
        { golden "list-cities.$l"; paper "list-cities.$l"; }
done
meta portfolio.en "Portfolio report" en
meta portfolio.nl "Portefeuillerapport" nl-BE
make_pdf dossier-city-6 --lang en report dossier city 6 -o "$tmp/dossier-city-6.pdf" &&
    name_out dossier-city-6 "المحمدية"
make_pdf dossier-city-8 --lang nl report dossier city 8 -o "$tmp/dossier-city-8.pdf" &&
    name_out dossier-city-8 "Бургас"
# the timeline's labels name the cities in their own script as well
grep -qF "Kanazawa · 金沢市" "$tmp/portfolio.en.txt" && ok "the timeline names Kanazawa · 金沢市" ||
    notok "the timeline does not name Kanazawa · 金沢市"

# the grid of the latest assessments, drawn: its caption, its axes, its
# rows' and columns' labels and a cell's names on one page, which renders
grid_page() { # report, caption, rows' title, columns' title, a row, a column
    p=1
    pages=$(pdfinfo "$tmp/$1.pdf" | sed -n 's/^Pages: *//p')
    while [ "$p" -le "$pages" ] && ! pdftotext -f $p -l $p "$tmp/$1.pdf" - | grep -qxF "$2"; do
        p=$((p + 1))
    done
    pdftotext -f $p -l $p "$tmp/$1.pdf" "$tmp/grid.txt" 2>/dev/null
    missing=
    for w in "$3" "$4" "$5" "$6" Wiesbaden Mohammedia Taizhou; do
        grep -qxF "$w" "$tmp/grid.txt" || missing="$missing $w"
    done
    rm -f "$tmp/grid.png"
    if [ "$p" -le "$pages" ] && [ -z "$missing" ] &&
        pdftoppm -r 40 -png -f $p -l $p -singlefile "$tmp/$1.pdf" "$tmp/grid" 2>"$tmp/ppm.err" &&
        [ -s "$tmp/grid.png" ] && [ ! -s "$tmp/ppm.err" ]; then
        ok "$1: the grid is drawn on page $p, with its labels"
    else
        notok "$1: the grid (page $p of $pages) lacks:$missing $(cat "$tmp/ppm.err" 2>/dev/null)"
    fi
}
grid_page portfolio.en "Figure: the partnerships per Importance × Activity (latest assessment)." \
    Importance Activity High Dormant
grid_page portfolio.nl "Figuur: partnerschappen per Belang × Activiteit (laatste beoordeling)." \
    Belang Activiteit Hoog Slapend
# the timeline's legend tells the decisions carried out from those that are not
for l in "en:decision carried out:decision not yet carried out" \
    "nl:beslissing uitgevoerd:beslissing nog niet uitgevoerd"; do
    f="$tmp/portfolio.${l%%:*}.txt" rest=${l#*:}
    grep -qxF "${rest%%:*}" "$f" && grep -qxF "${rest#*:}" "$f" &&
        ok "portfolio.${l%%:*}: the timeline's legend has both decisions" ||
        notok "portfolio.${l%%:*}: the legend lacks \"${rest%%:*}\" or \"${rest#*:}\""
done

# a table longer than a page: its header row on every page
if make_pdf list-initiatives --lang en report list initiative -o "$tmp/list-initiatives.pdf"; then
    pages=$(pdfinfo "$tmp/list-initiatives.pdf" | sed -n 's/^Pages: *//p')
    heads=0 p=1
    while [ "$p" -le "$pages" ]; do
        pdftotext -f $p -l $p "$tmp/list-initiatives.pdf" "$tmp/page.txt"
        grep -q " Initiative$" "$tmp/page.txt" && grep -qx "Owner" "$tmp/page.txt" && heads=$((heads + 1))
        p=$((p + 1))
    done
    [ "$pages" -ge 2 ] && [ "$heads" = "$pages" ] &&
        ok "a table over $pages pages has its header row on each" ||
        notok "the header row is on $heads of $pages pages"
fi

# an empty list: its header row, as in the text
make_pdf list-empty --lang en report list city --search zzzz -o "$tmp/list-empty.pdf" &&
    { grep -qx "# Name Country Relation Since Status" "$tmp/list-empty.txt" &&
        ok "an empty list shows its header row" || notok "an empty list: $(cat "$tmp/list-empty.txt")"; }

# a report holding contacts' data is 0600, like the text ones
mode=$(stat -c %a "$tmp/portfolio.en.pdf")
[ "$mode" = 600 ] && ok "a PDF report is created 0600" || notok "a PDF report has mode $mode"

# --format txt writes text into a .pdf name when asked; an unknown format
# is a usage error that writes nothing
run --lang en report portfolio --format txt -o "$tmp/asked.pdf" >/dev/null 2>&1 &&
    head -c 4 "$tmp/asked.pdf" | grep -qv '%PDF' && ok "--format txt wins over the extension" ||
    notok "--format txt did not write text"
run --lang en report portfolio --format odt -o "$tmp/odt.pdf" >/dev/null 2>"$tmp/odt.err"
rc=$?
[ "$rc" = 2 ] && [ ! -e "$tmp/odt.pdf" ] && grep -q "pdf or txt" "$tmp/odt.err" &&
    ok "--format odt: exit 2, nothing written" || notok "--format odt: exit $rc: $(cat "$tmp/odt.err")"
# the text path is as before: no PDF to standard output unasked
run --lang en report portfolio | head -1 | grep -q "^City of Ghent" &&
    ok "standard output still gets the text" || notok "standard output did not get the text"

# the desk: w in the portfolio's preview saves a PDF when the name ends in
# .pdf, and p prints the PDF (print_format auto) through print_command
if command -v tmux >/dev/null; then
    mkdir -p "$tmp/desk/config/irdesk" "$tmp/desk/asan"
    echo "print_command = cat > $tmp/desk/printed.pdf" > "$tmp/desk/config/irdesk/config"
    cp "$tmp/g.db" "$tmp/desk/d.db"
    $T new-session -d -s t -x 80 -y 24 "env -u LANGUAGE -u LANG LC_ALL=C.UTF-8 HOME=$tmp/desk \
XDG_CONFIG_HOME=$tmp/desk/config XDG_DATA_HOME=$tmp/desk IRDESK_NOW=2026-11-22T10:00:00Z \
IRDESK_LOCALEDIR=${IRDESK_LOCALEDIR:-} TERM=xterm-256color \
ASAN_OPTIONS=log_path=$tmp/desk/asan/asan:detect_leaks=1 LSAN_OPTIONS=${LSAN_OPTIONS:-} \
$IRDESK --lang en --db $tmp/desk/d.db; echo \$? > $tmp/desk/rc"
    screen_has() { # text: wait up to 10 s for it on the screen
        i=0
        until $T capture-pane -p -t t 2>/dev/null | grep -qF -- "$1"; do
            i=$((i + 1))
            [ $i -gt 200 ] && return 1
            sleep 0.05
        done
    }
    desk_ok=1
    screen_has "Cities" && $T send-keys -t t r && screen_has "Preview" &&
        $T send-keys -t t w && screen_has "Save to file" &&
        $T send-keys -t t C-u && $T send-keys -t t -l "$tmp/desk/saved.pdf" &&
        $T send-keys -t t Enter && screen_has "Saved to" || desk_ok=0
    [ $desk_ok = 1 ] && pdftotext "$tmp/desk/saved.pdf" - 2>/dev/null | grep -q "^Portfolio report$" &&
        pdfinfo "$tmp/desk/saved.pdf" | grep -q "(A4)" &&
        ok "the desk's w saves the portfolio as an A4 PDF" ||
        notok "the desk's w did not save a PDF: $($T capture-pane -p -t t 2>/dev/null | tail -2)"
    desk_ok=1
    $T send-keys -t t p && screen_has "The printer accepted" || desk_ok=0
    shown=$(pdfinfo "$tmp/desk/printed.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    [ $desk_ok = 1 ] && [ -n "$shown" ] &&
        $T capture-pane -p -t t | grep -q "The printer accepted $shown pages" &&
        ok "the desk's p prints the PDF ($shown pages)" ||
        notok "the desk's p: $($T capture-pane -p -t t 2>/dev/null | tail -1)"
    $T send-keys -t t q q
    i=0
    while [ ! -s "$tmp/desk/rc" ] && [ $i -lt 200 ]; do i=$((i + 1)); sleep 0.05; done
    [ "$(cat "$tmp/desk/rc" 2>/dev/null)" = 0 ] && [ -z "$(ls "$tmp/desk/asan")" ] &&
        ok "the desk quits cleanly" ||
        notok "the desk: exit $(cat "$tmp/desk/rc" 2>/dev/null), $(cat "$tmp/desk/asan/"* 2>/dev/null | head -5)"
    $T kill-server 2>/dev/null
else
    notok "tmux is missing (tools/deps.sh check)"
fi

echo "pdf: $pass passed, $failn failed"
[ "$failn" = 0 ]
