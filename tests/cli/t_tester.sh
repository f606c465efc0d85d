# Defects a tester reported on the command line; sourced by tests/cli/run.sh,
# whose helpers (fresh, run, has, hasnt, fail) it uses.

t_views_name_the_kind_in_the_language() {
    fresh viewskind
    run 0 --db "$DB" --lang nl views
    has out "^due-for-evaluation  *Akkoord  *Akkoorden te evalueren"
    has out "^dormant-partnerships  *Stad  "
    hasnt out " agreement "
    hasnt out " city "
    run 0 --db "$DB" --lang en views
    has out "^due-for-evaluation  *Agreement  *Agreements due for evaluation"
}
