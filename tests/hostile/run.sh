#!/bin/sh
# Hostile input against the files around the database: every attack is
# refused or handled, with its exit status and message, and the database and
# the files that were there before are byte for byte unchanged.
set -u
: "${IRDESK:?IRDESK must name the binary}"
here=$(cd "$(dirname "$0")" && pwd)
ROOT=$(mktemp -d "${TMPDIR:-/tmp}/irdesk-hostile.XXXXXX")
trap 'rm -rf "$ROOT"' EXIT
pass=0 failn=0 FAILED=0
export LC_ALL=C.UTF-8 LANGUAGE= HOME="$ROOT/home" XDG_CONFIG_HOME="$ROOT/home/config" \
    XDG_DATA_HOME="$ROOT/home/data"
unset IRDESK_DB
mkdir -p "$HOME"

fail() { echo "    FAIL: $*" >&2; FAILED=1; }
. "$here/../lock.sh"

# A fresh seeded database in its own directory: sets W (directory), DB.
fresh() {
    W="$ROOT/$1"
    mkdir -p "$W"
    DB="$W/t.db"
    "$IRDESK" init "$DB" >/dev/null 2>&1 || fail "could not seed $DB"
}

# What must not change: the database's contents and the bytes of files.
snap() { { sqlite3 "$DB" .dump; for f in "$@"; do cat "$f"; done; } | sha256sum; }
remember() { BEFORE=$(snap "$@"); }
unchanged() { [ "$(snap "$@")" = "$BEFORE" ] || fail "the database or a file changed"; }

# run EXPECTED_STATUS TEXT_IN_STDERR irdesk-args...
run() {
    want=$1 text=$2
    shift 2
    "$IRDESK" "$@" >"$W/out" 2>"$W/err"
    got=$?
    [ "$got" = "$want" ] || fail "irdesk $*: exit $got, wanted $want ($(cat "$W/err"))"
    if [ -n "$text" ] && ! grep -q -- "$text" "$W/err"; then
        fail "irdesk $*: stderr lacks '$text': $(cat "$W/err")"
    fi
}

no_temporaries() {
    left=$(ls -A "$W" | grep -e '\.irdesk-' -e 'irdesk-tmp' || true)
    [ -z "$left" ] || fail "temporaries left behind: $left"
}

t_export_onto_the_database() {
    fresh export_db
    remember
    for target in "$DB" "$DB-wal" "$DB-shm" "$DB-journal" "$W/../export_db/t.db"; do
        run 1 "open database" --db "$DB" export city --format csv -o "$target"
        run 1 "open database" --db "$DB" report portfolio -o "$target"
        run 1 "open database" --db "$DB" backup "$target"
    done
    # a hard link to it is the same file
    ln "$DB" "$W/hard.db"
    run 1 "open database" --db "$DB" export city --format json -o "$W/hard.db"
    rm "$W/hard.db"
    # the database named through a link, followed
    ln -s "$DB" "$W/link.db"
    run 1 "open database" --db "$DB" export city --format csv -o "$W/link.db" --follow-symlinks
    run 1 "symbolic link" --db "$DB" export city --format csv -o "$W/link.db"
    rm "$W/link.db"
    unchanged
    no_temporaries
}

t_symlinks_are_not_followed_unless_asked() {
    fresh symlink
    echo "precious" >"$W/victim"
    ln -s "$W/victim" "$W/out.csv"
    remember "$W/victim"
    run 1 "symbolic link" --db "$DB" export city --format csv -o "$W/out.csv"
    run 1 "symbolic link" --db "$DB" report portfolio -o "$W/out.csv"
    run 1 "symbolic link" --db "$DB" backup "$W/out.csv"
    [ -L "$W/out.csv" ] || fail "the link was replaced"
    unchanged "$W/victim"
    # asked: the file it points to is written, the link stays
    run 0 "" --db "$DB" export city --format csv -o "$W/out.csv" --follow-symlinks
    [ -L "$W/out.csv" ] || fail "the link was replaced when following it"
    grep -q "Kanazawa" "$W/victim" || fail "following the link did not write its target"
    # the old predictable temporary name leads nowhere
    ln -s "$W/victim2" "$W/r.txt.irdesk-tmp"
    run 0 "" --db "$DB" report portfolio -o "$W/r.txt"
    [ -e "$W/victim2" ] && fail "a planted temporary link was followed"
    rm -f "$W/r.txt.irdesk-tmp"
    grep -q "Kanazawa" "$W/r.txt" || fail "the report was not written"
    no_temporaries
}

t_special_files_are_refused() {
    fresh special
    mkfifo "$W/fifo"
    mkdir "$W/dir"
    remember
    run 1 "FIFO" --db "$DB" export city --format csv -o "$W/fifo"
    run 1 "FIFO" --db "$DB" report portfolio -o "$W/fifo"
    run 1 "directory" --db "$DB" export city --format csv -o "$W/dir"
    run 1 "directory" --db "$DB" backup "$W/dir"
    run 1 "device" --db "$DB" export city --format csv -o /dev/null
    run 1 "device" --db "$DB" report portfolio -o /dev/null
    [ -p "$W/fifo" ] || fail "the FIFO was replaced"
    [ -c /dev/null ] || fail "/dev/null was replaced"
    run 1 "does not exist" --db "$DB" export city --format csv -o "$W/nodir/x.csv"
    unchanged
    no_temporaries
}

