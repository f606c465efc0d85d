# Defects a tester reported after trying the desk: each test here failed
# before its fix.

TESTS="${TESTS:-} invalid_bytes_lose_nothing_else"

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
