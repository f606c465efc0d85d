# Your own keys and colours: the keys file, colours by role, NO_COLOR and a
# monochrome terminal, the line editor's keys and history, the mouse.

TESTS="${TESTS:-} keys_file_binds_and_reports_bad_lines colours_by_role_and_no_color \
line_editor_kill_yank_and_history mouse_off_by_default_and_on_when_asked \
bulk_messages_name_the_keys_as_bound help_fits_80_columns_in_both_languages"

keys_file() {
    mkdir -p "$D/config/irdesk"
    printf '%s\n' "$@" > "$D/config/irdesk/keys"
}

keys_file_binds_and_reports_bad_lines() {
    fresh keysfile
    keys_file "# my keys" \
        "bind desk x quit" \
        "unbind desk q" \
        "bind desk F2 pane 2   # agreements" \
        "bind desk zz quit" \
        "bind desk y frobnicate" \
        "bind galaxy j down" \
        "bind form Ctrl-T form-save" \
        "bind desk w form-save" \
        "bind lineedit Ctrl-T edit-home"
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_wait_joined "keys:5: unknown key \"zz\"; the line is ignored."
    tui_wait_joined "keys:6: \"frobnicate\" is not a command of desk; the line is ignored."
    tui_wait_joined "keys:7: unknown context \"galaxy\""
    tui_wait_joined "keys:9: \"form-save\" is not a command of desk; the line is ignored."
    # the hint line shows the live binding
    tui_keys j
    tui_wait "x:quit$"
    # q does nothing now; F2 opens the agreements
    tui_keys q
    tui_wait "The key q does nothing here"
    tui_keys F2
    tui_wait "1/14"
    # the help screen lists x for quit, and q no more
    tui_keys '?'
    tui_wait "irdesk — keys"
    tui_screen | grep -q "^ x  *Back; quit at the top level" || fail "help lacks x"
    tui_screen | grep -q "^ q  " && fail "help still lists q"
    tui_screen | grep -q "^ 2 é F2  *Agreements pane" || fail "help lacks F2"
    tui_keys x
    tui_wait "1/14"
    # the form's own binding: Ctrl-T saves
    tui_keys e
    tui_wait "Edit: Agreement 1"
    tui_keys C-t
    tui_wait "1/14"
    tui_absent "Edit: Agreement 1"
    tui_keys x
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}

# The Status cell of the first row, with its escape sequences (capture -e).
colours_by_role_and_no_color() {
    fresh colours
    mkdir -p "$D/config/irdesk"
    printf '%s\n' "color.status.active = green" "color.status.ended = red on default bold" \
        "color.bar = white on magenta" "color.nonsense = green" "color.status.ended = purple" \
        > "$D/config/irdesk/config"
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_wait_joined "config:4: \"color.nonsense\" is not a part of the screen nor a status"
    tui_wait_joined "config:5: \"purple\" is not a colour"
    tui_keys j
    tui_gone "config:"
    $T capture-pane -e -p -t t > "$D/colour.screen"
    grep "Kanazawa" "$D/colour.screen" | grep -q "$(printf '\033\\[32m')Active" ||
        fail "Active is not green: $(grep Kanazawa "$D/colour.screen" | od -c | tail -3)"
    grep "Saint-Raphaël  " "$D/colour.screen" | grep -q "$(printf '\033\\[1m\033\\[31m')Ended\|$(printf '\033\\[31m\033\\[1m')Ended\|$(printf '\033\\[1;31m')Ended" ||
        fail "Ended is not bold red"
    head -1 "$D/colour.screen" | grep -q "$(printf '\033\\[37;45m')\|$(printf '\033\\[45m')" ||
        fail "the bar is not on magenta"
    tui_keys q
    tui_exit
    # NO_COLOR: no colour at all, whatever the configuration says
    ENVV="$ENVV NO_COLOR=1"
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys j
    tui_gone "config:"
    $T capture-pane -e -p -t t > "$D/mono.screen"
    grep -q "$(printf '\033')\\[[0-9;]*[34][0-7][;m]" "$D/mono.screen" && fail "colours under NO_COLOR"
    tui_keys q
    tui_exit
    # a monochrome terminal: no colour, the bar in reverse video
    fresh mono
    ENVV="$ENVV TERM=vt100"
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    $T capture-pane -e -p -t t > "$D/vt100.screen"
    grep -q "$(printf '\033')\\[[0-9;]*[34][0-7][;m]" "$D/vt100.screen" && fail "colours on a vt100"
    head -1 "$D/vt100.screen" | grep -q "$(printf '\033')\\[[0-9;]*7m" || fail "the bar is not in reverse"
    tui_keys q
    tui_exit
}

