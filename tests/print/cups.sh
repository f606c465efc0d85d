#!/bin/sh
# A real print: a CUPS scheduler of the test's own on loopback with a
# cups-pdf queue; irdesk prints the portfolio report through its default
# print_command (lp -o media=A4), once as PDF (print_format auto) and once
# as text (print_format = text, the line printers' path); the PDF that
# arrives must have as many pages as irdesk sent and, for the PDF, the
# report's text (the text path's pages come back as outlines from CUPS's
# text filter: only their number is checked).  The scheduler is stopped afterwards.
set -u
: "${IRDESK:?IRDESK must name the binary}"
here=$(cd "$(dirname "$0")" && pwd)
sh "$here/../../tools/deps.sh" print || exit 1

tmp=$(mktemp -d "${TMPDIR:-/tmp}/irdesk-cups.XXXXXX")
chmod 755 "$tmp"
cupsd_pid=
pdfdir=
cleanup() {
    [ -n "$cupsd_pid" ] && kill "$cupsd_pid" 2>/dev/null && wait "$cupsd_pid" 2>/dev/null
    [ -n "$pdfdir" ] && find "$pdfdir" -name 'stdin-job_*.pdf' -newer "$tmp/start" -delete 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
passn=0
fail() { echo "not ok - cups: $*"; echo "print: $passn passed, 1 failed"; exit 1; }

mkdir -p "$tmp/etc" "$tmp/spool" "$tmp/tmp" "$tmp/cache" "$tmp/state" "$tmp/log"
chmod 1777 "$tmp/tmp" "$tmp/spool"
port=$((20000 + $$ % 20000))
cat > "$tmp/etc/cupsd.conf" <<CONF
Listen 127.0.0.1:$port
LogLevel warn
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow from 127.0.0.1
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
cat > "$tmp/etc/cups-files.conf" <<CONF
ServerRoot $tmp/etc
RequestRoot $tmp/spool
TempDir $tmp/tmp
CacheDir $tmp/cache
StateDir $tmp/state
AccessLog $tmp/log/access_log
ErrorLog $tmp/log/error_log
PageLog $tmp/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
SystemGroup root
CONF
/usr/sbin/cupsd -f -c "$tmp/etc/cupsd.conf" -s "$tmp/etc/cups-files.conf" &
cupsd_pid=$!
export CUPS_SERVER="127.0.0.1:$port"
i=0
until lpstat -r >/dev/null 2>&1; do
    i=$((i + 1))
    [ $i -gt 100 ] && fail "cupsd did not start: $(cat "$tmp/log/error_log" 2>/dev/null)"
    sleep 0.1
done
ppd=$(ls /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/ppd/cups-pdf/*.ppd 2>/dev/null | head -1)
# cupsd answers lpstat before it takes new queues on a loaded machine
# (once in CI: lpadmin refused right after the start): a few tries
i=0
until err=$(lpadmin -p IrdeskPDF -v cups-pdf:/ -E -P "$ppd" 2>&1); do
    i=$((i + 1))
    [ $i -gt 50 ] && fail "lpadmin: $err"
    sleep 0.2
done
# the queue's PostScript through poppler's pdftops, which keeps the fonts
# (Ghostscript's default chain turns the glyphs into outlines, and the text
# that arrives could not be read back)
lpadmin -p IrdeskPDF -o pdftops-renderer-default=pdftops 2>/dev/null || fail "lpadmin -o"
export PRINTER=IrdeskPDF

# cups-pdf writes into the home of the job's user
pdfdir="$(getent passwd "$(id -un)" | cut -d: -f6)/PDF"
touch "$tmp/start"
"$IRDESK" init "$tmp/p.db" >/dev/null || fail "irdesk init"
mkdir -p "$tmp/config/irdesk"

# print_one FORMAT: print the portfolio with print_format = FORMAT; sets
# $sent (pages irdesk sent), $pages (pages that arrived), $text (their text)
print_one() {
    echo "print_format = $1" > "$tmp/config/irdesk/config"
    touch "$tmp/start"
    sleep 1 # the PDF must be newer than the marker by the file system's clock
    out=$(env -u LANGUAGE LC_ALL=C.UTF-8 HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" \
        XDG_DATA_HOME="$tmp/data" IRDESK_NOW=2026-11-22T10:00:00Z \
        "$IRDESK" --db "$tmp/p.db" --lang en report portfolio --print) || fail "irdesk --print ($1): $out"
    sent=$(echo "$out" | sed -n 's/^Sent \([0-9]*\) pages.*/\1/p')
    [ -n "$sent" ] || fail "unexpected output ($1): $out"
    i=0
    pdf=
    while [ -z "$pdf" ]; do
        i=$((i + 1))
        [ $i -gt 300 ] && fail "no PDF arrived in $pdfdir ($1): $(grep -E '^E' "$tmp/log/error_log" | tail -3)"
        pdf=$(find "$pdfdir" -name '*.pdf' -newer "$tmp/start" 2>/dev/null | head -1)
        sleep 0.1
    done
    # wait until the file is complete
    i=0
    until pdfinfo "$pdf" >/dev/null 2>&1; do
        i=$((i + 1))
        [ $i -gt 100 ] && fail "the PDF never became readable ($1)"
        sleep 0.1
    done
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    text=$(pdftotext "$pdf" - 2>/dev/null)
    rm -f "$pdf"
}

print_one auto
[ "$pages" = "$sent" ] || fail "PDF: irdesk sent $sent pages, the PDF has $pages"
# (CJK comes back out of irdesk's PDF, tests/pdf; cups-pdf's PostScript
# round trip keeps its glyphs but not their Unicode names, so the text of
# what arrives is checked in Latin script)
echo "$text" | grep -q "Portfolio report" && echo "$text" | grep -q "page $sent of $sent" &&
    echo "$text" | grep -qF "Saint-Raphaël (France, 1958) — Ended" ||
    fail "PDF: the text that arrived is not the report's: $(echo "$text" | head -5)"
echo "ok - cups: the PDF of $sent pages printed through lp into a PDF of $pages pages with its text"
passn=1

print_one text
[ "$pages" = "$sent" ] || fail "text: irdesk sent $sent pages, the PDF has $pages"
echo "ok - cups: the text of $sent pages printed through lp into a PDF of $pages pages"
echo "print: 2 passed, 0 failed"