t_a_failed_write_keeps_the_old_file() {
    fresh failed
    echo "last week's export" >"$W/old.csv"
    remember "$W/old.csv"
    # a file size limit (in blocks of 512 or 1024 bytes) below the export's
    # size: the write fails half way
    (ulimit -f 100; "$IRDESK" --db "$DB" --read-only export all --format json --history -o "$W/old.csv" \
        >"$W/out" 2>"$W/err")
    st=$?
    [ "$st" = 1 ] || fail "export past the file size limit: exit $st"
    grep -q "file size limit" "$W/err" || fail "no file size message: $(cat "$W/err")"
    unchanged "$W/old.csv"
    no_temporaries
    # a directory that refuses new files
    if [ "$(id -u)" -ne 0 ]; then
        chmod a-w "$W"
        run 1 "not writable" --db "$DB" export city --format csv -o "$W/old.csv"
        chmod u+w "$W"
        unchanged "$W/old.csv"
    fi
    # standard output that cannot be written
    "$IRDESK" --db "$DB" export city --format csv -o - >/dev/full 2>"$W/err"
    [ $? = 1 ] || fail "export to a full standard output exits 0"
    grep -q "standard output" "$W/err" || fail "no message for a full standard output"
    "$IRDESK" --db "$DB" report portfolio >/dev/full 2>"$W/err"
    [ $? = 1 ] || fail "report to a full standard output exits 0"
    grep -q "standard output" "$W/err" || fail "no message for the report"
}

t_outputs_are_private() {
    fresh private
    (umask 022
     "$IRDESK" --db "$DB" export city --format csv -o "$W/e.csv" &&
     "$IRDESK" --db "$DB" report portfolio -o "$W/r.txt") || fail "export or report failed"
    for f in e.csv r.txt; do
        m=$(stat -c %a "$W/$f")
        [ "$m" = 600 ] || fail "$f has mode $m, not 600"
    done
    # an existing report keeps no wider mode either
    chmod 644 "$W/r.txt"
    "$IRDESK" --db "$DB" report portfolio -o "$W/r.txt" || fail "report again"
    [ "$(stat -c %a "$W/r.txt")" = 600 ] || fail "a rewritten report has mode $(stat -c %a "$W/r.txt")"
    # a backup gets the database's mode, never wider
    chmod 600 "$DB"
    "$IRDESK" --db "$DB" backup "$W/b600.db" >/dev/null || fail "backup"
    [ "$(stat -c %a "$W/b600.db")" = 600 ] || fail "backup of a 0600 database is $(stat -c %a "$W/b600.db")"
    chmod 640 "$DB"
    (umask 022; "$IRDESK" --db "$DB" backup "$W/b640.db" >/dev/null) || fail "backup"
    [ "$(stat -c %a "$W/b640.db")" = 640 ] || fail "backup of a 0640 database is $(stat -c %a "$W/b640.db")"
    (umask 077; "$IRDESK" --db "$DB" backup "$W/b-umask.db" >/dev/null) || fail "backup"
    [ "$(stat -c %a "$W/b-umask.db")" = 600 ] || fail "the umask did not narrow the backup"
}

t_backups_are_whole_and_standalone() {
    fresh backup
    "$IRDESK" --db "$DB" status city 3 dormant --note "for the backup" >/dev/null ||
        fail "status change"
    run 0 "" --db "$DB" backup "$W/b.db"
    grep -q "b.db" "$W/out" || fail "backup says nothing"
    [ "$(sqlite3 "$W/b.db" 'PRAGMA journal_mode')" = delete ] || fail "the backup is in WAL mode"
    [ ! -e "$W/b.db-wal" ] || fail "the backup has a -wal file"
    # it opens read-only from read-only media (a directory without write access)
    mkdir "$W/ro" && cp "$W/b.db" "$W/ro/b.db" && chmod a-w "$W/ro"
    run 0 "" check "$W/ro/b.db"
    grep -q "No problems" "$W/out" || fail "check of the backup: $(cat "$W/out")"
    chmod u+w "$W/ro"
    [ "$(sqlite3 "$W/b.db" "SELECT status FROM city WHERE id = 3")" = dormant ] ||
        fail "the backup lacks the last change"
    # an existing file is never overwritten by a backup
    remember "$W/b.db"
    run 1 "exists already" --db "$DB" backup "$W/b.db"
    unchanged "$W/b.db"
    # `check FILE` of a missing file creates nothing
    run 1 "" check "$W/none.db"
    [ ! -e "$W/none.db" ] || fail "check created the file it checked"
    no_temporaries
}

