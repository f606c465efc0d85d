#!/bin/sh
# The command line's conventions and the defects of issue 13 it had: help
# and --help, the shells' completion, the pager on a terminal (through
# script(1)), LANGUAGE as a list, the system-wide configuration, look-ups
# as the search does them, local times, and messages that name the field.
# Each test checks stdout, stderr, the exit status and what the database
# holds.  Never the user's own files: HOME and every XDG_ directory are
# private.
set -u
: "${IRDESK:?IRDESK must name the binary}"
: "${COMPLETIONS:?COMPLETIONS must name the folder of the completion scripts}"
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../run_tests.sh"
ROOT=$(mktemp -d "${TMPDIR:-/tmp}/irdesk-cli.XXXXXX")
trap 'rm -rf "$ROOT"' EXIT
FAILED=0
export LC_ALL=C.UTF-8 LANGUAGE= HOME="$ROOT/home" XDG_CONFIG_HOME="$ROOT/home/config" \
    XDG_DATA_HOME="$ROOT/home/data" XDG_CONFIG_DIRS="$ROOT/etc/xdg" TZ=Europe/Brussels \
    IRDESK_NOW=2026-03-01T10:00:00Z
unset IRDESK_DB PAGER LESS
mkdir -p "$HOME"

fail() { echo "    FAIL: $*" >&2; FAILED=1; }

# A fresh seeded database in its own directory: sets W (directory), DB.
fresh() {
    W="$ROOT/$1"
    mkdir -p "$W"
    DB="$W/t.db"
    "$IRDESK" init "$DB" >/dev/null 2>&1 || fail "could not seed $DB"
}
snap() { sqlite3 "$DB" .dump | sha256sum; }
remember() { BEFORE=$(snap); }
unchanged() { [ "$(snap)" = "$BEFORE" ] || fail "the database changed"; }

# run EXPECTED_STATUS irdesk-args...: stdout in $W/out, stderr in $W/err
run() {
    want=$1
    shift
    "$IRDESK" "$@" >"$W/out" 2>"$W/err"
    got=$?
    [ "$got" = "$want" ] || fail "irdesk $*: exit $got, wanted $want ($(cat "$W/err"))"
}
has() { grep -q -- "$2" "$W/$1" || fail "$1 of the last run lacks '$2': $(cat "$W/$1")"; }
hasnt() { ! grep -q -- "$2" "$W/$1" || fail "$1 of the last run has '$2': $(cat "$W/$1")"; }

t_help_for_each_command() {
    W="$ROOT/help"
    mkdir -p "$W"
    run 0 help list
    has out "Usage: irdesk \[OPTIONS\] list KIND \[--status S\]"
    has out "List the records of a kind"
    has out "  --status S  *only the records with this status"
    has out "  --db FILE"
    cp "$W/out" "$W/help-list"
    run 0 list --help
    cmp -s "$W/out" "$W/help-list" || fail "list --help differs from help list"
    run 0 list city --help
    cmp -s "$W/out" "$W/help-list" || fail "list city --help differs from help list"
    # a group: each of its commands; one of them alone
    run 0 help report
    has out "report dossier KIND"
    has out "report list KIND"
    has out "report portfolio"
    run 0 report portfolio --help
    has out "--days N"
    hasnt out "report dossier"
    run 0 export --help
    has out "-o, --output FILE"
    # every line fits in 80 columns
    for c in list show status history export import backup restore check init copy; do
        run 0 help $c
        long=$(awk 'length($0) > 79' "$W/out")
        [ -z "$long" ] || fail "help $c has lines over 79 columns: $long"
    done
    run 0 help
    has out "irdesk help \[COMMAND\]"
    run 0 --lang nl help list
    has out "Gebruik"
    run 2 help bogus
    has err "unknown command 'bogus'"
    run 2 report bogus --help
    has err "unknown report 'bogus'"
    [ ! -e "$XDG_DATA_HOME" ] || fail "help created a database"
}

# What bash offers for the words "$@" (the last one is being typed).
bash_offers() {
    bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _irdesk
             printf "%s\n" "${COMPREPLY[@]}"' sh "$COMPLETIONS/irdesk" irdesk "$@"
}

