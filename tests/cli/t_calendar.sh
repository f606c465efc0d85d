# The calendar, iCal, attached files and links on the command line (issue
# 12, items 1, 5-7); sourced by tests/cli/run.sh, whose helpers (fresh,
# run, has, hasnt, remember, unchanged, fail) it uses.  Debian's
# python3-icalendar reads the iCal file (/usr/bin/python3: the system's
# Python, where the package is).

# Dates on three kinds, as a colleague would have typed them.
cal_dates() {
    sqlite3 "$DB" "UPDATE agreement SET ends = '2026-05-30' WHERE id = 2;
        UPDATE agreement SET ends = '2026-04' WHERE id = 3;
        UPDATE agreement SET ends = '2026-03-10' WHERE id = 13;
        UPDATE network SET next_review = '2026-03-20' WHERE id = 1;
        UPDATE assessment SET next_review = '2026-06-01' WHERE id = 1;
        UPDATE visit SET archived = 1; UPDATE project SET archived = 1;" ||
        fail "could not date the records"
}

t_agenda_prints_what_is_due_with_its_reminders() {
    fresh agenda
    cal_dates
    remember
    run 0 --db "$DB" --lang en agenda --from 2026-03-01 --days 61
    has out "^Agenda from 2026-03-01 to 2026-04-30$"
    has out "^  2026-03-20  Network 1 · Eurocities — Membership evaluation due$"
    has out "^  2026-04     Agreement 3 · .* — Term ends, evaluation due$"
    has out "^  2026-03-03  in 90 days (2026-06-01): Assessment 1 · Saint-Raphaël"
    has out "^  2026-03-13  in 7 days (2026-03-20): Network 1"
    hasnt out "Agreement 13"
    [ ! -s "$W/err" ] || fail "agenda said something on stderr: $(cat "$W/err")"
    run 0 --db "$DB" --lang nl agenda --from 2026-03-01 --days 61
    has out "^Agenda van 2026-03-01 tot en met 2026-04-30$"
    has out "^Herinneringen$"
    has out "over 90 dagen (2026-06-01): Beoordeling 1"
    # today by default ($IRDESK_NOW), 30 days
    run 0 --db "$DB" --lang en agenda
    has out "^Agenda from 2026-03-01 to 2026-03-30$"
    # the lead times are the configuration's
    mkdir -p "$XDG_CONFIG_HOME/irdesk"
    echo "reminder_days = 5" >"$XDG_CONFIG_HOME/irdesk/config"
    run 0 --db "$DB" --lang en agenda --from 2026-03-15 --days 1
    has out "^  2026-03-15  in 5 days (2026-03-20): Network 1"
    rm -f "$XDG_CONFIG_HOME/irdesk/config"
    # bad input: a clear message, exit 2, nothing changed
    run 2 --db "$DB" --lang en agenda --from 2026-02-30
    has err '"2026-02-30" is not a day: write it as YYYY-MM-DD'
    run 2 --db "$DB" --lang nl agenda --from morgen
    has err '"morgen" is geen dag'
    run 2 --db "$DB" --lang en agenda --days 0
    has err "--days needs a number of days from 1 to 3660"
    run 1 --db "$W/none.db" agenda
    unchanged
}

# The iCal file's events through python3-icalendar: "UID DTSTART-type
# DTSTART SUMMARY" lines, one per event.
ics_events() {
    /usr/bin/python3 - "$1" <<'PY'
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
assert cal['VERSION'] == '2.0'
assert [tz['TZID'] for tz in cal.walk('VTIMEZONE')] == ['Europe/Brussels']
for ev in cal.walk('VEVENT'):
    start = ev['DTSTART'].dt
    assert ev['DTSTAMP'].dt.tzinfo is not None and ev['DTSTAMP'].dt.year > 2000
    assert 'LAST-MODIFIED' not in ev or ev['LAST-MODIFIED'].dt == ev['DTSTAMP'].dt
    alarms = [str(a['TRIGGER'].dt.days) for a in ev.walk('VALARM')]
    print(ev['UID'], type(start).__name__, start.isoformat(), ev['SUMMARY'], ','.join(alarms))
PY
}