t_a_killed_backup_leaves_nothing_under_its_name() {
    fresh killed
    # a larger database: the kill lands during the copy
    sqlite3 "$DB" "CREATE TABLE pad (b BLOB); INSERT INTO pad SELECT randomblob(4096) FROM
        (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
         SELECT i FROM n);" || fail "padding"
    i=0 seen=0
    while [ $i -lt 25 ]; do
        rm -f "$W/k.db"
        "$IRDESK" --db "$DB" backup "$W/k.db" >/dev/null 2>&1 &
        pid=$!
        sleep "0.0$((i % 10))"
        kill -9 $pid 2>/dev/null
        wait $pid 2>/dev/null
        if [ -e "$W/k.db" ]; then
            seen=$((seen + 1))
            "$IRDESK" check "$W/k.db" >/dev/null 2>&1 || fail "a killed backup left a bad k.db"
        fi
        rm -f "$W"/.k.db.irdesk-*
        i=$((i + 1))
    done
    # ended by a signal it can catch (Ctrl-C, kill, a closed terminal): no
    # temporary is left behind either
    i=0
    while [ $i -lt 12 ]; do
        rm -f "$W/k.db"
        "$IRDESK" --db "$DB" backup "$W/k.db" >/dev/null 2>&1 &
        pid=$!
        sleep "0.0$((i % 6 + 2))"
        kill -s "$(echo "TERM INT HUP" | cut -d' ' -f$((i % 3 + 1)))" $pid 2>/dev/null
        wait $pid 2>/dev/null
        left=$(ls -A "$W" | grep '\.irdesk-' || true)
        [ -z "$left" ] || { fail "a signal left $left"; rm -f "$W"/.k.db.irdesk-*; }
        i=$((i + 1))
    done
}

t_restore_refuses_what_check_rejects() {
    fresh restore
    run 0 "" --db "$DB" backup "$W/good.db"
    # a cut backup, an empty file, another program's database, a text file
    sz=$(stat -c %s "$W/good.db")
    head -c $((sz / 2)) "$W/good.db" >"$W/cut.db"
    : >"$W/empty.db"
    sqlite3 "$W/other.db" "CREATE TABLE bookmarks (url TEXT)"
    echo "id,name" >"$W/text.db"
    # a database that irdesk's check rejects: an unknown status
    cp "$W/good.db" "$W/bad.db"
    sqlite3 "$W/bad.db" "UPDATE city SET status = 'vanished' WHERE id = 2"
    remember "$W/good.db"
    for f in cut empty other text bad; do
        run 1 "" --db "$DB" restore "$W/$f.db" --yes
        run 1 "" check "$W/$f.db"
    done
    grep -q "check" "$W/err" || true
    run 1 "fails irdesk's check" --db "$DB" restore "$W/bad.db" --yes
    run 1 "" --db "$DB" restore "$W/missing.db" --yes
    [ ! -e "$W/missing.db" ] || fail "restore created the file it restores from"
    # the open database as its own source: by name, through a link, a hard link
    ln -s "$DB" "$W/self-link.db"
    ln "$DB" "$W/self-hard.db"
    for f in "$DB" "$W/../restore/t.db" "$W/self-link.db" "$W/self-hard.db"; do
        run 1 "open database itself" --db "$DB" restore "$f" --yes
    done
    rm "$W/self-link.db" "$W/self-hard.db"
    ls "$W" | grep -q before-restore && fail "a refused restore kept a copy beside the database"
    unchanged "$W/good.db"
    # it says what will replace what, and asks (no terminal: --yes)
    sqlite3 "$DB" "UPDATE city SET archived = 1 WHERE id > 4" 2>/dev/null
    "$IRDESK" --db "$DB" status city 3 dormant >/dev/null
    run 1 "confirm with --yes" --db "$DB" restore "$W/good.db"
    grep -q "^12 cities will replace 12\.$" "$W/out" || fail "no plan shown: $(cat "$W/out")"
    run 0 "" --db "$DB" restore "$W/good.db" --yes
    [ "$(sqlite3 "$DB" "SELECT status FROM city WHERE id = 3")" = active ] ||
        fail "restore did not bring back the backup"
    [ "$(sqlite3 "$DB" 'PRAGMA journal_mode')" = wal ] || fail "the database left WAL mode"
    run 0 "" --db "$DB" check
    # in Dutch too
    "$IRDESK" --lang nl --db "$DB" restore "$W/good.db" >"$W/out" 2>"$W/err"
    grep -q "^12 steden in de plaats van 12\.$" "$W/out" || fail "no Dutch plan: $(cat "$W/out")"
    # thousands, grouped as each language writes them
    { echo "name_nl,country_nl,relation,since"
      i=1; while [ $i -le 1200 ]; do echo "Proefstad $i,Belgi\303\253,partner,2001"; i=$((i + 1)); done
    } >"$W/many.csv"
    printf '%b' "$(cat "$W/many.csv")" >"$W/many8.csv"
    "$IRDESK" --db "$DB" import city "$W/many8.csv" >/dev/null 2>"$W/err" || fail "import: $(cat "$W/err")"
    run 0 "" --db "$DB" backup "$W/many.db"
    "$IRDESK" init "$W/small.db" >/dev/null
    "$IRDESK" --db "$W/small.db" restore "$W/many.db" >"$W/out" 2>"$W/err"
    grep -q "^1,212 cities will replace 12\.$" "$W/out" || fail "no grouped plan: $(cat "$W/out")"
    "$IRDESK" --db "$DB" restore "$W/good.db" --yes >"$W/out" 2>&1
    grep -q "^12 cities will replace 1,212\.$" "$W/out" || fail "no grouped plan: $(cat "$W/out")"
    "$IRDESK" --lang nl --db "$W/small.db" restore "$W/many.db" >"$W/out" 2>"$W/err"
    grep -q "^1.212 steden in de plaats van 12\.$" "$W/out" || fail "no Dutch grouping: $(cat "$W/out")"
    # a backup whose pages are of another size is refused before anything is done
    cp "$W/good.db" "$W/p8.db"
    sqlite3 "$W/p8.db" "PRAGMA page_size = 8192; VACUUM;"
    DB=$W/small.db
    remember
    before_ls=$(ls -A "$W" | grep -v -e '^out$' -e '^err$')
    run 1 "pages of 8192 bytes" --db "$DB" restore "$W/p8.db" --yes
    [ "$(ls -A "$W" | grep -v -e '^out$' -e '^err$')" = "$before_ls" ] ||
        fail "a refused restore left files: $(ls -A "$W")"
    unchanged
}