t_completion_from_the_table() {
    W="$ROOT/completion"
    mkdir -p "$W"
    run 0 --completion bash
    cmp -s "$W/out" "$COMPLETIONS/irdesk" || fail "the built bash script is not --completion bash"
    run 0 --completion zsh
    cmp -s "$W/out" "$COMPLETIONS/_irdesk" || fail "the built zsh script is not --completion zsh"
    head -1 "$W/out" | grep -q '^#compdef irdesk' || fail "the zsh script lacks #compdef"
    zsh -n "$COMPLETIONS/_irdesk" || fail "the zsh script does not parse"
    bash -n "$COMPLETIONS/irdesk" || fail "the bash script does not parse"
    run 2 --completion fish
    has err "use bash or zsh"
    # every command of the table, and nothing else, at the first word
    "$IRDESK" --help | sed -n 's/^  irdesk \[OPTIONS\] \([a-z]*\).*/\1/p' | sort -u >"$W/want"
    echo help >>"$W/want"
    bash_offers "" | sort -u >"$W/got"
    sort -u "$W/want" -o "$W/want"
    cmp -s "$W/want" "$W/got" || fail "first words: $(diff "$W/want" "$W/got")"
    [ "$(bash_offers lis)" = list ] || fail "lis: $(bash_offers lis)"
    [ "$(bash_offers report po)" = portfolio ] || fail "report po: $(bash_offers report po)"
    bash_offers list "" | grep -qx agreement || fail "list: no kinds offered"
    bash_offers export "" | grep -qx all || fail "export: no 'all'"
    bash_offers show "" | grep -qx all && fail "show offers 'all'"
    [ "$(bash_offers export city --for)" = --format ] || fail "export --for"
    bash_offers --db x.db export city --format "" | tr '\n' ' ' | grep -q "csv json" ||
        fail "--format: $(bash_offers --db x.db export city --format '')"
    bash_offers list city --st | grep -qx -- --status || fail "list --st"
    bash_offers show city --st | grep -q . && fail "show offers list's --status"
    # zsh: the script loads in a completion system and registers itself
    zsh -f -c 'autoload -U compinit; compinit -u -D; . "$1"; print -r -- ${_comps[irdesk]}' \
        sh "$COMPLETIONS/_irdesk" >"$W/zsh" 2>&1
    grep -qx _irdesk "$W/zsh" || fail "zsh did not register _irdesk: $(cat "$W/zsh")"
}

t_language_is_a_list() {
    fresh language
    for case in "fr:nl:en Naam" "nl_BE.UTF-8:en Naam" "fr:en:nl Name" "fr Name" "en Name"; do
        LANGUAGE=${case% *} run 0 --db "$DB" list city
        has out "^ *# *${case#* } "
    done
    # LANGUAGE before LC_ALL, as gettext has it
    LANGUAGE=nl LC_ALL=C.UTF-8 run 0 --db "$DB" list city
    has out "Naam"
    LANGUAGE= LC_ALL= LANG=nl_BE.UTF-8 run 0 --db "$DB" list city
    has out "Naam"
}

t_system_configuration_under_the_users() {
    fresh xdg
    mkdir -p "$W/first/irdesk" "$W/second/irdesk" "$XDG_CONFIG_HOME/irdesk"
    printf 'language = nl\n' >"$W/second/irdesk/config"
    XDG_CONFIG_DIRS="$W/first:$W/second" run 0 --db "$DB" list city
    has out "Naam"
    # the first directory of the list wins over the later ones
    printf 'language = en\n' >"$W/first/irdesk/config"
    XDG_CONFIG_DIRS="$W/first:$W/second" run 0 --db "$DB" list city
    has out "Name"
    # the user's wins over them all
    printf 'language = nl\n' >"$XDG_CONFIG_HOME/irdesk/config"
    XDG_CONFIG_DIRS="$W/first:$W/second" run 0 --db "$DB" list city
    has out "Naam"
    rm "$XDG_CONFIG_HOME/irdesk/config"
    # a system file's bad line is named, with its file and line
    printf '# the city\nlanguage = fr\n' >"$W/second/irdesk/config"
    XDG_CONFIG_DIRS="$W/second" run 0 --db "$DB" list city
    has err "$W/second/irdesk/config:2: \"fr\" is not a language"
    # relative directories are not part of the list
    (cd "$W" && XDG_CONFIG_DIRS=second run 0 --db "$DB" list city)
    hasnt err "config"
}

# In a terminal (script(1)): irdesk-args... with PAGER set by the caller;
# the terminal's output in $W/tty.
on_tty() {
    cmd="$IRDESK"
    for a in "$@"; do cmd="$cmd '$a'"; done
    script -qec "$cmd" /dev/null >"$W/tty" 2>&1 </dev/null
}

