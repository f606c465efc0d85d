# The desk as a daily user wants it: saved views, undo and redo, the notes
# journal, bulk actions on marked records, the search of everything.

TESTS="${TESTS:-} views_open_and_save_en views_in_dutch personal_view_with_columns undo_and_redo_nl \
undo_refused_after_another_desk notes_journal_en notes_journal_nl bulk_status_with_refusals \
bulk_archive_and_note_nl search_everything_en search_everything_nl a_view_closes_with_esc_or_q"

views_open_and_save_en() {
    fresh views
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys v
    tui_wait "Saved views"
    tui_wait "Agreements due for evaluation"
    tui_wait "Changed this week  (any pane)"
    tui_keys 3
    tui_wait "view Dormant partnerships"
    tui_wait "View: Dormant partnerships — 3 records."
    tui_absent "Kanazawa"
    tui_absent "Saint-Raphaël"
    # the list as it is, with a filter, saved under a name
    tui_keys /
    tui_type "mel"
    tui_keys Enter V
    tui_wait "Save the list as the view named"
    tui_type "dormant mel"
    tui_keys Enter
    tui_wait 'Saved as the view "dormant mel"'
    [ "$(sql "SELECT kind || '|' || status || '|' || search FROM view WHERE name = 'dormant mel'")" = "city|dormant|mel" ] ||
        fail "view not stored as shown"
    # opened again from any pane, at a new desk
    tui_keys q q q
    tui_exit
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys 2 v
    tui_wait "dormant mel  (Cities)"
    tui_keys 6
    tui_wait "View: dormant mel — 1 record."
    tui_wait "Melle"
    tui_absent "Mohammedia"
    tui_keys q q q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
    $ENVV "$IRDESK" list --view 'dormant mel' --db "$DB" >"$D/out" || fail "list --view failed"
    [ "$(tail -n +2 "$D/out" | awk '{ print $1 " " $2 }')" = "4 Melle" ] ||
        fail "list --view does not show the saved view: $(cat "$D/out")"
    # dormant partnerships: the cities whose status is dormant
    $ENVV "$IRDESK" list --view dormant-partnerships --db "$DB" --lang en >"$D/out"
    [ "$(tail -n +2 "$D/out" | awk '{ print $2 }' | tr '\n' ' ')" = "Melle Mohammedia Nottingham " ] ||
        fail "dormant-partnerships shows: $(cat "$D/out")"
    # a view that is not there, or needs a KIND: usage errors, as --status bogus
    $ENVV "$IRDESK" list --view nope --db "$DB" --lang en 2>"$D/err"
    [ $? = 2 ] || fail "list --view nope does not exit 2"
    grep -q "changed-this-week" "$D/err" || fail "list --view nope names no views: $(cat "$D/err")"
    $ENVV "$IRDESK" list --view changed-this-week --db "$DB" --lang en 2>"$D/err"
    [ $? = 2 ] || fail "list --view changed-this-week without a KIND does not exit 2"
    $ENVV "$IRDESK" status city 4 active --note "Contact again" --db "$DB" >/dev/null ||
        fail "status city 4 active failed"
    $ENVV "$IRDESK" list city --view changed-this-week --db "$DB" --lang en >"$D/out" ||
        fail "list city --view changed-this-week failed"
    grep -q "Melle" "$D/out" || fail "changed-this-week misses the city saved: $(cat "$D/out")"
}

views_in_dutch() {
    fresh viewsnl
    tui_start 80 24 --db "$DB" --lang nl
    tui_wait "Saint-Raphaël"
    tui_keys v
    tui_wait "Bewaarde weergaven"
    tui_wait "Slapende partnerschappen  (Steden)"
    tui_wait "Deze week gewijzigd  (elk paneel)"
    tui_keys 2
    tui_wait "weergave Akkoorden zonder mensenrechtenclausule"
    # those in force only: the ended Saint-Raphaël and the expired Weihai left out
    tui_wait "Weergave: Akkoorden zonder mensenrechtenclausule — 12 records."
    tui_absent "Weihai"
    # due for evaluation: the agreements with a decision pending on them
    tui_keys v 1
    tui_wait "Weergave: Akkoorden te evalueren — 10 records."
    tui_keys q q
    tui_exit
}

