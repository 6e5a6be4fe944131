#!/usr/bin/env bash
# Command 1: install what is missing, start the embedded PostgreSQL cluster, create the
# database `tthc` with the four addons and their demo data on the first run (reused after,
# and updated when the addons' code has changed since), and serve the web client on
# http://127.0.0.1:8069 in the foreground.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/bootstrap.sh"
use_embedded_pg
DB=${TTHC_DB:-tthc}
addons_hash() {
    find addons -type f ! -path '*/__pycache__/*' -print0 | sort -z | xargs -0 sha256sum \
        | sha256sum | cut -d' ' -f1
}
CONF=${TTHC_CONF:-config/odoo.conf}

build_db() {
    log "creating database $DB with $ADDONS and demo data (about a minute)"
    # Dependencies and the Vietnamese language first: the demo users work in Vietnamese.
    bin/odoo -c "$CONF" -d "$DB" -i "$("$VENV/bin/python" scripts/addon_deps.py addons "$ADDONS")" \
        --load-language=vi_VN --stop-after-init --log-level=warn \
        && bin/odoo -c "$CONF" -d "$DB" -i "$ADDONS" --stop-after-init --log-level=warn \
        || { psql_odoo -c "DROP DATABASE IF EXISTS \"$DB\""; die "could not create $DB"; }
    addons_hash > "$VAR/addons-$DB.hash"
}

if ! db_exists "$DB"; then
    build_db
elif [ "$(addons_hash)" != "$(cat "$VAR/addons-$DB.hash" 2>/dev/null)" ]; then
    log "the addons changed since $DB was built: updating $ADDONS in it"
    if bin/odoo -c "$CONF" -d "$DB" -u "$ADDONS" --stop-after-init --log-level=critical \
            --logfile="$VAR/log/update-$DB.log"; then
        addons_hash > "$VAR/addons-$DB.hash"
    elif [ "$(psql_odoo -d "$DB" -tAc "SELECT demo FROM ir_module_module WHERE name = 'tthc_catalog'")" != t ]; then
        die "could not update $DB (see $VAR/log/update-$DB.log); it is left as it was"
    else
        # a demo database whose demo data an update cannot bring forward (they are built by
        # the reception's actions): nothing is dropped, the old one is kept under another name
        old="${DB}_$(date +%Y%m%d_%H%M%S)"
        log "could not update $DB in place (see $VAR/log/update-$DB.log): keeping it as $old"
        psql_odoo -c "ALTER DATABASE \"$DB\" RENAME TO \"$old\"" || die "could not rename $DB"
        filestore=$VAR/data/filestore
        [ -d "$filestore/$DB" ] && mv "$filestore/$DB" "$filestore/$old"
        build_db
    fi
fi

log "serving http://127.0.0.1:${TTHC_HTTP_PORT:-8069}/web  (database $DB)"
log "log in as the demo administrator: admin / admin   (stop with Ctrl-C; 'make stop' stops PostgreSQL)"
exec bin/odoo -c "$CONF" -d "$DB" ${TTHC_HTTP_PORT:+--http-port=$TTHC_HTTP_PORT} "$@"