t_long_output_through_the_pager_on_a_terminal() {
    fresh pager
    printf '#!/bin/sh\necho "LESS=$LESS" >>"%s/ran"\ncat >"%s/paged"\n' "$W" "$W" >"$W/pager"
    chmod +x "$W/pager"
    for args in "show city 3" "history city 1" "report portfolio" "report dossier city 3"; do
        rm -f "$W/ran" "$W/paged"
        # shellcheck disable=SC2086
        PAGER="$W/pager" on_tty --db "$DB" $args
        [ -s "$W/ran" ] || { fail "$args: the pager did not run"; continue; }
        grep -qx "LESS=FRX" "$W/ran" || fail "$args: LESS is not FRX: $(cat "$W/ran")"
        [ -s "$W/paged" ] || fail "$args: the pager got nothing"
        [ ! -s "$W/tty" ] || fail "$args: output passed the pager: $(head -3 "$W/tty")"
    done
    grep -q "Kanazawa" "$W/paged" || fail "the dossier did not reach the pager"
    # LESS as the user set it
    rm -f "$W/ran"
    LESS=X PAGER="$W/pager" on_tty --db "$DB" show city 3
    grep -qx "LESS=X" "$W/ran" || fail "LESS was changed: $(cat "$W/ran")"
    # PAGER=cat: straight to the terminal
    rm -f "$W/ran"
    PAGER=cat on_tty --db "$DB" show city 3
    grep -q "Kanazawa" "$W/tty" || fail "PAGER=cat: nothing on the terminal"
    # not a terminal, a file, a short command, or a report to a file: no pager
    rm -f "$W/ran"
    PAGER="$W/pager" run 0 --db "$DB" show city 3
    has out "Kanazawa"
    PAGER="$W/pager" on_tty --db "$DB" list city
    grep -q "Kanazawa" "$W/tty" || fail "list: nothing on the terminal"
    PAGER="$W/pager" on_tty --db "$DB" report portfolio -o "$W/p.txt"
    [ ! -e "$W/ran" ] || fail "the pager ran where it should not"
    [ -s "$W/p.txt" ] || fail "report -o wrote nothing"
    # a pager that stops reading early is no error
    cmd="PAGER=true '$IRDESK' --db '$DB' report portfolio; echo \"rc=\$?\""
    script -qec "$cmd" /dev/null >"$W/tty" 2>&1 </dev/null
    grep -q "Cannot write" "$W/tty" && fail "a pager that quit is reported: $(cat "$W/tty")"
    grep -q "rc=0" "$W/tty" || fail "a pager that quit is a failure: $(cat "$W/tty")"
}

t_lookups_as_the_search_does() {
    fresh lookup
    for name in "saint raphael" "Saint-Raphaël" "SAINT-RAPHAEL" "saint  raphaël"; do
        run 0 --db "$DB" --lang en show city "$name"
        has out "City 1 · Saint-Raphaël"
    done
    run 0 --db "$DB" --lang en show agreement weihai
    has out "Agreement 13 "
    remember
    run 1 --db "$DB" --lang en show agreement kanazawa
    has err "2 records match \"kanazawa\""
    has err "^  3  Partnership charter Ghent – Kanazawa"
    has err "^  9  Cooperation agreement (MoU) Ghent – Kanazawa"
    hasnt err "nothing matches"
    [ ! -s "$W/out" ] || fail "ambiguous show printed: $(cat "$W/out")"
    run 1 --db "$DB" --lang en report dossier agreement kanazawa
    has err "2 records match"
    run 1 --db "$DB" --lang en show city japan
    has err "nothing matches \"japan\""
    unchanged
}

# A word of a script written without spaces is found anywhere in a word:
# 沢 and 沢市 find Kanazawa (金沢市), and 市 also Weihai (威海市); Latin
# words stay word starts.
t_spaceless_words_found_inside_words() {
    fresh spaceless
    for w in 沢 沢市 金沢 "沢 japan"; do
        run 0 --db "$DB" --lang en list city --search "$w"
        has out "Kanazawa"
        [ "$(grep -c "^ *[0-9]" "$W/out")" = 1 ] || fail "list --search $w: $(cat "$W/out")"
    done
    run 0 --db "$DB" --lang en list city --search 市
    has out "Kanazawa"
    has out "Weihai"
    run 0 --db "$DB" --lang en list city --search anazawa
    hasnt out "Kanazawa"
    run 0 --db "$DB" --lang en search 沢
    has out "City 3 · Kanazawa"
}

