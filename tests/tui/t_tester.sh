# Defects a tester reported after trying the desk: each test here failed
# before its fix.

TESTS="${TESTS:-} invalid_bytes_lose_nothing_else prompts_ask_before_dropping_typed_text \
esc_and_q_clear_a_status_filter contacts_have_no_status_workflow \
decision_date_refused_at_its_prompt view_names_are_not_taken_twice \
a_shortened_form_label_is_shown_whole"

invalid_bytes_lose_nothing_else() {
    fresh badbytes
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    # in a form field: the bad sequence goes, what follows stays
    tui_keys 6 a
    tui_wait "New: Visit"
    tui_keys Tab
    tui_keys -H 61 62 c3 28 63 64
    tui_type "XYZ"
    tui_wait "ab(cdXYZ"
    tui_wait "Left out bytes that are not valid text"
    tui_keys -H ff
    tui_type "Q"
    tui_wait "ab(cdXYZQ"
    tui_keys Escape y
    tui_gone "New: Visit"
    # in the / filter
    tui_keys /
    tui_keys -H ff
    tui_type "Gen"
    tui_wait "^/Gen$"
    tui_wait "Left out bytes that are not valid text"
    tui_keys Escape q
    tui_exit
}

prompts_ask_before_dropping_typed_text() {
    fresh promptask
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys s 1
    tui_wait "Note (optional; Esc cancels):$"
    tui_type "Note A"
    # Ctrl-C asks; n goes back to the text as it was
    tui_keys C-c
    tui_wait "Discard your changes? (y/n)"
    tui_keys n
    tui_wait "Note (optional; Esc cancels): Note A$"
    # Esc asks too; y closes the prompt, nothing is moved
    tui_keys Escape
    tui_wait "Discard your changes? (y/n)"
    tui_keys y
    tui_wait "s:change"
    [ "$(sql "SELECT count(*) FROM history WHERE note = 'Note A'")" = 0 ] || fail "the note was stored"
    # an empty prompt closes at once
    tui_keys s 1
    tui_wait "Note (optional; Esc cancels):$"
    tui_keys Escape
    tui_wait "s:change"
    tui_absent "Discard your changes"
    tui_keys q
    tui_exit
}

esc_and_q_clear_a_status_filter() {
    fresh statusfilter
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys f 3
    tui_wait "· Status Dormant ·"
    tui_keys Escape
    tui_gone "· Status Dormant ·"
    tui_wait "Saint-Raphaël"
    # q at the top clears the filter before it quits
    tui_keys f 3
    tui_wait "· Status Dormant ·"
    tui_keys q
    tui_gone "· Status Dormant ·"
    [ -s "$D/exit.t" ] && fail "q quit with a status filter set"
    tui_keys q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}

contacts_have_no_status_workflow() {
    fresh contactstatus
    tui_start 80 24 --db "$DB" --lang nl
    tui_wait "Saint-Raphaël"
    # the narrow pane bar names the calendar too
    tui_wait "9 Beo. 0 Kal$"
    tui_keys 8
    tui_wait "8 Contacten"
    tui_keys s
    tui_wait_joined "Contacten hebben geen statusverloop: er is geen status om te wijzigen."
    tui_absent "Geregistreerd kan geen andere status"
    tui_keys q q
    tui_exit
}

decision_date_refused_at_its_prompt() {
    fresh decidedate
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    before=$(sql "SELECT count(*) FROM decision")
    tui_keys 2 D
    tui_wait "Decision, as the document words it"
    tui_type "Evaluate the MoU"
    tui_keys Enter
    tui_wait "Decided on (YYYY, YYYY-MM or YYYY-MM-DD):$"
    tui_type "2026-02-30"
    tui_keys Enter
    # refused at once, the text kept to be corrected
    tui_wait_joined "Decided on: \"2026-02-30\" is not a date"
    tui_wait "Decided on (YYYY, YYYY-MM or YYYY-MM-DD): 2026-02-30$"
    tui_keys C-u
    tui_type "2099-01-01"
    tui_keys Enter
    tui_wait_joined "2099-01-01 is after today"
    tui_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
    tui_type "2025-06-10"
    tui_keys Enter
    tui_wait "Decided by (body or document, may be empty):"
    tui_keys Enter
    tui_wait "Source (document and section):"
    tui_type "College 2025"
    tui_keys Enter
    tui_wait "Decision recorded"
    [ "$(sql "SELECT count(*) FROM decision")" = $((before + 1)) ] || fail "no decision stored"
    [ "$(sql "SELECT decided FROM decision ORDER BY id DESC LIMIT 1")" = 2025-06-10 ] ||
        fail "the decision's date is not 2025-06-10"
    tui_keys q
    tui_exit
}

view_names_are_not_taken_twice() {
    fresh viewnames
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    before=$(sql "SELECT count(*) FROM view")
    # a shipped view's Dutch label, from another pane
    tui_keys 6 V
    tui_wait "Save the list as the view named:"
    tui_type "Akkoorden te evalueren"
    tui_keys Enter
    tui_wait_joined "\"Akkoorden te evalueren\" is the name of a view that comes with irdesk"
    # asked again with the name kept; Esc leaves it
    tui_wait "^Save the list as the view named: Akkoorden te evalueren$"
    tui_keys Escape
    tui_gone "Save the list as"
    tui_keys V
    tui_type "Mine"
    tui_keys Enter
    tui_wait "Saved as the view \"Mine\""
    # one's own: asked first
    tui_keys V
    tui_type "mine"
    tui_keys Enter
    tui_wait "A view \"mine\" exists; replace it, for every desk? (y/n)"
    tui_keys n
    tui_wait "Nothing was saved: give another name"
    tui_wait "^Save the list as the view named: mine$"
    tui_keys Escape
    tui_gone "Save the list as"
    # the same name on another kind's pane: refused
    tui_keys 1 V
    tui_type "Mine"
    tui_keys Enter
    tui_wait_joined "\"Mine\" is the name of a view of Visits already"
    [ "$(sql "SELECT count(*) FROM view")" = $((before + 1)) ] || fail "views were added or doubled"
    tui_keys Escape
    tui_gone "Save the list as"
    tui_keys q
    tui_exit
}

a_shortened_form_label_is_shown_whole() {
    fresh formlabel
    tui_start 80 24 --db "$DB" --lang nl
    tui_wait "Saint-Raphaël"
    tui_keys 6 a
    tui_wait "^ Nieuw: Bezoek$"
    # wrapped in its column, never cut
    tui_wait "^ (Engels)"
    tui_absent "(Enge…"
    i=0
    while ! tui_screen | grep -q "^ Nieuw: Bezoek — Bezoekende of bezochte partij (Engels)$"; do
        i=$((i + 1))
        [ "$i" -gt 12 ] && { fail "the whole label never showed"; break; }
        tui_keys Down
        sleep 0.1
    done
    # on the next field the title is the form's again
    tui_keys Down
    tui_wait "^ Nieuw: Bezoek$"
    tui_keys Escape
    tui_gone "Nieuw: Bezoek"
    tui_keys q
    tui_exit
}
