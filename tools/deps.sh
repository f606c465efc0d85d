#!/bin/sh
# Installs the Debian packages irdesk needs when they are missing.
#   tools/deps.sh build     to build and run the desk
#   tools/deps.sh check     to run the whole test suite as well
#   tools/deps.sh print     for the printing tests only
#   tools/deps.sh fuzz      to build the fuzzers with clang
#   tools/deps.sh valgrind  for make check-valgrind
#   tools/deps.sh deb       for make check-deb (the Debian package)
# As root it runs apt-get; otherwise it prints the exact command and fails.
# When another apt-get or dpkg is running it waits for it (up to
# $lock_timeout seconds) instead of failing.
set -eu

# ---- package groups: one variable per group --------------------------------
# Name REAL packages only, never virtual ones: dpkg-query knows a package by
# its own name only, so a virtual name never shows as installed and every run
# would call apt-get again.  `apt-cache show --no-all-versions NAME` prints
# nothing for a virtual name; `apt-cache showpkg NAME` lists what provides it
# (Debian 12: cups-pdf is provided by printer-driver-cups-pdf).
# A new group: add its variable here and name it in the case below.
build="gcc make pkg-config libncurses-dev libsqlite3-dev libpq-dev nettle-dev libjansson-dev gettext libpango1.0-dev libcairo2-dev fonts-noto-core fonts-noto-cjk"
# postgresql, postgresql-contrib: a throwaway cluster for the store on a server (tests/pg)
check="libcmocka-dev tmux mandoc sqlite3 zsh poppler-utils python3-icalendar postgresql postgresql-contrib"
print="cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils"
fuzz="clang libclang-rt-14-dev"
valgrind="valgrind"
# the Debian package: dpkg-buildpackage, dh, lintian, and the package's
# build dependencies (debian/control)
deb="dpkg-dev debhelper lintian libcmocka-dev"
# a real spreadsheet program for the CSV round trip (ssconvert), and the
# locales it runs under; installed without their recommendations (GUI)
spreadsheet="gnumeric locales"
norecommends="gnumeric"
locales_wanted="nl_BE.UTF-8"

lock_timeout=600   # seconds to wait for another package manager

case "${1:-build}" in
build) want="$build" ;;
check) want="$build $check $print $spreadsheet" ;;
print) want="$print" ;;
fuzz) want="$fuzz $build" ;;
valgrind) want="$valgrind" ;;
deb) want="$deb $build" ;;
*) echo "usage: $0 build|check|print|fuzz|valgrind|deb" >&2; exit 2 ;;
esac

nl='
'
# Sets $missing to the names in $want that are not installed.  One dpkg-query
# for all of them; it reads the database without locking it.  A package counts
# as installed when its files are in place and configured: "installed", also
# on hold or marked for removal, or with triggers still to run (apt-get would
# not run them anyway).  Anything else (not installed, unpacked or half done by
# an install running now) is missing.
find_missing() {
    # shellcheck disable=SC2086
    status=$nl$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' $want 2>/dev/null || :)$nl
    missing=
    for p in $want; do
        case $status in
        *"$nl$p installed$nl"* | *"$nl$p triggers-pending$nl"* | *"$nl$p triggers-awaited$nl"*) ;;
        *) missing="$missing $p" ;;
        esac
    done
}

# Prints "PID (COMMAND)" of the process holding the lock on file $1, if any.
lock_holder() {
    command -v lslocks >/dev/null 2>&1 || return 0
    lslocks -n -r -o PID,COMMAND,PATH 2>/dev/null |
        awk -v f="$1" '$3 == f { print $1 " (" $2 ")"; exit }'
}

# Waits while another process holds one of the package manager's locks, and
# says so.  Gives up after $lock_timeout seconds; apt-get then reports the lock.
wait_for_locks() {
    waited=0 said=
    for f in "$@"; do
        while who=$(lock_holder "$f") && [ -n "$who" ] && [ "$waited" -lt "$lock_timeout" ]; do
            if [ "$who $f" != "$said" ]; then
                echo "Waiting for process $who to release $f (up to ${lock_timeout}s)..."
                said="$who $f"
            fi
            sleep 2
            waited=$((waited + 2))
        done
    done
}