t_archived_rows_are_marked() {
    fresh archived
    sqlite3 "$DB" "UPDATE city SET archived = 1 WHERE id = 2"
    run 0 --db "$DB" --lang en list city --archived
    grep "Wiesbaden" "$W/out" | grep -q "[A-Za-z], archived" || fail "not marked: $(cat "$W/out")"
    [ "$(grep -c archived "$W/out")" = 1 ] || fail "more than one row marked: $(cat "$W/out")"
    run 0 --db "$DB" --lang en list city
    hasnt out "Wiesbaden"
    run 0 --db "$DB" --lang nl list city --archived
    grep "Wiesbaden" "$W/out" | grep -q "[a-z], gearchiveerd" || fail "not marked: $(cat "$W/out")"
}

t_history_in_local_time_stored_in_utc() {
    fresh history
    run 0 --db "$DB" --lang en status city 3 dormant --note "test"
    run 0 --db "$DB" --lang en history city 3
    has out "2026-03-01 11:00 "
    hasnt out "T10:00:00Z"
    TZ=UTC run 0 --db "$DB" --lang en history city 3
    has out "2026-03-01 10:00 "
    TZ=America/New_York run 0 --db "$DB" --lang en show city 3
    has out "2026-03-01 05:00 "
    # the seed's dates as precise as the documents give them, as they are
    run 0 --db "$DB" --lang en history city 1
    has out "^2018 "
    [ "$(sqlite3 "$DB" "SELECT at FROM history WHERE action = 'status' ORDER BY id DESC LIMIT 1")" \
        = 2026-03-01T10:00:00Z ] || fail "history not stored in UTC"
    run 0 --db "$DB" export city --format json --history
    has out '"2026-03-01T10:00:00Z"'
    # CSV holds no history: refused, not ignored
    run 2 --db "$DB" --lang en export city --format csv --history
    has err "--history goes with --format json"
    [ ! -s "$W/out" ] || fail "refused export wrote: $(head -2 "$W/out")"
}

# refused KIND CSV MESSAGE: importing the CSV (printf format) fails with
# MESSAGE on stderr
refused() {
    # shellcheck disable=SC2059
    printf "$2" >"$W/refused.csv"
    run 1 --db "$DB" --lang en import "$1" "$W/refused.csv"
    has err "$3"
}

t_refusals_name_the_field() {
    fresh refusals
    remember
    printf 'id,name_nl,colour\n2,Wiesbaden,blue\n' >"$W/col.csv"
    run 1 --db "$DB" --lang en import city "$W/col.csv"
    has err 'Line 1: "colour" is not a column. City columns: id, version, status'
    hasnt err " a City"
    run 1 --db "$DB" --lang nl import city "$W/col.csv"
    has err 'is geen kolom'
    # two problems in one row: both
    refused city 'name_nl,relation,since\nX,bogus,abc\n' 'Relation: "bogus" is not one of the choices.'
    has err 'Since: "abc" is not a whole number.'
    # a year after this one (IRDESK_NOW), a chapter the policy note lacks
    refused city 'name_nl,relation,since\nX,sister,3000\n' 'Since: 3000 is after this year (2026).'
    refused initiative 'number,chapter,text_nl\n77,99,x\n' \
        'Chapter: the policy note has chapters 1 to 6, not 99.'
    # a number another initiative has, changed or new
    refused initiative 'id,number\n5,12\n' 'Number 12 is already used by Initiative 12 · '
    refused initiative 'number,chapter,text_nl\n12,1,x\n' \
        'Number: a value is already used by another Initiative'
    hasnt err "breaks its rules"
    # a status that is none: a usage error
    run 2 --db "$DB" --lang en list city --status bogus
    has err '"bogus" is not a status. Statuses: active'
    has err "Try 'irdesk --help'"
    unchanged
    # check names the field by its label
    sqlite3 "$DB" "UPDATE city SET notes = 'changed behind the desk' WHERE id = 4;
        INSERT INTO history (kind, record_id, at, user, action, field, old, new)
        VALUES ('city', 4, '2026-01-01T00:00:00Z', 'x', 'edit', 'notes', NULL, 'kept')"
    run 1 --db "$DB" --lang en check
    has out "City 4: the field Notes differs"
    hasnt out "field notes"
}

t_restore_says_where_the_old_contents_went() {
    fresh restore
    run 0 --db "$DB" backup "$W/b.db"
    run 0 --db "$DB" --lang en restore "$W/b.db" --yes
    has out "What it held before is kept in $DB.before-restore-backup."
    [ -s "$DB.before-restore-backup" ] || fail "no safety copy"
}

