# Defects a new user met in an hour at the desk: each test here failed
# before its fix.

TESTS="${TESTS:-} pagers_scroll_and_page_from_the_first_press preview_search_starts_fresh \
messages_are_never_cut several_config_warnings_all_shown conflict_with_an_archiving_desk \
refused_status_keeps_the_note save_suggests_documents_and_names_the_full_path \
archiving_a_city_with_agreements_in_force_asks long_text_without_an_editor \
columns_tell_rows_apart columns_at_120_and_headers stiff_dutch_rewritten"

# The screen's row $1 (1 = the top bar).
row() { tui_screen | sed -n "$1p"; }

pagers_scroll_and_page_from_the_first_press() {
    fresh scroll
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys '?'
    tui_wait "irdesk — keys"
    [ "$(row 2)" = " irdesk — keys" ] || fail "help does not start at its title: $(row 2)"
    # j scrolls: the title leaves the screen (no highlight moving down)
    tui_keys j
    tui_gone "irdesk — keys"
    tui_keys k
    tui_wait "irdesk — keys"
    # the first PgDn shows the next page: none of the lines shown before
    tui_screen | sed -n '3,23p' | grep -v '^ *$' > "$D/page1"
    tui_keys PageDown
    tui_gone "irdesk — keys"
    if grep -qxF -- "$(row 2)" "$D/page1"; then
        fail "PgDn moved less than a page: $(row 2)"
    fi
    tui_keys q q
    tui_exit
}

preview_search_starts_fresh() {
    fresh fresh_find
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys r
    tui_wait "Portfolio report"
    tui_keys /
    tui_type "taizhou"
    tui_keys Enter
    tui_wait "Taizhou (China, 2018)"
    tui_keys /
    tui_wait "^/$"
    tui_type "agreements"
    tui_keys Enter
    tui_wait "2. Agreements"
    tui_absent "not found"
    # Up brings the term before back
    tui_keys / Up
    tui_wait "^/agreements$"
    tui_keys Escape q
    tui_keys q
    tui_exit
}

messages_are_never_cut() {
    fresh nocut
    mkdir -p "$D/config/irdesk"
    printf '%s\n' "print_command = echo 'lpr: The printer or class does not exist on this host, ask the service desk for help.' >&2; exit 1" \
        > "$D/config/irdesk/config"
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    # the date-format hint under a field
    tui_keys 2 e
    tui_wait "Edit: Agreement 1"
    form_goto 6 # Signed
    tui_keys C-u
    tui_type "13/2026"
    tui_keys Tab
    tui_wait_joined "⚠ Signed: \"13/2026\" is not a date; write YYYY-MM-DD, or YYYY-MM or YYYY when that is all that is known."
    tui_keys Escape y
    tui_wait "1/14"
    # the print error, whole
    tui_keys p
    tui_wait "Dossier: Agreement 1"
    tui_keys p
    tui_wait_joined "Printing failed (exit status 1): lpr: The printer or class does not exist on this host, ask the service desk for help."
    tui_keys q q
    tui_exit
}

several_config_warnings_all_shown() {
    fresh warnings
    mkdir -p "$D/config/irdesk"
    printf '%s\n' "colour = blue" "page_width = 7" "mouse = maybe" > "$D/config/irdesk/config"
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_wait_joined "config:1: unknown key \"colour\"; it is ignored."
    tui_wait_joined "config:2: page_width must be a whole number from 40 to 400; the default 80 is used."
    tui_wait_joined "config:3: mouse must be yes or no; it stays no."
    tui_keys j
    tui_gone "config:"
    tui_keys q
    tui_exit
}

conflict_with_an_archiving_desk() {
    fresh archconflict
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys j j e
    tui_wait "Edit: City 3"
    form_goto 10
    tui_type "From desk A"
    # another desk archives Kanazawa meanwhile
    sql "UPDATE city SET archived = 1, version = version + 1 WHERE id = 3"
    tui_keys C-s
    tui_wait "archived this record meanwhile"
    tui_absent "its values are under yours"
    tui_keys C-s
    tui_wait "archived this record meanwhile"
    [ "$(sql "SELECT coalesce(notes, '') FROM city WHERE id = 3")" != "From desk A" ] ||
        fail "the archived record was edited"
    [ "$(sql "SELECT archived FROM city WHERE id = 3")" = 1 ] || fail "the archive was undone"
    tui_keys Escape y
    tui_wait "Cities"
    tui_keys q
    tui_exit
}

