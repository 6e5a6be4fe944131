#!/usr/bin/env bash
# Command 1: install what is missing, start the embedded PostgreSQL cluster, create the
# database `tthc` with the four addons and their demo data on the first run (reused after,
# and updated when the addons' code has changed since: an update that fails leaves the database
# as it was and stops), and serve the web client on
# http://127.0.0.1:8069 in the foreground.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/system-packages.sh" --check run || exit
"$ROOT/scripts/bootstrap.sh"
use_embedded_pg
DB=${TTHC_DB:-tthc}
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

# An update that fails is a bug of the release, never a reason to replace data: the database
# is updated in place after a copy of it (CREATE DATABASE … TEMPLATE, the filestore hard-linked:
# Odoo never rewrites a stored file); on failure the copy takes its place again, untouched, and
# nothing is served.
update_db() {
    local copy="${DB}_pre_update" filestore
    filestore="$ROOT/$(sed -n 's/^data_dir *= *//p' "$CONF" | head -n 1)/filestore"
    if db_exists "$copy"; then
        die "$copy exists: an earlier update of $DB was interrupted; $copy is $DB as it was before it (compare, then drop one of them)"
    fi
    psql_odoo -c "CREATE DATABASE \"$copy\" TEMPLATE \"$DB\"" \
        || die "could not copy $DB before updating it: close every server and shell using it"
    rm -rf "$filestore/$copy"
    [ -d "$filestore/$DB" ] && cp -al "$filestore/$DB" "$filestore/$copy"
    # Odoo 11's -u does not install a dependency the new code added: installed first
    if bin/odoo -c "$CONF" -d "$DB" -i "$("$VENV/bin/python" scripts/addon_deps.py addons "$ADDONS")" \
            --stop-after-init --log-level=critical --logfile="$VAR/log/update-$DB.log" \
        && bin/odoo -c "$CONF" -d "$DB" -u "$ADDONS" --stop-after-init --log-level=warn \
            --logfile="$VAR/log/update-$DB.log"; then
        psql_odoo -c "DROP DATABASE \"$copy\""
        rm -rf "$filestore/$copy"
        addons_hash > "$VAR/addons-$DB.hash"
        return 0
    fi
    psql_odoo -c "DROP DATABASE \"$DB\"" && psql_odoo -c "ALTER DATABASE \"$copy\" RENAME TO \"$DB\"" \
        || die "the update of $DB failed and $DB could not be put back: $copy holds it as it was"
    rm -rf "$filestore/$DB"
    [ -d "$filestore/$copy" ] && mv "$filestore/$copy" "$filestore/$DB"
    grep -E ' (ERROR|CRITICAL) ' "$VAR/log/update-$DB.log" | tail -n 5 >&2 || true
    die "updating $DB to this code failed: this is a bug, please report it with $VAR/log/update-$DB.log. $DB is left as it was; nothing is served"
}

if ! db_exists "$DB"; then
    build_db
elif [ "$(addons_hash)" != "$(cat "$VAR/addons-$DB.hash" 2>/dev/null)" ]; then
    log "the addons changed since $DB was built: updating $ADDONS in it"
    update_db
fi

log "serving http://127.0.0.1:${TTHC_HTTP_PORT:-8069}/web  (database $DB)"
log "log in as the demo administrator: admin / admin   (stop with Ctrl-C; 'make stop' stops PostgreSQL)"
exec bin/odoo -c "$CONF" -d "$DB" ${TTHC_HTTP_PORT:+--http-port=$TTHC_HTTP_PORT} "$@"