. "$here/t_calendar.sh"
. "$here/t_tester.sh"
# Issue 12: a visit, a project and a contact are added, found, moved,
# printed and exported; a contact is erased without a trace in the file;
# its export is 0600 whatever the database's mode.
t_working_register() {
    fresh register
    cat >"$W/v.csv" <<'CSV'
id,version,status,archived,title_nl,title_en,direction,type,date_from,date_until,place,place_en,party,party_en,participants,participants_en,host,host_en,programme,programme_en,follow_up,follow_up_en,notes,notes_en,source,en_source
,,requested,0,Delegatie uit Kraków,Delegation from Kraków,incoming,delegation,2026-05-12,2026-05-14,Gent,Ghent,Stad Kraków,City of Kraków,,,,,,,,,,,,translation
CSV
    run 0 --db "$DB" --lang en import visit "$W/v.csv"
    run 0 --db "$DB" --lang en list visit --search krakow
    has out "Delegation from Kraków"
    run 0 --db "$DB" --lang en status visit 19 accepted
    run 0 --db "$DB" --lang en status visit 19 planned
    run 1 --db "$DB" --lang en status visit 19 reported
    has err "cannot go from Planned to Reported"
    run 0 --db "$DB" --lang nl list bezoeken --status gepland
    has out "Delegatie uit Kraków"
    run 0 --db "$DB" --lang en report dossier visit 19
    has out "Planned"
    run 0 --db "$DB" --lang en show project TMaas
    has out "€ 3.500.000"
    run 0 --db "$DB" --lang nl list project
    has out "Urban Innov"
    run 0 --db "$DB" --lang en report portfolio
    has out "EU grants per programme"
    # a contact, its review and its erasure
    cat >"$W/c.csv" <<'CSV'
id,version,status,archived,name,organisation,organisation_en,function,function_en,city_id,network_id,project_id,period_from,period_until,languages,email,phone,notes,notes_en,source,en_source
,,recorded,0,Zyxwvut Qponmlk,Stadt Wiesbaden,City of Wiesbaden,Referentin,officer,2,,,2019,2023-06,"de, en",zq.person@wiesbaden.example,+49 611 7654321,,,,translation
CSV
    run 0 --db "$DB" import contact "$W/c.csv"
    run 0 --db "$DB" --lang en list contact --view contacts-for-review
    has out "Zyxwvut Qponmlk"
    hasnt out "Mathias De Clercq"
    chmod 0644 "$DB"
    (umask 0; "$IRDESK" --db "$DB" export contact 7 --format json -o "$W/p.json") ||
        fail "export contact 7"
    [ "$(stat -c %a "$W/p.json")" = 600 ] || fail "the export of a contact is not 0600"
    grep -q '"email": "zq.person@wiesbaden.example"' "$W/p.json" || fail "no e-mail in the export"
    run 2 --db "$DB" export contact 7 --format csv
    run 1 --db "$DB" --lang en erase city 2 --yes
    has err "no personal data"
    run 1 --db "$DB" --lang en erase contact 7 </dev/null
    has err "confirm with --yes"
    run 0 --db "$DB" --lang en erase contact 7 --yes
    has out "erased"
    for s in Zyxwvut zyxwvut qponmlk zq.person 7654321; do
        if cat "$DB" "$DB-wal" 2>/dev/null | grep -a -q "$s"; then fail "the file still holds $s"; fi
    done
    run 0 --db "$DB" --lang en history contact 7
    has out "Personal data erased (GDPR)."
    run 0 --db "$DB" --lang en check
    run 0 --db "$DB" --lang nl search qponmlk
    has out "Niets"
}

run_tests cli t_help_for_each_command t_completion_from_the_table t_language_is_a_list \
    t_system_configuration_under_the_users t_long_output_through_the_pager_on_a_terminal \
    t_lookups_as_the_search_does t_spaceless_words_found_inside_words t_archived_rows_are_marked t_history_in_local_time_stored_in_utc \
    t_refusals_name_the_field t_restore_says_where_the_old_contents_went \
    t_agenda_prints_what_is_due_with_its_reminders \
    t_ical_passes_a_parser_and_exports_the_same_bytes_again \
    t_a_pdf_attached_comes_back_byte_for_byte t_links_are_made_and_removed_for_every_kind \
    t_working_register t_views_name_the_kind_in_the_language t_reports_and_show_never_cut_labels
