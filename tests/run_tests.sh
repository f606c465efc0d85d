# Shared by the shell test suites (sourced): run_tests SUITE t_one t_two ...
# runs each test function with FAILED=0, prints TAP-like "ok - NAME" or
# "not ok - NAME" and a count, and returns non-zero when any failed.  A
# test reports its failures by setting FAILED=1 (the suites' fail()).
run_tests() {
    suite=$1 pass=0 failn=0
    shift
    for t in "$@"; do
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
    echo "$suite: $pass passed, $failn failed"
    [ "$failn" = 0 ]
}
