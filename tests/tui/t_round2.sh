# The tester's second round at the desk (80x24, Dutch and English): each
# test here failed before its fix.

TESTS="${TESTS:-} coming_months_empty_reads_naturally decision_steps_keep_what_was_typed \
prompts_keep_refused_text save_through_a_symlink_asks \
hint_says_what_q_does form_errors_stay_with_their_field \
bar_names_the_calendar_on_every_pane pair_labels_are_told_apart"

# The calendar far from every date: what is coming says so plainly.
coming_months_empty_reads_naturally() {
    for lang in nl en; do
        fresh "coming-$lang"
        TUI_NOW=2090-01-01T10:00:00Z tui_fixed_clock
        tui_start 80 24 --db "$DB" --lang $lang
        tui_wait "Saint-Raphaël"
        tui_keys 0
        if [ $lang = nl ]; then
            tui_wait "Niets in deze periode."
            tui_absent "Op deze dagen valt niets"
        else
            tui_wait "Nothing in this period."
            tui_absent "Nothing falls on these days"
        fi
        tui_keys q q
        tui_exit
    done
}

# D: a required step left empty is asked again with everything kept; Esc
# after the first step asks before it throws the text away.
decision_steps_keep_what_was_typed() {
    for lang in nl en; do
        fresh "decide-$lang"
        tui_start 80 24 --db "$DB" --lang $lang
        tui_wait "Saint-Raphaël"
        if [ $lang = nl ]; then
            src="Bron (document en onderdeel):" when="Beslist op" discard="Uw wijzigingen niet bewaren?"
            need="Een beslissing heeft een bron nodig" done="Beslissing geregistreerd" yes=j
        else
            src="Source (document and section):" when="Decided on" discard="Discard your changes?"
            need="A decision needs its source" done="Decision recorded" yes=y
        fi
        tui_keys j D
        tui_wait "(Esc"
        tui_type "Vernieuwen van de samenwerking"
        tui_keys Enter
        tui_wait "$when"
        tui_type "2026-11-30"
        tui_keys Enter
        tui_type "gemeenteraad"
        tui_keys Enter
        tui_wait "$src"
        # Enter at the empty source: said, and the source asked again
        tui_keys Enter
        tui_wait "$need"
        tui_wait "^$src$"
        tui_type "notulen 2026-11-30, punt 4"
        tui_keys Enter
        tui_wait "$done"
        [ "$(sql "SELECT text_nl || '|' || decided || '|' || body || '|' || source FROM decision WHERE kind = 'city' AND record_id = 2 ORDER BY id DESC LIMIT 1")" = \
            "Vernieuwen van de samenwerking|2026-11-30|gemeenteraad|notulen 2026-11-30, punt 4" ] ||
            fail "decision not stored as typed: $(sql "SELECT * FROM decision WHERE record_id = 2 AND kind = 'city'")"
        # Esc at the empty date, the text typed: asked; no keeps it all
        tui_keys D
        tui_wait "(Esc"
        tui_type "Tweede beslissing"
        tui_keys Enter
        tui_wait "$when"
        tui_keys Escape
        tui_wait "$discard"
        tui_keys n
        tui_wait "^$when"
        tui_type "2026"
        tui_keys Enter Escape
        tui_wait "$discard"
        tui_keys $yes
        tui_gone "$discard"
        tui_absent "$when"
        [ "$(sql "SELECT count(*) FROM decision WHERE text_nl = 'Tweede beslissing'")" = 0 ] ||
            fail "a discarded decision was stored"
        tui_keys q
        tui_exit
    done
}

# l, + and V: a refused answer is asked again with its text kept.
prompts_keep_refused_text() {
    fresh keeptext
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys Enter
    tui_wait "City 1 · Saint-Raphaël"
    tui_keys l
    tui_wait "Link to (kind, number, type):"
    tui_type "netwrk 2"
    tui_keys Enter
    tui_wait "Name the record as a kind and a number"
    tui_wait "^Link to (kind, number, type): netwrk 2$"
    tui_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
    tui_type "network 2"
    tui_keys Enter
    tui_wait "Linked: City 1, Network 2."
    tui_keys '+'
    tui_wait "File to attach:"
    tui_type "$D/no-such-file.pdf"
    tui_keys Enter
    tui_wait "^File to attach: $D/no-such-file.pdf$"
    tui_keys Escape
    tui_gone "File to attach"
    tui_keys q
    tui_wait "1/12"
    # a saved view's name declined for replacing: asked again, kept
    tui_keys V
    tui_type "mine"
    tui_keys Enter
    tui_wait 'Saved as the view "mine"'
    tui_keys V
    tui_type "mine"
    tui_keys Enter
    tui_wait 'A view "mine" exists'
    tui_keys n
    tui_wait "Nothing was saved: give another name"
    tui_wait "^Save the list as the view named: mine$"
    tui_keys Escape q q
    tui_exit
}

