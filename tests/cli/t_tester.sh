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

t_reports_and_show_never_cut_labels() {
    fresh nocutlabels
    run 0 --db "$DB" --lang nl report dossier stad 6
    hasnt out "…"
    has out "^  Beslissing (beleidsnota, bijlage    formeel ontzusteren\.$"
    has out "^  3)$"
    run 0 --db "$DB" --lang en show visit 1
    hasnt out "…"
    has out "^  Visiting or visited party  *Dutch city network G40$"
    has out "^  (English)$"
    run 0 --db "$DB" --lang nl report portfolio
    has out "^Deadlines in de komende 12 maanden, en projecten zonder beoordeling van het$"
    has out "^mensenrechtenaspect$"
}
