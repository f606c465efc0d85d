# The preview of printed summaries in the desk: p, P and r, search, print
# through print_command, save to a file without overwriting unasked.

TESTS="${TESTS:-} preview_print_and_save print_command_failure_is_reported"

with_config() {
    mkdir -p "$D/config/irdesk"
    printf '%s\n' "$@" > "$D/config/irdesk/config"
}

preview_print_and_save() {
    fresh preview
    with_config "print_command = cat > $D/printed.txt" "print_charset = ISO-8859-1"
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys r
    tui_wait "Portfolio report  *page 1 of"
    tui_wait "Preview. p prints"
    tui_keys /
    tui_type "taizhou"
    tui_keys Enter
    tui_wait "Taizhou (China, 2018)"
    tui_keys n
    tui_keys p
    tui_wait "The printer accepted [0-9]* pages"
    grep -q "Portfolio report" "$D/printed.txt" || fail "nothing printed"
    # ISO-8859-1: Liège is one byte per letter there
    grep -q "$(printf 'Li\350ge')" "$D/printed.txt" || fail "not converted to ISO-8859-1"
    [ "$(tr -cd '\f' < "$D/printed.txt" | wc -c)" -ge 1 ] || fail "no form feed between pages"
    tui_keys w
    tui_wait "Save to file:"
    tui_keys C-u
    tui_type "$D/report.txt"
    tui_keys Enter
    tui_wait "Saved to"
    grep -q "Portfolio report" "$D/report.txt" || fail "not saved"
    echo "keep me" > "$D/report.txt"
    tui_keys w
    tui_wait "Save to file:"
    tui_keys C-u
    tui_type "$D/report.txt"
    tui_keys Enter
    tui_wait "exists. Overwrite it? (y/n)"
    tui_keys n
    # asked for another name, the name typed kept; Esc leaves it
    tui_wait "Nothing was saved: give another name"
    tui_wait "^Save to file: $D/report.txt$"
    tui_keys Escape
    tui_gone "Save to file:"
    [ "$(cat "$D/report.txt")" = "keep me" ] || fail "overwritten without asking"
    # the dossier of a record, and the list as filtered
    tui_keys q
    tui_wait "Cities (12)"
    tui_keys 2 G p
    tui_wait "Dossier: Agreement 14"
    tui_keys q
    tui_keys 1 f
    tui_wait "Show only records with status"
    tui_keys 7 # Decision pending: derived, after the statuses
    tui_wait "1/11"
    tui_keys P
    tui_wait "List: Cities"
    tui_wait "11 records; status Decision pending"
    tui_keys L
    tui_wait "Lijst: Steden"
    tui_keys q q q # the preview, the status filter, the desk
    tui_exit
}

print_command_failure_is_reported() {
    fresh printfail
    with_config "print_command = echo 'lpr: The printer or class does not exist.' >&2; exit 1"
    tui_start 80 24 --db "$DB" --lang en
    tui_wait "Saint-Raphaël"
    tui_keys p
    tui_wait "Dossier: City 1"
    tui_keys p
    tui_wait "Printing failed (exit status 1): lpr: The printer or class does not exist."
    # the screen is intact afterwards
    tui_wait "Dossier: City 1"
    tui_keys q q
    tui_exit
}