refused_status_keeps_the_note() {
    fresh keepnote
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys 4 j j j j s
    tui_wait "Planned → new status"
    tui_keys Enter
    tui_wait "Planned → In progress. Note (optional"
    tui_type "Kick-off with the task force"
    # another desk moves it first
    $ENVV "$IRDESK" --db "$DB" status initiative 5 on_hold >/dev/null || fail "cli status"
    tui_keys Enter
    tui_wait "Your note is kept: s tries again."
    [ "$(sql "SELECT status FROM initiative WHERE id = 5")" = on_hold ] || fail "status overwritten"
    tui_keys s
    tui_wait "On hold → new status"
    tui_keys Enter
    tui_wait "off with the task force$"
    tui_keys Enter
    tui_wait "Status: On hold →"
    [ "$(sql "SELECT note FROM history WHERE kind = 'initiative' AND record_id = 5 AND action = 'status' ORDER BY id DESC LIMIT 1")" = "Kick-off with the task force" ] ||
        fail "the kept note was not saved"
    # refused again: q asks before the note is lost
    tui_keys s Enter
    tui_wait "Note (optional"
    tui_type "Second try"
    $ENVV "$IRDESK" --db "$DB" status initiative 5 on_hold >/dev/null || fail "cli status"
    tui_keys Enter
    tui_wait "Your note is kept"
    tui_keys q
    tui_wait "is not saved. Quit anyway? (y/n)"
    tui_keys n
    tui_gone "Quit anyway"
    still_running "q with a kept note"
    tui_keys q
    tui_wait "Quit anyway? (y/n)"
    tui_keys y
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}

save_suggests_documents_and_names_the_full_path() {
    fresh savepath
    mkdir -p "$D/Documents"
    full=$(cd "$D" && pwd -P)
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys p
    tui_wait "Dossier: City 1"
    tui_keys w
    tui_wait "Save to file: $D/Documents/irdesk-report.txt"
    tui_keys Enter
    tui_wait "Saved to $full/Documents/irdesk-report.txt."
    grep -q "Dossier: City 1" "$D/Documents/irdesk-report.txt" || fail "not saved there"
    # a relative name is confirmed by its full path
    tui_keys w C-u
    tui_type "rel.txt"
    tui_keys Enter
    tui_wait "Saved to /"
    tui_screen | tr -d '\n' | grep -q "Saved to /.*/rel.txt\." || fail "relative name not made full"
    tui_keys q q
    tui_exit
    # $XDG_DOCUMENTS_DIR comes first
    mkdir -p "$D/Docs"
    ENVV="$ENVV XDG_DOCUMENTS_DIR=$D/Docs"
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys p
    tui_wait "Dossier: City 1"
    tui_keys w
    tui_wait "Save to file: $D/Docs/irdesk-report.txt"
    tui_keys Escape q q
    tui_exit
    rm -f rel.txt "$OLDPWD/rel.txt" 2>/dev/null
}

archiving_a_city_with_agreements_in_force_asks() {
    fresh archwarn
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys j j d
    tui_wait "Warning: Kanazawa is named by 2 records still in force"
    tui_screen | tr -s ' \n' '  ' | grep -q "Agreement 3 (In force), Agreement 9 (In force). Archive it anyway? (y/n)" ||
        { tui_screen >&2; fail "the agreements in force are not named"; }
    tui_keys n
    tui_gone "Archive it anyway"
    [ "$(sql "SELECT archived FROM city WHERE id = 3")" = 0 ] || fail "archived on no"
    # a city without agreements in force: the plain question
    tui_keys g d
    tui_wait "Archive Saint-Raphaël? (y/n)"
    tui_keys n
    tui_keys q
    tui_exit
}

