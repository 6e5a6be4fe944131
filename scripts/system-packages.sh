#!/usr/bin/env bash
# The Debian packages the suite needs, per purpose, and their installation.
#
#   system-packages.sh [run|test|ops]          install what is missing (root, or sudo)
#   system-packages.sh --check [run|test|ops]  the same, called by `make run`, `make test` and
#                                              `make test-ops` before anything else: installs
#                                              when it can (root, or sudo without a password),
#                                              otherwise prints ONE line with the command to
#                                              run and exits 3, before any test
#
# run:  what `make run` needs (the PostgreSQL server only for the embedded cluster: with PGHOST
#       set, as in Docker, its client is enough); test: run + the browser and PDF tools of the
#       tests; ops: test + nginx (the two-server test of `make test-ops`). Default: ops.
# TTHC_SYSTEM_PACKAGES replaces the list (tests of this check).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

check=
if [ "${1:-}" = --check ]; then check=1; shift; fi
purpose=${1:-ops}
case "$purpose" in
    run|test|ops) ;;
    *) echo "usage: $0 [--check] [run|test|ops]" >&2; exit 2 ;;
esac

wanted() {
    local pg=postgresql
    [ -n "${PGHOST:-}" ] && pg=postgresql-client
    # building psycopg2 and the other compiled wheels into the virtual environment
    echo "$pg libpq-dev gcc python3-venv python3-dev nodejs npm wkhtmltopdf fonts-noto-core fonts-dejavu-core"
    case "$purpose" in
        run) ;;
        test) echo "chromium poppler-utils" ;;
        ops) echo "chromium poppler-utils nginx-light" ;;
    esac
}

if [ -n "${TTHC_SYSTEM_PACKAGES:-}" ]; then
    candidates=($TTHC_SYSTEM_PACKAGES)
else
    candidates=($(wanted))
fi

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}
need=()
for pkg in "${candidates[@]}"; do
    case "$pkg" in
        # Python, node and a compiler may come from elsewhere than Debian (pyenv, nodesource,
        # the python image of Docker): what works is kept.
        python3-venv) python3 -c 'import venv, ensurepip' 2>/dev/null && continue ;;
        python3-dev) python3 -c 'import os, sysconfig; assert os.path.exists(
            os.path.join(sysconfig.get_paths()["include"], "Python.h"))' 2>/dev/null && continue ;;
        nodejs) command -v node >/dev/null && continue ;;
        npm) command -v npm >/dev/null && continue ;;
        gcc) command -v cc >/dev/null && continue ;;
        # nginx (full) serves as well as nginx-light
        nginx-light) command -v nginx >/dev/null && continue ;;
    esac
    installed "$pkg" || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0

command -v apt-get >/dev/null || {
    echo "[tthc] missing system packages: ${need[*]} (install them with your system's package manager; Debian names)" >&2
    exit 3
}
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        exec sudo -n env TTHC_SYSTEM_PACKAGES="${need[*]}" "$0" "$purpose"
    fi
    echo "[tthc] missing system packages: ${need[*]}; install them first as root with: sudo $ROOT/scripts/system-packages.sh $purpose" >&2
    exit 3
fi

echo "[tthc] installing the missing system packages: ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Installing a server (nginx) must not start it: the tests start their own.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod 755 "$policy"
    trap 'rm -f "$policy"' EXIT
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