line_editor_kill_yank_and_history() {
    fresh lineedit
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys /
    tui_type "saint raph"
    tui_wait "1/1 · filter"
    # Ctrl-W the last word, Ctrl-Y it back; Ctrl-A, Ctrl-K the lot
    tui_keys C-w
    tui_wait "^/saint$"
    tui_keys C-y
    tui_wait "^/saint raph$"
    tui_keys C-a C-k
    tui_wait "^/$"
    tui_keys C-y C-e
    tui_wait "^/saint raph$"
    tui_keys C-a C-d C-u
    tui_wait "^/aint raph$"
    tui_keys C-u C-k
    tui_wait "^/$"
    tui_type "liege"
    tui_keys Enter
    tui_wait "1 record matches"
    tui_keys Escape
    tui_wait "1/12"
    # Up brings back what was taken at this prompt; Down the line typed
    tui_keys /
    tui_type "kana"
    tui_keys Up
    tui_wait "^/liege$"
    tui_keys Down
    tui_wait "^/kana$"
    tui_keys Escape q
    tui_exit
}

# An xterm mouse report (SGR, as xterm-256color's terminfo has it): the
# button code, column and row from 1, M pressed or m released.
mouse() { tui_type "$(printf '\033[<%d;%d;%d%s' "$1" "$2" "$3" "$4")"; }

# 1 when irdesk asked the terminal for mouse reports.
mouse_asked() { $T display-message -p -t t '#{mouse_any_flag}'; }

mouse_off_by_default_and_on_when_asked() {
    fresh mouse
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    [ "$(mouse_asked)" = 0 ] || fail "the mouse is taken without mouse = yes"
    tui_keys q
    tui_exit
    mkdir -p "$D/config/irdesk"
    echo "mouse = yes" > "$D/config/irdesk/config"
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    [ "$(mouse_asked)" = 1 ] || fail "mouse = yes does not take the mouse"
    # a click on the third row selects it
    mouse 0 10 5 M
    mouse 0 10 5 m
    tui_wait "3/12"
    tui_wait "City 3 · Kanazawa"
    mouse 65 10 5 M # the wheel down: three rows on
    tui_wait "6/12"
    mouse 64 10 5 M # and up
    tui_wait "3/12"
    tui_keys q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}

# The messages of ; name the keys as the keys file binds them, not the defaults.
bulk_messages_name_the_keys_as_bound() {
    fresh bulkkeys
    keys_file "unbind desk t" "bind desk m mark" "unbind desk T" "bind desk M mark-all" \
        "unbind desk s" "bind desk S status" "unbind desk ;" "bind desk , bulk" \
        "unbind desk q" "bind desk x quit"
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys ,
    tui_wait "No record is marked in this pane: m marks one, M all the list shows."
    tui_keys m ,
    tui_wait "1 marked: S status, d archive, w export, p print, c note, Esc"
    tui_keys x
    tui_wait ", acts with S (status), d (archive), w (export), p (print) or c (note)."
    # and so does the search of everything, with its key to go back
    tui_keys C-f
    tui_wait "Search everything:"
    tui_type "melle"
    tui_keys Enter
    tui_wait "Enter opens the record at the cursor; x goes back."
    tui_keys x
    # the ? screen too
    tui_keys '?'
    tui_wait "irdesk — keys"
    tui_keys /
    tui_type "Apply the next"
    tui_keys Enter
    tui_wait "Apply the next key (S, d, w, p, c) to the"
    tui_keys x x
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}

# The ? screen at 80 columns: no line cut (…), to its last, in both languages.
help_fits_80_columns_in_both_languages() {
    fresh helpfits
    for lang in en nl; do
        tui_start 80 24 --db "$DB" --lang $lang
        tui_wait "^1 "
        tui_keys '?'
        tui_keys G
        [ $lang = en ] && tui_wait "text)." || tui_wait "behouden)."
        i=0
        while [ $i -lt 12 ]; do
            if tui_screen | grep -q "…"; then
                tui_screen >&2
                fail "$lang: the help cuts a line"
                break
            fi
            tui_keys PPage
            i=$((i + 1))
        done
        tui_keys q q
        tui_exit
    done
}
