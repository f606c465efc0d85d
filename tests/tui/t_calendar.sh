# The calendar (0, AZERTY à): the month as a grid with its items, what is
# coming and the reminders, in Dutch at 80x24 (a golden screen); > and <
# turn the month, Enter opens the record; the reminders said at start;
# + attaches a file, Enter on it opens it (a fake opener), + on it detaches
# it, l links, l on a link removes it.

TESTS="${TESTS:-} calendar_nl_80x24 calendar_items_wrap attach_and_link_at_the_desk"

# Dates on three kinds; the agreement's 90-day reminder falls on the
# fixed clock's day (2026-03-01).
calendar_dates() {
    sql "UPDATE agreement SET ends = '2026-05-30' WHERE id = 2;
        UPDATE agreement SET ends = '2026-04' WHERE id = 3;
        UPDATE network SET next_review = '2026-03-20' WHERE id = 1;
        UPDATE assessment SET next_review = '2026-06-01' WHERE id = 1;"
}

calendar_nl_80x24() {
    fresh calendar-nl
    calendar_dates
    tui_fixed_clock
    tui_start 80 24 --db "$DB" --lang nl
    tui_wait "1 herinnering deze week: Akkoord 2 · " || return
    tui_wait "0: de kalender." || return
    tui_keys 0
    tui_wait "Kalender · maart 2026" || return
    tui_golden "calendar.nl.80x24"
    tui_keys '>'
    tui_wait "Kalender · april 2026" || return
    tui_wait " In april 2026" || return
    tui_keys '<' '<'
    tui_wait "Kalender · februari 2026" || return
    # à (the unshifted 0 of AZERTY): back to this month
    tui_type "à"
    tui_wait "Kalender · maart 2026" || return
    # the cursor is on the month's first item: Enter opens it
    tui_keys Enter
    # the network's detail: its own fields (the calendar names it too)
    tui_wait "Omschrijving" || return
    tui_absent "Kalender · maart" || return
    tui_keys q
    tui_wait "Kalender · maart 2026" || return
    tui_keys q
    tui_wait "1/12 · gesorteerd" || return
    tui_keys q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}

# An item too long for 80 columns wraps under itself instead of being cut
# ("— Term e…"), in English and Dutch; its second line is the link too.
calendar_items_wrap() {
    for lang in en nl; do
        fresh "calendar-wrap-$lang"
        calendar_dates
        tui_fixed_clock
        tui_start 80 24 --db "$DB" --lang "$lang"
        tui_wait "Saint-Raphaël" || return
        tui_keys 0
        tui_wait "2026-05-30" || return
        tui_stable || return
        case $lang in
        en) want="evaluation due" first="Wiesbaden — Term ends"
            title="Partnership charter Ghent – Wiesbaden" ;;
        nl) want="evaluatie nodig" first="Wiesbaden — Einde"
            title="Partnerschapsoorkonde Gent – Wiesbaden" ;;
        esac
        # the wrapped part stands under the item's text, 13 cells in
        tui_screen | grep "^             [^ ]" | grep -q "$want" ||
            { tui_screen >&2; fail "$lang: the item's end is not on a line of its own"; }
        tui_screen | sed '$d' | grep -q '…' &&
            { tui_screen >&2; fail "$lang: a calendar line is cut"; }
        # Enter on the item's wrapped line opens the agreement
        cursor_to "$first" || return
        tui_keys j
        tui_stable || return
        $T capture-pane -p -e -t t | grep "7m" | grep -v "$first" | grep -q "$want" ||
            { tui_screen >&2; fail "$lang: the cursor is not on the wrapped line"; }
        tui_keys Enter
        tui_wait "· $title" || return
        tui_keys q q q
        tui_exit
    done
}

# Move the detail view's cursor down (j) to the line matching the pattern
# (the cursor line is shown in reverse video).
cursor_to() {
    _i=0
    until $T capture-pane -p -e -t t | grep -q "7m.*$1"; do
        _i=$((_i + 1))
        [ "$_i" -gt 60 ] && { fail "the cursor never reached $1"; return 1; }
        tui_keys j
        tui_stable || return 1
    done
}

attach_and_link_at_the_desk() {
    fresh attach-desk
    printf '%%PDF-1.4\nprogramme\n' >"$D/programme.pdf"
    printf '#!/bin/sh\ncp "$1" "%s/opened"\n' "$D" >"$D/opener"
    chmod +x "$D/opener"
    ENVV="$ENVV IRDESK_OPENER=$D/opener"
    tui_fixed_clock
    tui_start 80 24 --db "$DB" --lang nl
    tui_wait "1/12 · gesorteerd" || return
    tui_keys 2 Enter
    tui_wait "Akkoord 1 ·" || return
    tui_keys +
    tui_wait "Bij te voegen bestand:" || return
    tui_type "$D/programme.pdf"
    tui_keys Enter
    tui_wait '"programme.pdf" is bijgevoegd bij Akkoord 1.' || return
    [ "$(sql "SELECT name || ' ' || size FROM attachment")" = "programme.pdf 19" ] ||
        fail "the database holds: $(sql 'SELECT name, size FROM attachment')"
    tui_keys l
    tui_wait "Koppelen aan (soort, nummer, type):" || return
    tui_type "netwerk 2 lid"
    tui_keys Enter
    tui_wait "Gekoppeld: Akkoord 1, Netwerk 2." || return
    [ "$(sql "SELECT count(*) FROM link WHERE a_kind = 'agreement' AND a_id = 1
        AND b_kind = 'network' AND b_id = 2 AND note = 'lid'")" = 1 ] || fail "no link stored"
    # l on that linked record removes the link, after asking
    cursor_to '→ Netwerk 2 · ' || return
    tui_keys l
    tui_wait "De koppeling met Netwerk 2 verwijderen?" || return
    tui_keys j
    tui_wait "De koppeling met Netwerk 2 is verwijderd." || return
    [ "$(sql "SELECT count(*) FROM link WHERE a_kind = 'agreement' AND a_id = 1
        AND b_kind = 'network'")" = 0 ] || fail "the link is still stored"
    tui_keys g
    # down to the file's line (the cursor line is in reverse video), Enter
    cursor_to '+ 1\. programme\.pdf' || return
    tui_keys Enter
    i=0
    until [ -s "$D/opened" ] || [ "$i" -gt 100 ]; do
        i=$((i + 1))
        sleep 0.05
    done
    cmp -s "$D/programme.pdf" "$D/opened" || fail "the opener did not get the file"
    # + on the file asks to detach it: no leaves it, yes archives it
    tui_keys +
    tui_wait 'Bijlage "programme.pdf" loskoppelen van Akkoord 1?' || return
    tui_keys n
    [ "$(sql "SELECT archived FROM attachment")" = 0 ] || fail "no detached the file"
    tui_keys +
    tui_wait 'Bijlage "programme.pdf" loskoppelen van Akkoord 1?' || return
    tui_keys j
    tui_wait '"programme.pdf" is losgekoppeld van Akkoord 1' || return
    [ "$(sql "SELECT archived FROM attachment")" = 1 ] || fail "the file is not archived"
    [ "$(sql "SELECT count(*) FROM history WHERE field = 'detach'")" = 1 ] ||
        fail "no history line of the detach"
    tui_keys q
    tui_wait "1/14 ·" || return
    tui_keys q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}