t_settings_that_are_not_what_they_seem() {
    fresh settings
    remember
    # a configuration file that is a FIFO or a directory: named, not read, no hang
    mkdir -p "$W/cfg/irdesk"
    mkfifo "$W/cfg/irdesk/config"
    XDG_CONFIG_HOME="$W/cfg" timeout 10 "$IRDESK" --db "$DB" list city >"$W/out" 2>"$W/err"
    st=$?
    [ "$st" = 0 ] || fail "a FIFO configuration: exit $st"
    grep -q "config: not a regular file" "$W/err" || fail "FIFO not reported: $(cat "$W/err")"
    rm "$W/cfg/irdesk/config" && mkdir "$W/cfg/irdesk/config"
    XDG_CONFIG_HOME="$W/cfg" "$IRDESK" --db "$DB" list city >"$W/out" 2>"$W/err"
    grep -q "config: not a regular file" "$W/err" || fail "directory not reported"
    # a clock that is no time
    for now in garbage "2026-02-30T10:00:00Z" " 2026-03-01T10:00:00Z" "2026-03-01T10:00:00"; do
        IRDESK_NOW=$now run 1 "IRDESK_NOW must be" --db "$DB" status city 3 dormant
    done
    unchanged
    # a new database is private
    (umask 022; "$IRDESK" init "$W/new.db" >/dev/null) || fail "new database"
    [ "$(stat -c %a "$W/new.db")" = 600 ] || fail "a new database has mode $(stat -c %a "$W/new.db")"
}

t_nothing_is_created_by_accident() {
    W="$ROOT/accident"
    mkdir -p "$W"
    m="$W/mistyped.db"
    for args in "list city" "show city 3" "status city 3 dormant" "history city 3" \
        "export city --format csv" "report portfolio" "backup $W/b.db" "restore $W/b.db --yes" \
        "check" "import city $W/none.csv"; do
        # shellcheck disable=SC2086
        run 1 "does not exist" --db "$m" $args
        [ ! -e "$m" ] || { fail "'$args' created $m"; rm -f "$m"; }
    done
    [ -z "$(ls -A "$W" | grep -v -e '^out$' -e '^err$')" ] || fail "files were created: $(ls -A "$W")"
    # an empty file is no database, and a name ending in / is no file
    : >"$W/empty-file.db"
    run 1 "is empty" --db "$W/empty-file.db" check
    run 1 "is empty" --db "$W/empty-file.db" list city
    [ ! -s "$W/empty-file.db" ] || fail "a command made the empty file a database"
    run 1 "names a directory" --db "$W/empty-file.db/" list city
    run 1 "names a directory" init "$W/new.db/"
    [ ! -e "$W/new.db" ] || fail "init new.db/ made new.db"
    rm -f "$W/empty-file.db"
    # a command on the default database that is not there makes no folder
    mkdir "$W/xdg"
    XDG_DATA_HOME="$W/xdg" "$IRDESK" check >"$W/out" 2>"$W/err"
    [ $? = 1 ] && grep -q "does not exist" "$W/err" || fail "check of no default database"
    [ -z "$(ls -A "$W/xdg")" ] || fail "check made $(ls -A "$W/xdg")"
    XDG_DATA_HOME="$W/xdg" "$IRDESK" init >"$W/out" 2>"$W/err" || fail "init at the default place"
    [ -s "$W/xdg/irdesk/irdesk.db" ] || fail "init did not make the default database"
    rm -rf "$W/xdg"
    run 2 "needs a file name" --db "" list city
    # the desk without a terminal does not create an explicit path either
    "$IRDESK" --db "$m" </dev/null >"$W/out" 2>"$W/err"
    [ $? = 1 ] || fail "the desk on a missing --db without a terminal"
    [ ! -e "$m" ] || fail "the desk created $m without asking"
    # init and copy do, and only where nothing is
    run 0 "" init "$m"
    grep -q "Created the database" "$W/out" || fail "init says nothing: $(cat "$W/out")"
    [ "$(stat -c %a "$m")" = 600 ] || fail "init made mode $(stat -c %a "$m")"
    DB=$m
    remember
    run 1 "exists already" init "$m"
    run 1 "exists already" init --empty "$m"
    run 0 "" init --empty "$W/empty.db"
    [ "$(sqlite3 "$W/empty.db" 'SELECT count(*) FROM city')" = 0 ] || fail "init --empty seeded"
    : >"$W/zero.db"
    run 0 "" copy "$m" "$W/zero.db"
    run 0 "" check "$W/zero.db"
    run 1 "exists already" copy "$m" "$W/empty.db"
    run 1 "open database" copy "$m" "$m-wal"
    run 1 "" copy "$W/nothing.db" "$W/c.db"
    [ ! -e "$W/c.db" ] || fail "copy from nothing made c.db"
    [ ! -e "$W/nothing.db" ] || fail "copy made its source"
    unchanged
    # special files are never opened as a database
    run 1 "not a regular file" --db /dev/null list city
    [ ! -e /dev/null-journal ] || fail "/dev/null-journal was created"
    mkfifo "$W/fifo.db"
    run 1 "not a regular file" --db "$W/fifo.db" list city
}

