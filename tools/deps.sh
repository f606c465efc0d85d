#!/bin/sh
# Installs the Debian packages irdesk needs when they are missing.
#   tools/deps.sh build    to build and run the desk
#   tools/deps.sh check    to run the whole test suite as well
# As root it runs apt-get; otherwise it prints the exact command and fails.
set -eu
build="gcc make pkg-config libncurses-dev libsqlite3-dev gettext"
check="$build libcmocka-dev tmux mandoc sqlite3"
print="cups cups-client cups-bsd cups-pdf poppler-utils"
fuzz="clang libclang-rt-14-dev $build"
case "${1:-build}" in
build) want=$build ;;
check) want="$check $print" ;;
print) want=$print ;;
fuzz) want=$fuzz ;;
valgrind) want=valgrind ;;
*) echo "usage: $0 build|check|print|fuzz|valgrind" >&2; exit 2 ;;
esac
missing=
for p in $want; do
    if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "irdesk needs these Debian packages:$missing" >&2
    echo "Install them with:" >&2
    echo "  sudo apt-get install -y$missing" >&2
    exit 1
fi
echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq $missing >/dev/null