personal_view_with_columns() {
    fresh personal
    mkdir -p "$D/config/irdesk"
    printf 'view.short = city columns=name_nl,since sort=since desc\nview.bad = city columns=nope\n' \
        >"$D/config/irdesk/config"
    tui_start 80 24 --db "$DB" --lang en
    # the bad line is reported with its file and line, and left out
    tui_wait "config:2: View \"bad\""
    tui_keys v
    tui_wait "short  (Cities, personal)"
    tui_absent "bad  (Cities"
    tui_keys 6
    tui_wait "View: short — 12 records."
    tui_wait "^ *# *Name  *Sinc"
    tui_screen | sed -n 2p | grep -q "Country\|Relation" && fail "the header shows other columns"
    tui_screen | sed -n 3p | grep -q "Taizhou *2018" || fail "not sorted on since, descending"
    # saved for every desk, with its columns
    tui_keys V
    tui_type "short for all"
    tui_keys Enter
    tui_wait 'Saved as the view "short for all"'
    tui_keys q q
    tui_exit
    [ "$(sql "SELECT columns || '|' || sort || '|' || descending FROM view WHERE name = 'short for all'")" = "name_nl,since|since|1" ] ||
        fail "the columns were not saved with the view"
    $ENVV "$IRDESK" list --view short --db "$DB" --lang en >"$D/out" || fail "list --view failed"
    head -1 "$D/out" | grep -q "^ *#  Name  *Since  Status$" || fail "list --view shows other columns: $(head -1 "$D/out")"
}

undo_and_redo_nl() {
    fresh undo
    tui_start 80 24 --db "$DB" --lang nl
    tui_wait "Saint-Raphaël"
    tui_keys j j e
    tui_wait "Stad 3 · Kanazawa"
    form_goto 10
    tui_type "Zending in mei"
    tui_keys C-s
    tui_wait "Bewaard."
    tui_keys 4 j j j j s
    tui_wait "Gepland → nieuwe status"
    tui_keys Enter
    tui_wait "Notitie (optioneel"
    tui_keys Enter
    tui_wait "Status: Gepland → In uitvoering."
    tui_keys u
    tui_wait "Ongedaan gemaakt: de statuswijziging van Initiatief 5"
    [ "$(sql "SELECT status FROM initiative WHERE id = 5")" = planned ] || fail "status not undone"
    tui_keys u
    tui_wait "Ongedaan gemaakt: de bewerking van Stad 3 · Kanazawa"
    [ "$(sql "SELECT ifnull(notes, 'NULL') FROM city WHERE id = 3")" = NULL ] || fail "edit not undone"
    tui_keys u
    # changes were made and all are undone: nothing more, not "none was made"
    tui_wait "Er is niets meer ongedaan te maken"
    tui_absent "geen gebeurd"
    tui_keys C-r
    tui_wait "Opnieuw gedaan: de bewerking van Stad 3 · Kanazawa."
    [ "$(sql "SELECT notes FROM city WHERE id = 3")" = "Zending in mei" ] || fail "edit not redone"
    tui_keys q
    tui_exit
    # every step is in the history; none was taken out
    [ "$(sql "SELECT count(*) FROM history WHERE kind = 'city' AND record_id = 3 AND action = 'edit'")" = 3 ] ||
        fail "the undo and redo are not history lines of their own"
    [ "$(sql "SELECT count(*) FROM history WHERE kind = 'initiative' AND record_id = 5 AND note = 'Ongedaan gemaakt aan de desk'")" = 1 ] ||
        fail "the undone status change has no history line"
}

undo_refused_after_another_desk() {
    fresh undostale
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys 4 j j j j s
    tui_wait "Planned → new status"
    tui_keys Enter Enter
    tui_wait "Status: Planned → In progress."
    $ENVV "$IRDESK" status initiative 5 on_hold --db "$DB" >/dev/null || fail "the other desk's change failed"
    tui_wait "On hold"
    tui_keys u
    tui_wait "Another desk has changed Initiative 5"
    [ "$(sql "SELECT status FROM initiative WHERE id = 5")" = on_hold ] || fail "the undo overwrote the other desk"
    tui_keys q
    tui_exit
}