# No ESC (or BEL) byte and no right-to-left override in a file.
no_escapes() {
    for f in "$@"; do
        if grep -q "$(printf '[\033\007]')" "$f" || grep -q "$(printf '\342\200\256')" "$f"; then
            fail "$f holds escape bytes: $(cat -v "$f" | head -3)"
        fi
    done
}

t_terminals_stay_clean() {
    fresh clean
    # what a hostile CSV or another program could have stored
    sqlite3 "$DB" "UPDATE city SET name_en = 'Kana' || char(27) || ']52;c;aGk=' || char(7) ||
        'zawa' || char(8238) || 'moc', notes = 'line' || char(10) || 'next' || char(27) || '[2J'
        WHERE id = 3" || fail "could not plant the escapes"
    remember
    for args in "list city" "show city 3" "show city 3" "history city 3" "report dossier city 3" \
        "report list city" "report portfolio" "check"; do
        # shellcheck disable=SC2086
        "$IRDESK" --db "$DB" $args >"$W/out" 2>"$W/err"
        no_escapes "$W/out" "$W/err"
    done
    "$IRDESK" --db "$DB" history city 3 >"$W/out" 2>&1
    grep -q 'Kana^\[\]52;c;aGk=^Gzawa<U+202E>moc' "$W/out" || fail "history does not show them: $(cat "$W/out")"
    # check names kind, record and field, and fails
    run 1 "" --db "$DB" check
    grep -q "City 3: the field Name (English) holds a control character" "$W/out" ||
        fail "check does not name the field: $(cat "$W/out")"
    grep -q "City 3: the field Notes holds" "$W/out" || fail "check misses the notes"
    "$IRDESK" --lang nl --db "$DB" check >"$W/out" 2>&1
    grep -q "Stad 3: het veld Naam (Engels) bevat een stuurteken" "$W/out" || fail "no Dutch check: $(cat "$W/out")"
    # a report file is a document: shown as text there too (a printer reads ESC as commands)
    run 0 "" --db "$DB" report dossier city 3 -o "$W/r.txt"
    no_escapes "$W/r.txt"
    grep -q 'Kana.\]52;c;aGk=.zawa.moc' "$W/r.txt" || fail "the report file: $(grep Kana "$W/r.txt")"
    # an export to a file or a pipe is exchanged data: exact
    "$IRDESK" --db "$DB" export city --format csv | grep -q "$(printf 'Kana\033]52')" ||
        fail "the export to a pipe lost the record's exact bytes"
    # usage errors, configuration warnings and the print command's stderr
    run 2 "unknown kind" --db "$DB" list "$(printf 'ci\033]0;owned\007ty')"
    no_escapes "$W/err"
    grep -q 'ci^\[\]0;owned^Gty' "$W/err" || fail "the usage error does not show what was typed"
    run 2 "unknown option" --db "$DB" "$(printf -- '--x\033[2J')" list city
    no_escapes "$W/err"
    mkdir -p "$W/cfg/irdesk"
    printf 'colour\033[31m = red\nprint_command = printf "\\033]0;owned\\007oops" >&2; exit 3\n' \
        >"$W/cfg/irdesk/config"
    XDG_CONFIG_HOME="$W/cfg" run 1 "Printing failed" --db "$DB" report portfolio --print
    no_escapes "$W/err"
    grep -q 'unknown key "colour^\[\[31m"' "$W/err" || fail "the configuration warning: $(cat -v "$W/err")"
    grep -q 'Printing failed (exit status 3): ^\[\]0;owned^Goops' "$W/err" || fail "the print command's message: $(cat -v "$W/err")"
    unchanged
    # the desk shows them as harmless text too
    T="tmux -L irdesk-hostile-$$ -f /dev/null"
    $T new-session -d -s t -x 100 -y 30 "env TERM=xterm LC_ALL=C.UTF-8 $IRDESK --db $DB --read-only"
    i=0
    until $T capture-pane -p -t t | grep -q "Kana"; do
        i=$((i + 1)); [ $i -gt 50 ] && break; sleep 0.1
    done
    $T capture-pane -p -t t >"$W/screen"
    $T kill-server 2>/dev/null
    grep -q 'Kana.\]52;c;aGk=.zawa' "$W/screen" || fail "the desk's screen: $(grep Kana "$W/screen")"
    # the override shows as U+FFFD, never as itself (it would turn "moc" round)
    no_escapes "$W/screen"
    grep -q "zawa$(printf '\357\277\275')moc" "$W/screen" || fail "the desk's override: $(grep Kana "$W/screen")"
    unchanged
}

