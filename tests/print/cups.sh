#!/bin/sh
# A real print: a CUPS scheduler of the test's own on loopback with a
# cups-pdf queue; irdesk prints the portfolio report through its default
# print_command (lpr); the PDF that arrives must have as many pages as
# irdesk sent.  The scheduler is stopped afterwards.
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
fail() { echo "not ok - cups: $*"; echo "print: 0 passed, 1 failed"; exit 1; }

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
lpadmin -p IrdeskPDF -v cups-pdf:/ -E -P "$ppd" 2>/dev/null || fail "lpadmin"
export PRINTER=IrdeskPDF

# cups-pdf writes into the home of the job's user
pdfdir="$(getent passwd "$(id -un)" | cut -d: -f6)/PDF"
touch "$tmp/start"
sleep 1 # the PDF must be newer than the marker by the file system's clock
"$IRDESK" init "$tmp/p.db" >/dev/null || fail "irdesk init"
out=$(env -u LANGUAGE LC_ALL=C.UTF-8 HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" \
    XDG_DATA_HOME="$tmp/data" IRDESK_NOW=2026-11-22T10:00:00Z \
    "$IRDESK" --db "$tmp/p.db" --lang en report portfolio --print) || fail "irdesk --print: $out"
sent=$(echo "$out" | sed -n 's/^Sent \([0-9]*\) pages.*/\1/p')
[ -n "$sent" ] || fail "unexpected output: $out"
i=0
pdf=
while [ -z "$pdf" ]; do
    i=$((i + 1))
    [ $i -gt 300 ] && fail "no PDF arrived in $pdfdir: $(grep -E '^E' "$tmp/log/error_log" | tail -3)"
    pdf=$(find "$pdfdir" -name '*.pdf' -newer "$tmp/start" 2>/dev/null | head -1)
    sleep 0.1
done
# wait until the file is complete
i=0
until pdfinfo "$pdf" >/dev/null 2>&1; do
    i=$((i + 1))
    [ $i -gt 100 ] && fail "the PDF never became readable"
    sleep 0.1
done
pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
rm -f "$pdf"
[ "$pages" = "$sent" ] || fail "irdesk sent $sent pages, the PDF has $pages"
echo "ok - cups: $sent pages printed through lpr into a PDF of $pages pages"
echo "print: 1 passed, 0 failed"