long_text_without_an_editor() {
    fresh noeditor
    ENVV="env -u VISUAL -u EDITOR ${ENVV#env }"
    enter_city_notes
    tui_wait "Edit: City 1 · Saint-Raphaël · Notes"
    tui_type "Regel één"
    tui_keys Enter
    tui_type "Regel twee"
    tui_keys Up C-e
    tui_type "!"
    tui_keys C-s
    tui_wait "Regel één! Regel twee"
    tui_keys C-s
    tui_wait "Saved."
    [ "$(sql "SELECT notes FROM city WHERE id = 1")" = "$(printf 'Regel één!\nRegel twee')" ] ||
        fail "notes: $(sql "SELECT notes FROM city WHERE id = 1")"
    # Esc after a change asks, and no leaves the text as it was
    tui_keys e
    tui_wait "Edit: City 1"
    form_goto 10
    tui_keys Enter
    tui_wait "· Notes"
    tui_type "x"
    tui_keys Escape
    tui_wait "Discard your changes? (y/n)"
    tui_keys y
    tui_wait "Edit: City 1 · Saint-Raphaël"
    tui_keys Escape
    tui_wait "1/12"
    [ "$(sql "SELECT notes FROM city WHERE id = 1")" = "$(printf 'Regel één!\nRegel twee')" ] ||
        fail "a discarded text was stored"
    tui_keys q
    tui_exit
}

# The title cells of rows 3-10 (the agreements' charters) at 80 columns.
columns_tell_rows_apart() {
    for lang in en nl; do
        fresh "apart_$lang"
        tui_start 80 24 --db "$DB" --lang "$lang"
        tui_wait "Saint-Raphaël"
        tui_keys 2
        tui_wait "1/14"
        n=$(tui_screen | sed -n '3,10p' | cut -c5-26 | sort -u | wc -l)
        [ "$n" = 8 ] || { tui_screen >&2; fail "$lang: charters look alike ($n distinct titles of 8)"; }
        tui_keys q
        tui_exit
    done
}

columns_at_120_and_headers() {
    fresh cols120
    tui_start 120 30 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    # a numeric header right-aligned over its numbers: "Since" ends where 1958 ends
    h=$(row 2 | sed 's/Since.*/Since/' | wc -L)
    v=$(row 3 | sed 's/1958.*/1958/' | wc -L)
    [ "$h" = "$v" ] || fail "Since ends at $h, 1958 at $v"
    # sorted by Since, the header keeps its word
    tui_keys o o o o
    tui_wait "Sorted by Since"
    row 2 | grep -q "Since↑" || fail "header: $(row 2)"
    tui_keys 2
    tui_wait "1/14"
    tui_wait "Cooperation agreement (MoU)"
    tui_keys 4
    tui_wait "1/40"
    row 2 | grep -q "^ *No\." || fail "initiatives: $(row 2)"
    row 2 | grep -q "#" && fail "the initiatives show their number twice: $(row 2)"
    tui_keys q
    tui_exit
    # the form's labels as wide as the detail's (Dutch, 80 columns)
    fresh formlabels
    tui_start 80 24 --db "$DB" --lang nl
    tui_wait "Saint-Raphaël"
    tui_keys e
    tui_wait "Bewerken: Stad 1"
    d=$(tui_screen | grep "Beslissing (beleidsnota, bijlage 3)" | sed 's/reeds.*//' | wc -L)
    tui_keys Escape
    tui_wait "1/12"
    tui_keys Enter
    tui_wait "Stad 1 · Saint-Raphaël"
    v=$(tui_screen | grep "Beslissing (beleidsnota, bijlage 3)" | sed 's/reeds.*//' | wc -L)
    [ -n "$d" ] && [ "$d" = "$v" ] || fail "form values at $d, detail values at $v"
    tui_keys q q
    tui_exit
}

stiff_dutch_rewritten() {
    fresh dutch
    tui_start 80 24 --db "$DB" --lang nl
    tui_wait "Saint-Raphaël"
    tui_keys 2 g s
    tui_wait "Een record met de status Stopgezet kan geen andere status meer krijgen."
    tui_keys q
    tui_exit
    $ENVV "$IRDESK" --db "$DB" --lang nl list 2>"$D/err" >/dev/null
    grep -q "heeft een KIND nodig" "$D/err" && fail "still: $(cat "$D/err")"
    grep -q "Geef bij 'list' ook de soort record op (KIND)." "$D/err" || fail "no rewritten usage: $(cat "$D/err")"
}