# Every text a person gives is checked alike: a link's type and an attached
# file's name too (not UTF-8, a control character, a reading-direction override).
t_link_types_and_file_names_are_checked() {
    fresh typed
    remember
    run 1 "Type of link: the text is not valid UTF-8" --db "$DB" link city 1 network 2 "$(printf 'a\377')"
    run 1 "Type of link: the text holds a control character" --db "$DB" link city 1 network 2 "$(printf 'esc \033[31m red')"
    run 1 "changes the reading direction" --db "$DB" link city 1 network 2 "$(printf 'bidi \342\200\256 x')"
    run 1 "Soort koppeling: de tekst bevat een teken dat de leesrichting" --lang nl --db "$DB" link city 1 network 2 "$(printf 'b \342\200\256 x')"
    f="$W/$(printf 'bidi\342\200\256txt.exe')"
    echo data >"$f"
    run 1 "File name: the text holds a character that changes the reading direction" --db "$DB" attach city 1 "$f"
    no_escapes "$W/err"
    unchanged
    run 0 "" --db "$DB" link city 1 network 2 "partner"
    [ "$(sqlite3 "$DB" "SELECT note FROM link WHERE a_kind = 'city' AND a_id = 1 AND b_kind = 'network'")" = partner ] ||
        fail "a plain type is not stored"
}

t_output_that_cannot_be_written() {
    fresh full_stdout
    for args in "list city" "show city 3" "history city 3" "report portfolio" \
        "report dossier city 3" "report list city" "check" "status city 3 dormant" \
        "search gent" "agenda" "views" "export city --format csv"; do
        # shellcheck disable=SC2086
        "$IRDESK" --db "$DB" $args >/dev/full 2>"$W/err"
        st=$?
        [ "$st" = 1 ] || fail "$args > /dev/full: exit $st"
        # the reason is the write's own, whatever ran after it
        grep -q "Cannot write to standard output: No space left on device" "$W/err" ||
            fail "$args > /dev/full: $(cat "$W/err")"
    done
}

t_terminals_that_cannot_place_the_cursor() {
    fresh dumb
    remember
    for term in dumb unknown-thing; do
        TERM=$term "$IRDESK" --db "$DB" </dev/null >"$W/out" 2>"$W/err"
        st=$?
        [ "$st" = 1 ] || fail "TERM=$term: exit $st"
        grep -q "irdesk --help" "$W/err" || fail "TERM=$term: $(cat "$W/err")"
        [ ! -s "$W/out" ] || fail "TERM=$term wrote to the screen: $(cat -v "$W/out" | head -c 200)"
    done
    grep -q 'The terminal type "unknown-thing" is unknown' "$W/err" || fail "unknown terminal: $(cat "$W/err")"
    env -u TERM "$IRDESK" --db "$DB" </dev/null >"$W/out" 2>"$W/err"
    [ $? = 1 ] || fail "no TERM: exit status"
    grep -q "TERM is not set" "$W/err" || fail "no TERM: $(cat "$W/err")"
    # on a real terminal of type dumb (tmux), in Dutch
    T="tmux -L irdesk-dumb-$$ -f /dev/null"
    $T new-session -d -s t -x 80 -y 24 \
        "env TERM=dumb $IRDESK --lang nl --db $DB; echo rc=\$? >$W/rc; sleep 30"
    i=0
    until [ -s "$W/rc" ]; do i=$((i + 1)); [ $i -gt 50 ] && break; sleep 0.1; done
    $T capture-pane -p -t t >"$W/screen"
    $T kill-server 2>/dev/null
    grep -q "rc=1" "$W/rc" || fail "the desk on TERM=dumb: $(cat "$W/rc")"
    grep -q "kan de cursor niet plaatsen" "$W/screen" || fail "dumb terminal screen: $(cat "$W/screen")"
    # a first start on such a terminal makes no default database (nor its folder)
    mkdir "$W/xdg"
    TERM=dumb XDG_DATA_HOME="$W/xdg" "$IRDESK" </dev/null >"$W/out" 2>"$W/err"
    [ $? = 1 ] || fail "first start on TERM=dumb: exit status"
    [ -z "$(ls -A "$W/xdg")" ] || fail "a first start on TERM=dumb made $(ls -A "$W/xdg")"
    unchanged
}

