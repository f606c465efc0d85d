# Keys that must not hurt: only q quits; Esc and Backspace go back and
# never quit; Ctrl-C asks; the form's Enter never changes a choice.

TESTS="${TESTS:-} esc_and_backspace_never_quit ctrl_c_asks_before_it_quits form_keys_move_and_choose \
form_ctrl_c_and_esc_ask_before_discarding"

# Fail when irdesk has ended (its exit status was written).
still_running() {
    [ -s "$D/exit.${S:-t}" ] && fail "irdesk ended: $1 (exit $(cat "$D/exit.${S:-t}"))"
}

esc_and_backspace_never_quit() {
    fresh escback
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys Escape
    tui_wait "This is the top of the desk: q quits."
    tui_keys BSpace
    tui_keys 2
    tui_wait "Twinning charter"
    still_running "Esc or Backspace at the top"
    # an error on the screen: Esc dismisses it and stays where it is
    # (agreement 1 is terminated: a status without a way on)
    tui_keys 2 g s
    tui_wait "No status change is allowed from Terminated"
    tui_keys Escape
    tui_gone "No status change is allowed"
    tui_wait "1/14"
    # Esc in a detail goes back to the list, and again stays
    tui_keys Enter
    tui_wait "Agreement 1 · "
    tui_keys Escape
    tui_wait "1/14"
    tui_keys Escape Escape BSpace
    tui_wait "This is the top of the desk"
    still_running "Esc after a detail"
    # Esc with a filter clears the filter
    tui_keys /
    tui_type "kanaz"
    tui_keys Enter
    tui_wait "filter “kanaz”"
    tui_keys Escape
    tui_gone "filter “kanaz”"
    tui_wait "1/14"
    tui_keys q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}

ctrl_c_asks_before_it_quits() {
    fresh ctrlc
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys C-c
    tui_wait "Quit irdesk? (y/n)"
    tui_keys n
    tui_gone "Quit irdesk?"
    tui_keys 2
    tui_wait "Twinning charter"
    still_running "Ctrl-C answered no"
    # in the filter prompt Ctrl-C cancels the line, nothing more
    tui_keys /
    tui_type "gdan"
    tui_wait "1/1 · filter"
    tui_keys C-c
    tui_wait "1/14"
    still_running "Ctrl-C in a prompt"
    tui_keys C-c
    tui_wait "Quit irdesk? (y/n)"
    tui_keys y
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}

# The agreement form: Title, City, Type, ... (City and Type are choices).
form_keys_move_and_choose() {
    fresh formkeys
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys 2 e
    tui_wait "Edit: Agreement 1"
    # Enter on the title and its English one, then Enter on the City choice: on to Type, the
    # city unchanged; Down to Signed for Ghent by, Up back to Type
    tui_keys Enter Enter Enter
    tui_wait "‹ Twinning charter ›"
    tui_keys Down
    tui_gone "‹ Twinning charter ›"
    tui_keys Up
    tui_wait "‹ Twinning charter ›"
    # Space and Right change the choice, Left brings it back
    tui_keys Space
    tui_gone "‹ Twinning charter ›"
    tui_keys Left
    tui_wait "‹ Twinning charter ›"
    tui_keys Right
    tui_gone "‹ Twinning charter ›"
    tui_keys Left
    tui_wait "‹ Twinning charter ›"
    # Shift-Tab back to the city, Enter goes on without changing it
    tui_keys BTab
    tui_wait "‹ Saint-Raphaël ›"
    tui_keys Enter
    tui_wait "‹ Twinning charter ›"
    tui_keys C-s
    tui_wait "1/14"
    [ "$(sql "SELECT city_id || '|' || type FROM agreement WHERE id = 1")" = "1|twinning" ] ||
        fail "the form changed a choice: $(sql "SELECT city_id, type FROM agreement WHERE id = 1")"
    [ "$(sql "SELECT count(*) FROM history WHERE kind = 'agreement' AND record_id = 1 AND action = 'edit'")" = 0 ] ||
        fail "an unchanged form wrote history"
    tui_keys q
    tui_exit
}

form_ctrl_c_and_esc_ask_before_discarding() {
    fresh formcc
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys e
    tui_wait "Edit: City 1"
    tui_type " (Var)"
    tui_keys C-c
    tui_wait "Discard your changes? (y/n)"
    tui_keys n
    tui_gone "Discard your changes?"
    tui_wait "Saint-Raphaël (Var)"
    still_running "Ctrl-C in the form"
    tui_keys Escape
    tui_wait "Discard your changes? (y/n)"
    tui_keys n
    tui_gone "Discard your changes?"
    tui_keys C-s
    tui_wait "Saved."
    [ "$(sql "SELECT name_nl FROM city WHERE id = 1")" = "Saint-Raphaël (Var)" ] || fail "the typed name was lost"
    # without a change, Ctrl-C leaves the form at once
    tui_keys e
    tui_wait "Edit: City 1"
    tui_keys C-c
    tui_wait "1/12"
    tui_absent "Discard"
    tui_keys q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}
