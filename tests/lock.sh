# Shared by the terminal and hostile-input tests (sourced).
# Hold the write lock of database $1 for $2 seconds in the background, as
# another desk's long write does; returns once the lock is held, with the
# holder's pid in $locker (wait for it).
hold_write_lock() {
    (echo ".timeout 5000"; echo "BEGIN IMMEDIATE; UPDATE city SET notes = notes WHERE id = 1;"
        sleep "$2"; echo "COMMIT;") | sqlite3 "$1" &
    locker=$!
    i=0
    while sqlite3 "$1" "BEGIN IMMEDIATE; ROLLBACK;" 2>/dev/null; do
        i=$((i + 1))
        [ "$i" -gt 100 ] && { fail "the lock was never taken"; break; }
        sleep 0.05
    done
}