notes_journal_en() {
    fresh notes
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys j j c
    tui_wait "Note for the journal"
    tui_type "Called the Kanazawa office — ok"
    tui_keys Enter
    tui_wait "The note is in the journal"
    tui_keys c
    tui_type "Correction: on Friday"
    tui_keys Enter Enter
    tui_wait "City 3 · Kanazawa"
    tui_keys G
    tui_wait "Journal"
    # newest first, with the time (local) and the author
    tui_screen | grep -A2 "^ Journal" | sed -n 2p | grep -q "Correction: on Friday" ||
        fail "the newest note is not first"
    tui_wait "Called the Kanazawa office — ok"
    tui_keys q q
    tui_exit
    [ "$(sql "SELECT count(*) FROM note WHERE kind = 'city' AND record_id = 3")" = 2 ] || fail "notes not stored"
    [ "$(sql "SELECT version FROM city WHERE id = 3")" = 1 ] || fail "a note changed the record"
    # never edited in place, not even behind the desk's back
    if sqlite3 "$DB" "UPDATE note SET body = 'rewritten'" 2>"$D/err"; then
        fail "a note was edited in place"
    fi
    grep -q "never edited in place" "$D/err" || fail "the refusal does not say why: $(cat "$D/err")"
    $ENVV "$IRDESK" show city 3 --db "$DB" --lang en >"$D/out" || fail "show failed"
    grep -q "Correction: on Friday" "$D/out" || fail "show does not print the journal"
}

notes_journal_nl() {
    fresh notesnl
    tui_start 80 24 --db "$DB" --lang nl
    tui_wait "Saint-Raphaël"
    tui_keys c
    tui_wait "Notitie voor het logboek"
    tui_keys Enter
    tui_wait "Een notitie heeft tekst nodig"
    tui_keys c
    tui_type "Brief van het jumelagecomité"
    tui_keys Enter
    tui_wait "De notitie staat in het logboek"
    tui_keys Enter G
    tui_wait "Logboek"
    tui_wait "Brief van het jumelagecomité"
    tui_keys q q
    tui_exit
    [ "$(sql "SELECT count(*) FROM note")" = 1 ] || fail "the empty note was stored"
}

bulk_status_with_refusals() {
    fresh bulk
    sql "UPDATE initiative SET status = 'done' WHERE id = 3"
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys 4 t j t j t
    tui_wait "3 records marked"
    tui_wait "3 marked"
    tui_keys '\;'
    tui_wait "3 marked: s status, d archive"
    tui_keys s
    tui_wait "New status of the marked records"
    tui_keys 3
    tui_wait "Status → On hold, for 3 marked records"
    tui_wait "government: Done → On hold —"
    tui_wait "refused: the workflow does not allow it"
    tui_wait "Change the status of 2 records (1 refused)?"
    tui_keys y
    tui_wait "Status changed for 2 records; u undoes them together."
    # the refused move is listed again, not skipped in silence
    tui_wait "government: Done → On hold —"
    tui_wait "the workflow does not allow it from there"
    [ "$(sql "SELECT group_concat(status) FROM initiative WHERE id <= 3")" = "on_hold,on_hold,done" ] ||
        fail "bulk status not applied as previewed"
    tui_keys q u
    tui_wait "Undone: the bulk status change."
    [ "$(sql "SELECT group_concat(status) FROM initiative WHERE id <= 3")" = "planned,planned,done" ] ||
        fail "bulk status not undone as one step"
    # T marks all the list shows (the 3 marked stay so); again: none
    tui_keys T
    tui_wait "40 records marked"
    tui_keys T
    tui_wait "No record is marked any more."
    tui_keys q
    tui_exit
}

