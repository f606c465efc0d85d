# Editing, status changes, archive, conflicts between desks, read-only.

TESTS="${TESTS:-} edit_field_then_history status_with_note_and_forbidden_not_offered archive_and_show \
add_record_validation conflict_between_two_desks others_changes_appear read_only_refuses \
signal_restores_terminal editor_for_long_text"

# Move the form cursor to the field labelled $1 (Tab until it is highlighted
# is not visible in a capture, so count the fields above it instead).
form_goto() {
    n=$1
    while [ "$n" -gt 0 ]; do tui_keys Tab; n=$((n - 1)); done
}

edit_field_then_history() {
    fresh edit
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys j j e
    tui_wait "Edit: City 3 · Kanazawa"
    form_goto 10 # Notes
    tui_type "Sister city since 1971 — 金沢市"
    tui_keys C-s
    tui_wait "Saved."
    [ "$(sql "SELECT notes FROM city WHERE id = 3")" = "Sister city since 1971 — 金沢市" ] ||
        fail "notes not stored"
    [ "$(sql "SELECT version FROM city WHERE id = 3")" = 2 ] || fail "version not bumped"
    tui_keys h
    tui_wait "History · City 3 · Kanazawa"
    tui_wait "Notes: — → Sister city since 1971"
    tui_keys q q
    tui_exit
    [ "$(sql "SELECT count(*) FROM history WHERE kind = 'city' AND record_id = 3 AND action = 'edit' AND field = 'notes'")" = 1 ] ||
        fail "no edit line in the history"
}

status_with_note_and_forbidden_not_offered() {
    fresh status
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys 4 j j j j s
    tui_wait "Planned → new status"
    tui_wait "1 In progress"
    tui_absent "│ [0-9] Done"
    tui_keys Enter
    tui_wait "Note (optional"
    tui_type "Kick-off with the Brexit task force"
    tui_keys Enter
    tui_wait "Status: Planned → In progress."
    [ "$(sql "SELECT status FROM initiative WHERE id = 5")" = in_progress ] || fail "status not stored"
    [ "$(sql "SELECT note FROM history WHERE kind = 'initiative' AND record_id = 5 AND action = 'status'")" = "Kick-off with the Brexit task force" ] ||
        fail "note not in the history"
    # from in_progress, Done is offered; Planned never is
    tui_keys s
    tui_wait "In progress → new status"
    tui_wait "│ [0-9] Done"
    tui_absent "│ [0-9] Planned"
    tui_keys Escape
    tui_gone "new status"
    [ "$(sql "SELECT count(*) FROM history WHERE kind = 'initiative' AND record_id = 5")" = 1 ] ||
        fail "cancel wrote history"
    # a terminated agreement has nowhere to go
    tui_keys 2 g s
    tui_wait "No status change is allowed from Terminated"
    tui_keys q
    tui_exit
}

archive_and_show() {
    fresh archive
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys d
    tui_wait "Archive Saint-Raphaël? (y/n)"
    tui_keys n
    tui_gone "(y/n)"
    [ "$(sql "SELECT archived FROM city WHERE id = 1")" = 0 ] || fail "archived on no"
    tui_keys d
    tui_wait "(y/n)"
    tui_keys y
    tui_wait "Archived."
    tui_wait "Cities (11)"
    [ "$(sql "SELECT archived FROM city WHERE id = 1")" = 1 ] || fail "not archived"
    [ "$(sql "SELECT count(*) FROM city")" = 12 ] || fail "a record was deleted"
    tui_keys A
    tui_wait "Archived records are shown"
    tui_wait "Saint-Raphaël"
    tui_keys q
    tui_exit
}

add_record_validation() {
    fresh add
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys 2 a
    tui_wait "New: Agreement"
    tui_type "Samenwerkingsakkoord Gent – Kraków"
    tui_keys Tab         # its English title: left empty
    tui_keys Tab Space   # city: the first choice
    tui_keys Tab Space   # type
    form_goto 3          # past who signed for Ghent, in both languages
    tui_type "2026-02-30"
    tui_keys C-s
    tui_wait "is not a date"
    [ "$(sql "SELECT count(*) FROM agreement")" = 14 ] || fail "invalid record saved"
    # the typed text is still there; fix the date
    tui_wait "Samenwerkingsakkoord Gent – Kraków"
    tui_keys C-u
    tui_type "2026-02-28"
    tui_keys C-s
    tui_wait "Added."
    [ "$(sql "SELECT signed || '|' || city_id || '|' || status FROM agreement WHERE id = 15")" = "2026-02-28|1|draft" ] ||
        fail "added record: $(sql "SELECT * FROM agreement WHERE id = 15")"
    tui_keys q
    tui_exit
}

