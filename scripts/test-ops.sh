#!/usr/bin/env bash
# `make test-ops`: the slow operations tests (tests/ops/): an upgrade from the previous release
# keeping every record, faults (a worker killed in the middle of a reception and of a
# hand-over, PostgreSQL restarted under 10 desks, a full disk during an upload), two prefork
# servers behind nginx with one killed under 20 desks, the point-in-time recovery drill.
# On the test database of `make test` (built with demo data when missing); the tests that
# restart PostgreSQL do it on throwaway clusters of their own. Ends with one line
# "N passed, N failed"; each test's duration is printed above it.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/system-packages.sh" --check ops || exit
"$ROOT/scripts/bootstrap.sh" || die "bootstrap failed"
use_embedded_pg || die "no database server"

DB=${TTHC_TEST_DB:-tthc_test}
HTTP_PORT=${TTHC_TEST_HTTP_PORT:-8169}
# the tests' own ports: from here up (see tests/ops/conftest.py)
export TTHC_OPS_PORT=${TTHC_OPS_PORT:-$(( HTTP_PORT + 20 ))}
LOGDIR=$VAR/log
mkdir -p "$LOGDIR"
suffix=${DB#tthc_test}
JUNIT=$LOGDIR/test-ops-pytest$suffix.xml
ODOO_LOG=$LOGDIR/test-ops-odoo$suffix.log
rm -f "$JUNIT"
: > "$ODOO_LOG"
start=$(date +%s)

if ! db_exists "$DB"; then
    log "building $DB with the demo data (make test builds it with its tests)"
    bin/odoo -c config/test.conf -d "$DB" --http-port="$HTTP_PORT" --longpolling-port=$(( HTTP_PORT + 3 )) \
        -i "$("$VENV/bin/python" scripts/addon_deps.py addons "$ADDONS")" --load-language=vi_VN \
        --stop-after-init --log-level=warn --logfile="$ODOO_LOG" \
    && bin/odoo -c config/test.conf -d "$DB" --http-port="$HTTP_PORT" --longpolling-port=$(( HTTP_PORT + 3 )) \
        -i "$ADDONS" --stop-after-init --log-level=warn --logfile="$ODOO_LOG" \
    || die "could not build $DB (log: $ODOO_LOG)"
fi

# the test database of `make test` was built from this code; one built from other code (a pull
# since) is updated first
if [ "$(addons_hash)" != "$(cat "$VAR/addons-$DB.hash" 2>/dev/null)" ]; then
    log "updating $ADDONS in $DB (built from other code)"
    bin/odoo -c config/test.conf -d "$DB" --http-port="$HTTP_PORT" --longpolling-port=$(( HTTP_PORT + 3 )) \
        -u "$ADDONS" --stop-after-init --log-level=warn --logfile="$ODOO_LOG" \
        || die "could not update $DB (log: $ODOO_LOG)"
fi
addons_hash > "$VAR/addons-$DB.hash"

log "pytest: operations tests (tests/ops)"
"$VENV/bin/python" -m pytest -p no:cacheprovider -q --durations=0 --junitxml="$JUNIT" \
    --odoo-database="$DB" --odoo-config=config/test.conf ${TTHC_OPS_PYTEST_ARGS:-tests/ops}
pytest_rc=$?
log "operations tests: $(( $(date +%s) - start ))s"
"$VENV/bin/python" scripts/test_summary.py --odoo-log "$ODOO_LOG" --odoo-rc 0 \
    --junit "$JUNIT" --pytest-rc "$pytest_rc"
