# Golden screens: the whole screen of every pane (the Dutch 80x24 ones show
# the narrow pane bar: each pane's number and short name, the current pane
# in full), a city's and an agreement's detail, the edit form and the help
# screen, in Dutch and
# English at 80x24 and 100x30, compared exactly with golden/*.screen.  A
# column that moves fails here.  UPDATE=1 rewrites the golden files; read
# them before committing.

TESTS="${TESTS:-} golden_nl_80x24 golden_en_80x24 golden_nl_100x30 golden_en_100x30"

GOLDEN_DIR="${GOLDEN_DIR:-$here/golden}"

golden_nl_80x24() { golden_walk nl 80 24; }
golden_en_80x24() { golden_walk en 80 24; }
golden_nl_100x30() { golden_walk nl 100 30; }
golden_en_100x30() { golden_walk en 100 30; }

# Walk the desk in language $1 at $2 x $3 and compare each screen.  Every
# wait is for a text only the next screen shows, so a capture never catches
# the screen before it; tui_golden then waits for the screen to settle.
golden_walk() {
    gl=$1 gsz=$2x$3
    case $gl in
    nl) g_sorted="1/12 · gesorteerd" g_detail="Enter:link volgen" g_edit="Bewerken: Stad 1 ·"
        g_help="irdesk — toetsen" ;;
    *) g_sorted="1/12 · sorted" g_detail="Enter:follow link" g_edit="Edit: City 1 ·"
        g_help="irdesk — keys" ;;
    esac
    fresh "golden-$gl-$gsz"
    tui_fixed_clock
    tui_start "$2" "$3" --db "$DB" --lang "$gl"
    tui_wait "$g_sorted" || return
    tui_golden "cities.$gl.$gsz"
    # Enter on the first city
    tui_keys Enter
    tui_wait "$g_detail" || return
    tui_golden "city-detail.$gl.$gsz"
    tui_keys q
    tui_wait "$g_sorted" || return
    # the form on the first city, left with Esc without a change
    tui_keys e
    tui_wait "$g_edit" || return
    tui_golden "edit.$gl.$gsz"
    tui_keys Escape
    tui_wait "$g_sorted" || return
    tui_absent "$g_edit"
    tui_keys '?'
    tui_wait "$g_help" || return
    tui_golden "help.$gl.$gsz"
    tui_keys q
    tui_wait "$g_sorted" || return
    tui_keys 2
    tui_wait "1/14 ·" || return
    tui_golden "agreements.$gl.$gsz"
    # agreement 11 (Gdansk: a partner-city MoU with a pending decision)
    tui_keys j j j j j j j j j j
    tui_wait "11/14 ·" || return
    tui_keys Enter
    tui_wait "$g_detail" || return
    tui_golden "agreement-detail.$gl.$gsz"
    tui_keys q
    tui_wait "11/14 ·" || return
    tui_keys 3
    tui_wait "1/12 ·" || return
    tui_golden "networks.$gl.$gsz"
    tui_keys 4
    tui_wait "1/40 ·" || return
    tui_golden "initiatives.$gl.$gsz"
    tui_keys 5
    tui_wait "1/7 ·" || return
    tui_golden "statements.$gl.$gsz"
    # the working register: 6 visits, 7 projects, 8 contacts; 9 assessments
    tui_keys 6
    tui_wait "1/18 ·" || return
    tui_golden "visits.$gl.$gsz"
    tui_keys 7
    tui_wait "1/15 ·" || return
    tui_golden "projects.$gl.$gsz"
    tui_keys 8
    tui_wait "1/6 ·" || return
    tui_golden "contacts.$gl.$gsz"
    tui_keys 9
    tui_wait "1/12 ·" || return
    tui_golden "assessments.$gl.$gsz"
    tui_keys q
    tui_exit
    [ "$EXIT" = 0 ] || fail "exit status $EXIT"
}