# run as the user nobody, who may not write where root's files are
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }

t_databases_that_cannot_be_written() {
    fresh ro_dir
    chmod 755 "$ROOT" "$W"
    mkdir "$W/ro" && cp "$DB" "$W/ro/t.db" && chmod 644 "$W/ro/t.db" && chmod 555 "$W/ro"
    DB=$W/ro/t.db
    remember
    [ "$(sqlite3 "$DB" 'PRAGMA journal_mode')" = wal ] || fail "the copy is not in WAL mode"
    # a WAL database in a directory nobody may write in: --read-only reads it
    as_nobody "$IRDESK" --db "$DB" --read-only list city >"$W/out" 2>"$W/err" ||
        fail "--read-only in a read-only directory: $(cat "$W/err")"
    grep -q Kanazawa "$W/out" || fail "nothing listed"
    as_nobody "$IRDESK" check "$DB" >"$W/out" 2>"$W/err" || fail "check FILE: $(cat "$W/err")"
    as_nobody "$IRDESK" --db "$DB" list city >"$W/out" 2>"$W/err"
    [ $? = 1 ] || fail "a writable open of a read-only directory succeeded"
    grep -q "the directory .* is not writable.*--read-only" "$W/err" || fail "no reason: $(cat "$W/err")"
    as_nobody "$IRDESK" --db "$DB" --read-only status city 3 dormant >"$W/out" 2>"$W/err"
    [ $? = 1 ] || fail "a status change in a read-only directory"
    grep -q "read-only" "$W/err" || fail "$(cat "$W/err")"
    ls -A "$W/ro" | grep -q -e '-wal' -e '-shm' && fail "files appeared: $(ls -A "$W/ro")"
    # a file nobody may read
    chmod 600 "$DB"
    as_nobody "$IRDESK" --db "$DB" --read-only list city >"$W/out" 2>"$W/err"
    [ $? = 1 ] || fail "an unreadable database opened"
    grep -q "permission denied" "$W/err" || fail "permission: $(cat "$W/err")"
    unchanged
    chmod u+w "$W/ro"
    # a read-only file system (a read-only bind mount in a private namespace)
    fresh ro_fs
    remember
    unshare -m sh -c "mount --bind '$W' '$W' && mount -o remount,bind,ro '$W' &&
        '$IRDESK' --db '$DB' --read-only list city >'$ROOT/ro_fs.out' 2>'$ROOT/ro_fs.err1';
        echo \$? >'$ROOT/ro_fs.rc1';
        '$IRDESK' --db '$DB' list city >/dev/null 2>'$ROOT/ro_fs.err2'; echo \$? >'$ROOT/ro_fs.rc2'" ||
        fail "no private read-only mount"
    [ "$(cat "$ROOT/ro_fs.rc1")" = 0 ] || fail "--read-only on a read-only file system: $(cat "$ROOT/ro_fs.err1")"
    grep -q Kanazawa "$ROOT/ro_fs.out" || fail "nothing listed from the read-only file system"
    [ "$(cat "$ROOT/ro_fs.rc2")" = 1 ] || fail "a writable open on a read-only file system"
    grep -q "read-only file system" "$ROOT/ro_fs.err2" || fail "$(cat "$ROOT/ro_fs.err2")"
    unchanged
    # a full disk (a tiny tmpfs, filled)
    fresh full_disk
    mkdir "$W/m"
    # room for the database and little more, then filled
    kb=$(($(stat -c %s "$DB") / 1024 + 256))
    unshare -m sh -c "mount -t tmpfs -o size=${kb}k tmpfs '$W/m' && cp '$DB' '$W/m/t.db' &&
        { dd if=/dev/zero of='$W/m/pad' bs=4k 2>/dev/null; true; } &&
        '$IRDESK' --db '$W/m/t.db' status city 3 dormant >/dev/null 2>'$ROOT/full.err';
        echo \$? >'$ROOT/full.rc'; rm '$W/m/pad';
        sqlite3 '$W/m/t.db' 'SELECT status FROM city WHERE id = 3' >'$ROOT/full.st'" ||
        fail "no private tmpfs"
    [ "$(cat "$ROOT/full.rc")" = 1 ] || fail "a write on a full disk: exit $(cat "$ROOT/full.rc")"
    grep -q "disk is full" "$ROOT/full.err" || fail "full disk: $(cat "$ROOT/full.err")"
    [ "$(cat "$ROOT/full.st")" = active ] || fail "the full disk took a change"
    # past the file size limit
    remember
    (ulimit -f 8; "$IRDESK" --db "$DB" status city 3 dormant >"$W/out" 2>"$W/err")
    st=$?
    [ "$st" = 1 ] || fail "past the file size limit: exit $st"
    grep -q "file size limit" "$W/err" || fail "file size limit: $(cat "$W/err")"
    unchanged
}