dpkg_locks="/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/cache/apt/archives/lock"
lists_lock=/var/lib/apt/lists/lock

# Sets $missing_locales to the locales of $locales_wanted this machine lacks
# (only for the groups that install locales).
find_missing_locales() {
    missing_locales=
    case " $want " in *" locales "*) ;; *) return 0 ;; esac
    have=$(locale -a 2>/dev/null | tr 'A-Z' 'a-z' | sed 's/utf-8/utf8/')
    for l in $locales_wanted; do
        low=$(echo "$l" | tr 'A-Z' 'a-z' | sed 's/utf-8/utf8/')
        echo "$have" | grep -qx "$low" || missing_locales="$missing_locales $l"
    done
}

# Generates the locales in $missing_locales (glibc's locale-gen, as root).
make_locales() {
    [ -z "$missing_locales" ] && return 0
    echo "Generating locales:$missing_locales"
    for l in $missing_locales; do
        if grep -q "^# *$l UTF-8" /etc/locale.gen 2>/dev/null; then
            sed -i "s/^# *$l UTF-8/$l UTF-8/" /etc/locale.gen
        elif ! grep -q "^$l UTF-8" /etc/locale.gen 2>/dev/null; then
            echo "$l UTF-8" >>/etc/locale.gen
        fi
    done
    locale-gen >/dev/null
}

find_missing
find_missing_locales
[ -z "$missing" ] && [ -z "$missing_locales" ] && exit 0
if [ "$(id -u)" -ne 0 ] && [ -z "$missing" ]; then
    echo "irdesk's tests need the locales:$missing_locales" >&2
    echo "Generate them (as root) with locale-gen after enabling them in /etc/locale.gen." >&2
    exit 1
fi
if [ -z "$missing" ]; then
    make_locales
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "irdesk needs these Debian packages:$missing" >&2
    echo "Install them with:" >&2
    echo "  sudo apt-get install -y$missing" >&2
    exit 1
fi

# Another install (another make check, say) may be running and be installing
# these very packages: wait for it, then look again.
# shellcheck disable=SC2086
wait_for_locks "$lists_lock" $dpkg_locks
find_missing
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt="apt-get -o DPkg::Lock::Timeout=$lock_timeout"

# apt-get update does not wait for the lists lock, whatever DPkg::Lock::Timeout
# says (apt 2.6): wait for it here, and try again if another process took it
# between our look and apt-get's.
tries=0
wait_for_locks "$lists_lock"
until $apt update -qq; do
    tries=$((tries + 1))
    [ "$tries" -lt 5 ] && [ -n "$(lock_holder "$lists_lock")" ] || exit 1
    wait_for_locks "$lists_lock"
done

# A virtual name would be installed through its provider and still be missing
# on the next run: refuse it, with the real name to put in the list above.
for p in $missing; do
    if ! apt-cache show --no-all-versions "$p" 2>/dev/null | grep -q '^Package:'; then
        echo "$0: \"$p\" is not a real package in the archive; name the real one in tools/deps.sh." >&2
        apt-cache showpkg "$p" 2>/dev/null | sed -n '/^Reverse Provides:/,$p' >&2
        exit 1
    fi
done

# shellcheck disable=SC2086
wait_for_locks $dpkg_locks
find_missing
if [ -n "$missing" ]; then
    plain= bare=
    for p in $missing; do
        case " $norecommends " in *" $p "*) bare="$bare $p" ;; *) plain="$plain $p" ;; esac
    done
    # shellcheck disable=SC2086
    [ -z "$plain" ] || $apt install -y -qq $plain >/dev/null
    # shellcheck disable=SC2086
    [ -z "$bare" ] || $apt install -y -qq --no-install-recommends $bare >/dev/null
fi
find_missing_locales
make_locales