conflict_between_two_desks() {
    fresh conflict
    S=a tui_start 80 24 --db "$DB" --lang en
    S=b tui_start 80 24 --db "$DB" --lang en
    S=a tui_wait "Saint-Raphaël"
    S=b tui_wait "Saint-Raphaël"
    for s in a b; do S=$s tui_keys j j e; S=$s tui_wait "Edit: City 3"; S=$s form_goto 10; done
    S=b tui_type "From desk B"
    S=b tui_keys C-s
    S=b tui_wait "Saved."
    S=a tui_type "From desk A"
    S=a tui_keys C-s
    S=a tui_wait "Another desk saved first"
    S=a tui_wait "saved by another desk: From desk B"
    S=a tui_wait "From desk A"
    [ "$(sql "SELECT notes FROM city WHERE id = 3")" = "From desk B" ] || fail "B's save was overwritten silently"
    # having seen theirs, A saves deliberately
    S=a tui_keys C-s
    S=a tui_wait "Saved."
    [ "$(sql "SELECT notes FROM city WHERE id = 3")" = "From desk A" ] || fail "A's deliberate save"
    S=a tui_keys q
    S=b tui_keys q
    S=a tui_exit
    S=b tui_exit
}

others_changes_appear() {
    fresh others
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys 4
    tui_wait "4 Initiatives 5"
    $ENVV "$IRDESK" --db "$DB" status initiative 1 in_progress >/dev/null || fail "cli status"
    tui_keys j
    tui_wait "Another desk saved changes"
    tui_screen | grep "^ *1 " | grep -q "In progress" || fail "list not reloaded"
    tui_keys q
    tui_exit
}

read_only_refuses() {
    fresh readonly
    before=$(sql "SELECT count(*) FROM history")
    tui_start 80 24 --db "$DB" --lang en --read-only
    tui_wait "read-only"
    tui_wait "Cities (12)"
    for k in e s a d; do
        tui_keys "$k"
        tui_wait "Read-only: this database was opened read-only"
        tui_keys j
        tui_gone "Read-only: this"
    done
    tui_keys q
    tui_exit
    [ "$(sql "SELECT count(*) FROM history")" = "$before" ] || fail "read-only desk wrote"
}