# w to a symlink in a preview: asked whether to write through it; no asks
# for the name again with the name typed kept.
save_through_a_symlink_asks() {
    for lang in en nl; do
        fresh "symlink-$lang"
        : > "$D/real.txt"
        ln -s "$D/real.txt" "$D/link.txt"
        tui_start 80 24 --db "$DB" --lang $lang
        tui_wait "Saint-Raphaël"
        tui_keys p
        tui_wait "Saint-Raphaël"
        tui_keys w C-u
        tui_type "$D/link.txt"
        tui_keys Enter
        if [ $lang = nl ]; then
            tui_wait_joined "$D/link.txt is een symbolische koppeling naar"
            tui_keys n
            tui_wait_joined "Er is niets bewaard: geef een andere naam, of Esc om het te laten."
            tui_wait "^Bewaren in bestand: $D/link.txt$"
            tui_keys Enter j
            tui_wait_joined "bestaat al. Overschrijven?"
            tui_keys j
            tui_wait "Bewaard in"
        else
            tui_wait_joined "$D/link.txt is a symbolic link to"
            tui_absent "follow-symlinks"
            tui_keys n
            tui_wait_joined "Nothing was saved: give another name, or Esc to leave it."
            tui_wait "^Save to file: $D/link.txt$"
            tui_keys Enter y
            tui_wait_joined "exists. Overwrite it?"
            tui_keys y
            tui_wait "Saved to"
        fi
        [ -L "$D/link.txt" ] || fail "the link was replaced by a file"
        grep -q "Saint-Rapha" "$D/real.txt" || fail "not written through the link"
        tui_keys q q
        tui_exit
    done
}

# The hint line tells what q does: in a filtered list it clears the
# filter (it does not quit), in a view it closes the view.
hint_says_what_q_does() {
    for lang in nl en; do
        fresh "qhint-$lang"
        tui_start 80 24 --db "$DB" --lang $lang
        tui_wait "Saint-Raphaël"
        if [ $lang = nl ]; then quit="q:stop" clear="q:filter wissen" close="q:weergave sluiten"
        else quit="q:quit" clear="q:clear filter" close="q:close view"; fi
        tui_wait "$quit\$"
        tui_keys /
        tui_type "gd"
        tui_keys Enter j
        tui_wait "$clear\$"
        tui_absent "$quit"
        [ "$(tui_screen | tail -1 | wc -L)" -le 80 ] || fail "hint line wider than 80"
        tui_keys q
        tui_wait "$quit\$"
        # a status filter (f) is cleared by q as well
        tui_keys f j Enter
        tui_wait "$clear\$"
        tui_keys q
        tui_wait "$quit\$"
        # an open view: q closes it
        tui_keys V
        tui_type "v$lang"
        tui_keys Enter
        tui_keys j # the message said goes with a key
        tui_wait "$close\$"
        tui_keys q j
        tui_wait "$quit\$"
        tui_keys q
        tui_exit
        [ "$EXIT" = 0 ] || fail "exit status $EXIT"
    done
}

# A new city with two bad fields: each field's error under that field
# only; a number too large is out of range, as 12345 is.
form_errors_stay_with_their_field() {
    for lang in nl en; do
        fresh "formerr-$lang"
        tui_start 80 24 --db "$DB" --lang $lang
        tui_wait "Saint-Raphaël"
        if [ $lang = nl ]; then rel="Relatie is verplicht." since="Sinds" range="valt buiten het bereik"
        else rel="Relation is required." since="Since" range="is out of range"; fi
        tui_keys a
        tui_type "Testdorp"
        tui_keys Tab
        tui_type "Testdorp"
        tui_keys Tab Tab Tab Tab Tab
        tui_type "32-13-2020"
        tui_keys C-s
        tui_wait "^ *⚠ $rel\$"
        tui_wait "^ *⚠ $since: \"32-13-2020\""
        tui_absent "⚠ $rel $since"
        # the cursor is on the first bad field (Relation); Since is next
        tui_keys Tab C-u
        tui_type "99999999999999999999"
        tui_keys C-s
        tui_wait_joined "⚠ $since: 99999999999999999999 $range (1000"
        tui_keys Escape y
        tui_wait "1/12"
        tui_keys q
        tui_exit
    done
}

# At 80 columns the pane bar names the calendar on every pane ("0 Kal"),
# not a bare 0.
bar_names_the_calendar_on_every_pane() {
    for lang in nl en; do
        fresh "bar-$lang"
        tui_start 80 24 --db "$DB" --lang $lang
        tui_wait "Saint-Raphaël"
        if [ $lang = nl ]; then cal="0 Kal"; else cal="0 Cal"; fi
        for p in 1 2 3 4 5 6 7 8 9; do
            tui_keys $p
            tui_stable
            sed -n 1p "$D/stable.screen" | grep -q "$cal\$" ||
                fail "pane $p ($lang): $(sed -n 1p "$D/stable.screen")"
        done
        tui_keys q
        tui_exit
    done
}

# Dutch and English fields of a pair stay told apart at 80 columns: labels
# wrap in the detail view and the form instead of being cut.
pair_labels_are_told_apart() {
    for lang in nl en; do
        fresh "pairs-$lang"
        tui_start 80 24 --db "$DB" --lang $lang
        tui_wait "Saint-Raphaël"
        if [ $lang = nl ]; then a="^ toelichting (Nederlands)" b="^ toelichting (Engels)"
        else a="^ (English)" b="^ (Dutch)"; fi
        tui_keys 9 Enter Space
        tui_wait "$a"
        tui_wait "$b"
        tui_absent "…  "
        tui_keys q e
        tui_wait "$a"
        tui_wait "$b"
        tui_keys Escape
        tui_gone "$a"
        tui_keys q
        tui_exit
    done
}
