# The tester's second round at the desk (80x24, Dutch and English): each
# test here failed before its fix.

TESTS="${TESTS:-} coming_months_empty_reads_naturally"

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