signal_restores_terminal() {
    fresh signal
    for sig in TERM:143 HUP:129 INT:130; do
        want=${sig#*:}
        sig=${sig%:*}
        tui_start 80 24 --db "$DB" --lang en "; echo \$? > $D/status.$sig; stty -a > $D/stty.$sig"
        tui_wait "Saint-Raphaël"
        pid=$($T display-message -p -t t '#{pane_pid}')
        # the pane runs sh -c: signal the irdesk child
        kid=$(pgrep -P "$pid" | head -1)
        kill -"$sig" "${kid:-$pid}"
        tui_exit
        grep -q " icanon" "$D/stty.$sig" && grep -q " echo " "$D/stty.$sig" ||
            fail "terminal not restored after SIG$sig: $(cat "$D/stty.$sig" 2>/dev/null | head -3)"
        [ "$(cat "$D/status.$sig")" = "$want" ] || fail "SIG$sig: exit $(cat "$D/status.$sig"), want $want"
    done
}

# Start the desk and press Enter on the first city's Notes in the form.
enter_city_notes() {
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys e
    tui_wait "Edit: City 1"
    form_goto 10
    tui_keys Enter
}

editor_for_long_text() {
    fresh editor
    cat > "$D/ed.sh" <<'ED'
#!/bin/sh
printf 'Regel één\nRegel twee\n' > "$1"
ED
    chmod +x "$D/ed.sh"
    ENVV="$ENVV VISUAL=$D/ed.sh"
    enter_city_notes
    tui_wait "Regel één Regel twee"
    tui_keys Tab
    tui_wait "Regel één …"
    tui_keys C-s
    tui_wait "Saved."
    [ "$(sql "SELECT notes FROM city WHERE id = 1")" = "$(printf 'Regel één\nRegel twee')" ] ||
        fail "editor text not stored"
    # a failing editor changes nothing
    printf '#!/bin/sh\nexit 3\n' > "$D/ed.sh"
    tui_keys e
    tui_wait "Edit: City 1"
    form_goto 10
    tui_keys Enter
    tui_wait "The editor failed (exit status 3)"
    tui_keys Escape
    tui_keys q
    tui_exit
}

TESTS="${TESTS:-} empty_list_keys_say_why"

empty_list_keys_say_why() {
    fresh emptylist
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys /
    tui_type "zzzzqq"
    tui_keys Enter
    tui_wait "Nothing matches the filter."
    for k in s e d p h Enter; do
        tui_keys "$k"
        tui_wait "No record is selected: the list is empty."
        tui_keys j
        tui_gone "No record is selected"
    done
    tui_keys Escape
    tui_wait "Wiesbaden"
    tui_keys q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}

# Another desk's long write (an import, say): a status change waits,
# says so on the bottom line, and is saved when the lock comes free.
TESTS="$TESTS a_save_waits_for_another_desks_write"
a_save_waits_for_another_desks_write() {
    fresh busy
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys 4 j j j j s
    tui_wait "1 In progress"
    tui_keys Enter
    tui_wait "Note (optional"
    hold_write_lock "$DB" 4
    tui_keys Enter
    tui_wait "Waiting for another desk to finish writing"
    wait "$locker"
    tui_wait "Status: Planned → In progress."
    [ "$(sql "SELECT status FROM initiative WHERE id = 5")" = in_progress ] ||
        fail "the waiting save was not stored"
    tui_keys q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}

# The same status change on the Dutch desk: Dutch menu, prompt and message.
TESTS="$TESTS status_change_in_dutch"
status_change_in_dutch() {
    fresh status_nl
    tui_start 80 24 --db "$DB" --lang nl
    tui_wait "Saint-Raphaël"
    tui_keys 4 j j j j s
    tui_wait "Gepland → nieuwe status"
    tui_wait "1 In uitvoering"
    tui_absent "│ [0-9] Afgerond"
    tui_keys Enter
    tui_wait "Notitie (optioneel"
    tui_type "Start met de taskforce"
    tui_keys Enter
    tui_wait "Status: Gepland → In uitvoering."
    [ "$(sql "SELECT status FROM initiative WHERE id = 5")" = in_progress ] || fail "status not stored"
    [ "$(sql "SELECT note FROM history WHERE kind = 'initiative' AND record_id = 5 AND action = 'status'")" = "Start met de taskforce" ] ||
        fail "note not in the history"
    tui_keys q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}

TESTS="${TESTS:-} decide_in_the_detail_view"

# D in the detail view records a decision: asked line by line, written to
# the decision log, shown as pending; the status does not move.
decide_in_the_detail_view() {
    fresh decide
    before=$(sql "SELECT count(*) FROM decision WHERE kind = 'city' AND record_id = 2")
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys j Enter
    tui_wait "City 2 · Wiesbaden"
    tui_keys D
    tui_wait "Decision, as the document words it"
    tui_type "Samenwerking evalueren"
    tui_keys Enter
    tui_wait "Decided on"
    tui_type "2026-13"
    tui_keys Enter
    # refused at the date's own prompt, the text kept; Esc asks before it
    # leaves it all (the decision's text is typed)
    tui_wait "is not a date"
    tui_wait "Decided on (YYYY, YYYY-MM or YYYY-MM-DD): 2026-13$"
    tui_keys Escape
    tui_wait "Discard your changes?"
    tui_keys y
    tui_gone "Decided on"
    [ "$(sql "SELECT count(*) FROM decision WHERE kind = 'city' AND record_id = 2")" = "$before" ] ||
        fail "a bad date was saved"
    tui_keys D
    tui_wait "Decision, as the document words it"
    tui_type "Samenwerking evalueren"
    tui_keys Enter
    tui_wait "Decided on"
    tui_type "2026-11"
    tui_keys Enter
    tui_wait "Decided by"
    tui_type "College"
    tui_keys Enter
    tui_wait "Source (document"
    tui_type "Collegebesluit (test)"
    tui_keys Enter
    tui_wait "Decision recorded; the status stays as it is."
    # below the fields in both languages: a page on
    tui_keys NPage
    tui_wait "Samenwerking evalueren"
    [ "$(sql "SELECT decided || ' ' || body || ' ' || source FROM decision WHERE kind = 'city' AND record_id = 2 ORDER BY id DESC LIMIT 1")" = "2026-11 College Collegebesluit (test)" ] ||
        fail "decision not stored"
    [ "$(sql "SELECT status FROM city WHERE id = 2")" = active ] || fail "the status moved"
    tui_keys q q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}
