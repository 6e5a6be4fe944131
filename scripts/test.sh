#!/usr/bin/env bash
# The whole test suite: a fresh database `tthc_test` with demo data and the four addons
# installed with their tests, then pytest (pytest-odoo) on the suite-level tests and the
# compatibility layer. Runs beside `make run` (own database, HTTP port 8169).
# The lint step runs first (scripts/lint.sh); its checks count among the tests.
# Ends with one line "N passed, N failed[, N skipped]"; exits non-zero on any failure, on any
# ERROR/CRITICAL line of the Odoo log, and when no test ran.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/bootstrap.sh" || die "bootstrap failed"
use_embedded_pg || die "no database server"

# Several runs can share the machine: each with its own database, ports and logs.
DB=${TTHC_TEST_DB:-tthc_test}
HTTP_PORT=${TTHC_TEST_HTTP_PORT:-8169}
export TTHC_BROWSER_PORT=${TTHC_BROWSER_PORT:-$(( HTTP_PORT + 10 ))}
LOGDIR=$VAR/log
mkdir -p "$LOGDIR"
suffix=${DB#tthc_test}
ODOO_LOG=$LOGDIR/test-odoo$suffix.log
JUNIT=$LOGDIR/test-pytest$suffix.xml
LINT_JUNIT=$LOGDIR/test-lint$suffix.xml
PORTS="--http-port=$HTTP_PORT --longpolling-port=$(( HTTP_PORT + 3 ))"
rm -f "$ODOO_LOG" "$JUNIT" "$LINT_JUNIT"

# The lint step first (flake8, pylint-odoo, licence headers: under a minute); each of its three
# checks counts as a test in the closing line.
log "lint (make lint)"
scripts/lint.sh "$LINT_JUNIT"

if db_exists "$DB"; then
    psql_odoo -c "DROP DATABASE \"$DB\"" || die "cannot drop $DB (is a server using it?)"
fi
rm -rf "$VAR/test-data/filestore/$DB"

# The addons the suite depends on are installed first, without their own tests (Odoo's tests
# of base, mail, hr … take minutes): `make test-odoo` (TTHC_TEST_ODOO=1) runs those too.
deps=$("$VENV/bin/python" scripts/addon_deps.py addons $ADDONS)
start=$(date +%s)
log "installing the dependencies ($deps) into $DB (log: $ODOO_LOG)"
if [ -n "${TTHC_TEST_ODOO:-}" ]; then
    # Odoo's own tests expect English everywhere: they run before Vietnamese is loaded
    bin/odoo -c config/test.conf $PORTS -d "$DB" --db-filter="^$DB\$" -i "$deps" --test-enable \
        --stop-after-init --log-level=test --logfile="$ODOO_LOG"
    odoo_rc=$?
    [ "$odoo_rc" = 0 ] && bin/odoo -c config/test.conf $PORTS -d "$DB" --db-filter="^$DB\$" \
        -i "$deps" --load-language=vi_VN --stop-after-init --log-level=test --logfile="$ODOO_LOG"
else
    bin/odoo -c config/test.conf $PORTS -d "$DB" --db-filter="^$DB\$" -i "$deps" \
        --load-language=vi_VN --stop-after-init --log-level=test --logfile="$ODOO_LOG"
fi
odoo_rc=$?
if [ "$odoo_rc" = 0 ]; then
    log "installing $ADDONS with their tests"
    bin/odoo -c config/test.conf $PORTS -d "$DB" --db-filter="^$DB\$" -i "$ADDONS" --test-enable --stop-after-init \
        --log-level=test --logfile="$ODOO_LOG"
    odoo_rc=$?
fi
log "Odoo finished with exit code $odoo_rc in $(( $(date +%s) - start ))s"
# Show what went wrong, and each test module's result.
grep -E ' (ERROR|CRITICAL) |: (Ran [0-9]+ tests?|OK|FAILED)' "$ODOO_LOG" | cut -c1-400 || true

log "pytest: suite-level tests"
"$VENV/bin/python" -m pytest -p no:cacheprovider -q --junitxml="$JUNIT" \
    --odoo-database="$DB" --odoo-config=config/test.conf ${TTHC_PYTEST_ARGS:-tests odoo_py311/tests}
pytest_rc=$?

"$VENV/bin/python" scripts/test_summary.py --odoo-log "$ODOO_LOG" --odoo-rc "$odoo_rc" \
    --junit "$JUNIT" --pytest-rc "$pytest_rc" --lint-junit "$LINT_JUNIT"
