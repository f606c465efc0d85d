# The desk: panes, filter, detail, links, history, language, resize.

TESTS="${TESTS:-} panes filter_liege open_and_follow_link language_switch resize_small_and_back help_from_key_table wide_alignment"

panes() {
    fresh panes
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys 2
    tui_wait "Twinning charter"
    tui_keys 3
    tui_wait "Eurocities"
    tui_keys 4
    tui_wait "Deepen and broaden"
    tui_keys 5
    tui_wait "European Mobility Week"
    tui_keys 6
    tui_wait "Visit of EU Commissioner Bulc"
    tui_keys 7
    tui_wait "€ 3.500.000"
    tui_keys 8
    tui_wait "Mathias De Clercq"
    tui_keys 9
    tui_wait "Nottingham"
    tui_keys Tab
    tui_wait "Saint-Raphaël"
    tui_keys BTab
    tui_wait "Nottingham"
    # Belgian AZERTY: the unshifted digit keys
    tui_keys '&'
    tui_wait "Saint-Raphaël"
    tui_type 'é'
    tui_wait "Twinning charter"
    tui_keys '"'
    tui_wait "Eurocities"
    tui_keys "'"
    tui_wait "Deepen and broaden"
    # ten tabs (the kinds' and the calendar's) do not fit 80 columns with
    # their names: the current one in full (its count on the list's line),
    # the others by number and short name, the calendar named too
    tui_screen | head -1 | grep -q "1 Cit. 2 Agr. 3 Net. 4 Initiatives 5 Stat. 6 Vis. 7 Proj. 8 Cont. 9 Asst. 0 Cal$" ||
        fail "top bar tabs"
    tui_keys '('
    tui_wait "European Mobility Week"
    tui_type '§'
    tui_wait "Visit of EU Commissioner Bulc"
    tui_type 'è'
    tui_wait "€ 4.800.000"
    tui_keys '!'
    tui_wait "Daniël Termont"
    tui_type 'ç'
    tui_wait "Nottingham"
    tui_keys q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}

filter_liege() {
    fresh filter
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys /
    tui_type liege
    tui_wait "1/1 · filter"
    tui_screen | sed -n 3p | grep -q "Liège" || fail "Liège not on the first row"
    tui_absent "Wiesbaden"
    tui_keys Enter
    tui_wait "1 record matches"
    tui_keys Escape
    tui_wait "Wiesbaden"
    # accents and case, and the separator of "saint-raphael"
    tui_keys /
    tui_type "SAINT raph"
    tui_wait "1/1 · filter"
    tui_screen | sed -n 3p | grep -q "Saint-Raphaël" || fail "saint raph"
    tui_keys Escape
    tui_keys q
    tui_exit
}

open_and_follow_link() {
    fresh link
    tui_start 80 30 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys 2 G
    tui_wait "14/14"
    tui_keys Enter
    tui_wait "Agreement 14 · Letter of intent"
    tui_wait "Memorandum of Understanding"
    tui_wait "Het doel van deze Intentieverklaring"
    # move to the linked city (its only link, below the fields, off the first
    # screen) and follow it: the detail's lines are those of `irdesk show`
    n=$($ENVV "$IRDESK" --db "$DB" --lang en show agreement 14 | grep -n "City 12 ·" | cut -d: -f1)
    [ -n "$n" ] || fail "no link to Taizhou"
    j=1
    while [ "$j" -lt "${n:-1}" ]; do tui_keys j; j=$((j + 1)); done
    tui_wait "→ City 12"
    tui_keys Enter
    tui_wait "City 12 · Taizhou"
    tui_keys q
    # back where it was: at the link, below the fields
    tui_wait "→ City 12 · Taizhou (Active)"
    tui_keys BSpace
    tui_wait "14/14"
    tui_keys q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}

language_switch() {
    fresh lang
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Cities (12)"
    tui_keys L
    tui_wait "1 Steden"
    tui_wait "Zusterstad"
    tui_wait "Taal: Nederlands"
    tui_absent "Sister city"
    tui_keys Enter
    tui_wait "Stad 1 · Saint-Raphaël"
    tui_wait "Bron"
    tui_wait "Naam (Nederlands)"
    tui_wait "Beslissing (Engels)"
    tui_keys L
    tui_wait "City 1 · Saint-Raphaël"
    tui_wait "Source"
    tui_wait "Name (English)"
    tui_wait "Decision (English)"
    tui_keys q q
    tui_exit
}

resize_small_and_back() {
    fresh resize
    tui_start 100 30 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    $T resize-window -t t -x 80 -y 24
    tui_wait "Saint-Raphaël"
    $T resize-window -t t -x 40 -y 10
    tui_wait "too small"
    $T resize-window -t t -x 80 -y 24
    tui_wait "Cities (12)"
    tui_absent "too small"
    tui_keys q
    tui_exit
}

help_from_key_table() {
    fresh help
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Cities (12)"
    tui_keys '?'
    tui_wait "irdesk — keys"
    tui_wait "Next pane"
    tui_screen | grep -q "1 &  *Cities pane" || fail "pane key with AZERTY & not listed"
    tui_screen | grep -q "2 é  *Agreements pane" || fail "AZERTY é not listed"
    # the form's, the line editor's and the menu's keys from their tables
    tui_keys G
    tui_wait "In a menu"
    tui_screen | grep -q "Ctrl-U  *Delete up to the cursor" || fail "line editor keys not listed"
    tui_screen | grep -q "1 2 3 4 5 6 7 8 9  *Take item number n" || fail "menu keys not listed"
    tui_keys q q
    tui_exit
}

wide_alignment() {
    fresh wide
    sql "UPDATE city SET name_en = '金沢市' WHERE id = 3"
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "金沢市"
    # "Japan" and "Belgium" start in the same display column as the header's Country
    h=$(tui_screen | sed -n 2p | sed 's/Country.*//' | wc -L)
    k=$(tui_screen | grep "金沢市" | sed 's/Japan.*//' | wc -L)
    l=$(tui_screen | grep "Liège" | head -1 | sed 's/Belgium.*//' | wc -L)
    [ "$h" = "$k" ] && [ "$k" = "$l" ] || fail "columns differ: header $h, 金沢市 row $k, Liège row $l"
    tui_keys q
    tui_exit
}