bulk_archive_and_note_nl() {
    fresh bulknl
    tui_start 80 24 --db "$DB" --lang nl
    tui_wait "Saint-Raphaël"
    tui_keys 3 t j t '\;' c
    tui_wait "Notitie voor de logboeken"
    tui_type "Lidmaatschap besproken"
    tui_keys Enter
    tui_wait "De notitie toevoegen aan 2 records?"
    tui_keys j
    tui_wait "De notitie is toegevoegd aan 2 records."
    [ "$(sql "SELECT count(*) FROM note WHERE kind = 'network' AND body = 'Lidmaatschap besproken'")" = 2 ] ||
        fail "bulk note not in both journals"
    tui_keys q '\;' d
    tui_wait "2 records archiveren (0 geweigerd)?"
    tui_keys n
    tui_wait "Er is niets gewijzigd."
    [ "$(sql "SELECT count(*) FROM network WHERE archived = 1")" = 0 ] || fail "archived after a no"
    tui_keys '\;' d
    tui_wait "2 records archiveren (0 geweigerd)?"
    tui_keys j
    tui_wait "2 records gearchiveerd; met de toets u zet u ze samen terug."
    [ "$(sql "SELECT count(*) FROM network WHERE archived = 1")" = 2 ] || fail "not archived"
    tui_keys q u
    tui_wait "Ongedaan gemaakt: het archiveren van de aangeduide records."
    [ "$(sql "SELECT count(*) FROM network WHERE archived = 1")" = 0 ] || fail "not restored"
    tui_keys '\;' w
    tui_wait "Exporteer de aangeduide records als CSV"
    tui_keys C-u
    tui_type "$D/marked.csv"
    tui_keys Enter
    tui_wait "2 records geëxporteerd naar"
    [ "$(wc -l < "$D/marked.csv")" = 3 ] || fail "the export does not hold the header and 2 rows"
    # print: the preview of their dossiers, from which p prints
    tui_keys '\;' p
    tui_wait "Dossiers van 2 aangeduide records"
    tui_wait "Dossier: Netwerk 1"
    # L remakes the same dossiers in English, not the pane's list
    tui_keys L
    tui_wait "Dossiers of 2 marked records"
    tui_wait "Dossier: Network 1"
    tui_absent "List: Networks"
    # and the PDF w saves holds those dossiers too
    tui_keys w
    tui_wait "Save to file:"
    tui_keys C-u
    tui_type "$D/marked.pdf"
    tui_keys Enter
    tui_wait "Saved to "
    pdftotext "$D/marked.pdf" - | grep -q "Dossier: Network 2" ||
        fail "the marked dossiers' PDF does not hold the second dossier"
    tui_keys q q
    tui_exit
}

search_everything_en() {
    fresh search
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys 3 c
    tui_type "Met the Kraków delegation"
    tui_keys Enter
    tui_wait "The note is in the journal"
    tui_keys C-f
    tui_wait "Search everything:"
    tui_type "KRAKOW"
    tui_keys Enter
    tui_wait "Search everything: “KRAKOW”"
    tui_wait "^Networks (1)"
    tui_wait "note: Met the Kraków delegation"
    tui_keys Enter
    tui_wait "Network 1 · "
    tui_keys q q q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
    $ENVV "$IRDESK" search krakow --db "$DB" --lang en >"$D/out" || fail "irdesk search failed"
    grep -q "^Networks (1)" "$D/out" || fail "irdesk search does not group by kind"
}

search_everything_nl() {
    fresh searchnl
    tui_start 80 24 --db "$DB" --lang nl
    tui_wait "Saint-Raphaël"
    tui_keys C-f
    tui_type "kanazawa"
    tui_keys Enter
    tui_wait "Zoek overal: “kanazawa”"
    tui_wait "^Steden ("
    tui_wait "Stad 3 · Kanazawa (Actief)"
    tui_keys Enter
    tui_wait "Stad 3 · Kanazawa"
    tui_wait "Japan"
    tui_keys q C-f C-u
    tui_type "zzyzx"
    tui_keys Enter
    tui_wait "Niets bevat “zzyzx”"
    tui_keys q q
    tui_exit
}

# Esc and q at the top of a pane that shows a view close the view (as they
# clear a filter); only then does q quit.
a_view_closes_with_esc_or_q() {
    fresh viewclose
    tui_start 80 24 --db "$DB" --lang nl
    tui_wait "Saint-Raphaël"
    tui_keys v 3
    tui_wait "Weergave: Slapende partnerschappen — 3 records."
    tui_keys Escape
    tui_wait 'De weergave "Slapende partnerschappen" is gesloten'
    tui_wait "── 4/12 · gesorteerd"
    tui_keys v 3
    tui_wait "1/3 · weergave Slapende partnerschappen"
    tui_keys q
    tui_wait "── 4/12 · gesorteerd"
    [ -s "$D/exit.t" ] && fail "q quit the desk instead of closing the view"
    tui_keys q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}