# Honest imports (issue 9, item 7): a refused file leaves the database as
# it was, says why with its line, and prints nothing raw from the file.
t_imports_are_honest() {
    fresh imports
    remember
    printf 'id,notes\n2,Caf\303\251\n3,\351\n' >"$W/bad.csv"
    run 1 "Line 3, byte 3 is not UTF-8" --db "$DB" import city "$W/bad.csv"
    printf 'id,notes\n2,"a"b\n' >"$W/q.csv"
    run 1 "Line 2: text after a field's closing quote" --db "$DB" import city "$W/q.csv"
    printf 'id,notes\n2,a"b\n' >"$W/q.csv"
    run 1 "Line 2: a quote inside a field" --db "$DB" import city "$W/q.csv"
    printf 'id,notes\n2,"open\n' >"$W/q.csv"
    run 1 "Line 2: a quoted field is never closed" --db "$DB" import city "$W/q.csv"
    printf 'id,notes,notes\n2,a,b\n' >"$W/q.csv"
    run 1 "the column \"notes\" appears twice" --db "$DB" import city "$W/q.csv"
    mkdir "$W/dir.csv"
    run 1 "is a directory" --db "$DB" import city "$W/dir.csv"
    mkfifo "$W/fifo.csv"
    run 1 "not a regular file" --db "$DB" import city "$W/fifo.csv"
    printf 'name_nl,relation\nevil\342\200\256gpj.exe,partner\n' >"$W/q.csv"
    run 1 "U+202E" --db "$DB" import city "$W/q.csv"
    printf 'id,notes\n\033]52;c;aGk=\007,x\n' >"$W/q.csv"
    run 1 "is not a record number" --db "$DB" import city "$W/q.csv"
    ! grep -q "$(printf '\033')" "$W/err" || fail "an escape from the file reached stderr"
    printf 'name_nl,relation\nKanazawa,sister\n' >"$W/q.csv"
    run 1 "would create a second Kanazawa" --db "$DB" import city "$W/q.csv"
    run 1 "would create a second Kanazawa" --db "$DB" import city "$W/q.csv" --dry-run
    unchanged
    # the same file twice: the second time is refused, unless asked
    printf 'name_nl,relation,since\nRijsel,partner,1980\n' >"$W/new.csv"
    run 0 "" --db "$DB" import city "$W/new.csv"
    remember
    run 1 "would create a second Rijsel" --db "$DB" import city "$W/new.csv"
    unchanged
    run 0 "would create a second Rijsel" --db "$DB" import city "$W/new.csv" --allow-duplicates
    grep -q "Imported: 1 added" "$W/out" || fail "allowed duplicate: $(cat "$W/out")"
    # the dry run: the encoding, each change, and nothing written
    remember
    printf 'id;since;notes\r\n3;1974;Li\350ge\r\n' >"$W/cp.csv"
    run 1 "Line 2, byte 10 is not UTF-8" --db "$DB" import city "$W/cp.csv" --dry-run
    run 0 "" --db "$DB" import city "$W/cp.csv" --dry-run --encoding CP1252
    grep -q "read as CP1252" "$W/out" || fail "dry run names no encoding: $(cat "$W/out")"
    grep -q 'since: "1971" → "1974"' "$W/out" || fail "dry run lists no change: $(cat "$W/out")"
    grep -q '"Liège"' "$W/out" || fail "dry run lists no change: $(cat "$W/out")"
    unchanged
    # another desk writing: the import waits, says so, and then imports
    printf 'id,notes\n2,waited\n' >"$W/w.csv"
    hold_write_lock "$DB" 7
    run 0 "Waiting for another desk" --db "$DB" import city "$W/w.csv"
    wait "$locker"
    [ "$(sqlite3 "$DB" "SELECT notes FROM city WHERE id = 2")" = waited ] ||
        fail "the import did not write after waiting"
}

for t in t_nothing_is_created_by_accident t_settings_that_are_not_what_they_seem t_export_onto_the_database t_symlinks_are_not_followed_unless_asked \
    t_special_files_are_refused t_a_failed_write_keeps_the_old_file t_outputs_are_private \
    t_backups_are_whole_and_standalone t_a_killed_backup_leaves_nothing_under_its_name \
    t_restore_refuses_what_check_rejects t_terminals_stay_clean t_link_types_and_file_names_are_checked \
    t_output_that_cannot_be_written \
    t_terminals_that_cannot_place_the_cursor t_databases_that_cannot_be_written \
    t_imports_are_honest; do
    FAILED=0
    "$t"
    if [ "$FAILED" = 0 ]; then
        echo "ok - $t"
        pass=$((pass + 1))
    else
        echo "not ok - $t"
        failn=$((failn + 1))
    fi
done
echo "hostile: $pass passed, $failn failed"
[ "$failn" = 0 ]