t_ical_passes_a_parser_and_exports_the_same_bytes_again() {
    fresh ical
    cal_dates
    run 0 --db "$DB" --lang en export agenda --format ics -o "$W/a.ics"
    ics_events "$W/a.ics" >"$W/events" 2>"$W/py" || fail "python3-icalendar: $(cat "$W/py")"
    has events "^agreement-2-ends@irdesk date 2026-05-30 Agreement 2 · .* — Term ends, evaluation due -90,-30,-7$"
    has events "^network-1-next_review@irdesk date 2026-03-20 "
    has events "^assessment-1-next_review@irdesk date 2026-06-01 "
    # known only to the month: in the agenda, not in the file
    hasnt events "agreement-3-"
    hasnt events "agreement-13-"
    [ "$(wc -l <"$W/events")" = 3 ] || fail "3 events wanted: $(cat "$W/events")"
    # lines: CRLF, at most 75 octets
    awk 'BEGIN { RS = "\n" } !/\r$/ { bad = 1 } length($0) > 76 { bad = 1 } END { exit bad }' \
        "$W/a.ics" || fail "a line without CRLF or longer than 75 octets"
    # again, unchanged: the same bytes (a calendar updates, does not double)
    run 0 --db "$DB" --lang en export agenda --format ics
    cmp -s "$W/out" "$W/a.ics" || fail "the second export differs from the first"
    [ "$(stat -c %a "$W/a.ics")" = 600 ] || fail "the file's mode is $(stat -c %a "$W/a.ics")"
    run 2 --db "$DB" export agenda --format csv
    has err "exported with --format ics"
    run 2 --db "$DB" export agenda
    run 1 --db "$DB" export agenda --format ics -o "$DB"
}

t_a_pdf_attached_comes_back_byte_for_byte() {
    fresh attach
    printf '%%PDF-1.4\n\001\002\377\376 binary\000 part\n%%%%EOF\n' >"$W/charter.pdf"
    run 0 --db "$DB" --lang en attach agreement 2 "$W/charter.pdf"
    has out '"charter.pdf" is attached to Agreement 2.'
    run 0 --db "$DB" --lang en show agreement 2
    has out "1. charter.pdf · application/pdf · "
    run 0 --db "$DB" attachment get agreement 2 charter.pdf -o "$W/back.pdf"
    cmp -s "$W/charter.pdf" "$W/back.pdf" || fail "the PDF did not come back byte for byte"
    run 0 --db "$DB" attachment get agreement 2 1
    cmp -s "$W/charter.pdf" "$W/out" || fail "by number, to stdout: not the same bytes"
    # never replaced
    remember
    run 1 --db "$DB" --lang en attach agreement 2 "$W/charter.pdf"
    has err 'has a file called "charter.pdf" already: a file is never replaced'
    run 1 --db "$DB" --lang en attach agreement 2 "$W"
    has err "is not a regular file"
    run 1 --db "$DB" --lang en attach agreement 99 "$W/charter.pdf"
    run 1 --db "$DB" --lang en attachment get agreement 2 nothing.pdf
    has err 'has no file "nothing.pdf"'
    unchanged
    run 0 --db "$DB" check
    # the backup carries it
    run 0 --db "$DB" backup "$W/b.db"
    run 0 --db "$W/b.db" attachment get agreement 2 charter.pdf -o "$W/from-backup.pdf"
    cmp -s "$W/charter.pdf" "$W/from-backup.pdf" || fail "the backup lost the file"
    # check sees a damaged file
    sqlite3 "$DB" "DROP TRIGGER attachment_kept;
        UPDATE attachment SET body = CAST('%PDF-1.4 damaged' AS BLOB)"
    run 1 --db "$DB" --lang en check
    has out 'Agreement 2: the attached file "charter.pdf" (number 1) is damaged'
    run 0 --db "$W/b.db" check
    # detach archives: gone from the list, kept in the database
    run 0 --db "$W/b.db" --lang en detach agreement 2 charter.pdf
    has out "is archived"
    run 0 --db "$W/b.db" --lang en show agreement 2
    hasnt out "charter.pdf ·"
    has out "File archived: charter.pdf"
    [ "$(sqlite3 "$W/b.db" 'SELECT count(*) FROM attachment WHERE archived = 1')" = 1 ] ||
        fail "the detached file is not kept"
    run 1 --db "$W/b.db" detach agreement 2 charter.pdf
}

t_links_are_made_and_removed_for_every_kind() {
    fresh links
    run 0 --db "$DB" --lang en link statement 2 network 1 signed
    has out "Linked: Statement 2, Network 1."
    run 0 --db "$DB" --lang en show network 1
    has out "Statement 2 · "
    run 0 --db "$DB" --lang en history statement 2
    has out "Linked to Network 1 — signed"
    remember
    run 1 --db "$DB" --lang en link network 1 statement 2
    has err "are linked already"
    run 1 --db "$DB" --lang en link city 3 city 3
    has err "cannot be linked to itself"
    run 1 --db "$DB" --lang en link city 3 network 999
    run 2 --db "$DB" --lang en link city 3 planet 1
    has err "unknown kind 'planet'"
    run 2 --db "$DB" --lang en link city 3 network x
    run 2 --db "$DB" --lang en link city 3 network
    unchanged
    run 0 --db "$DB" --lang nl unlink netwerk 1 verklaring 2
    has out "De koppeling is verwijderd"
    run 1 --db "$DB" --lang en unlink network 1 statement 2
    has err "have no link to remove"
    run 0 --db "$DB" check
}
