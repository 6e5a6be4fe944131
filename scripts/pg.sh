#!/usr/bin/env bash
# The project's own PostgreSQL cluster: data in var/pg/data, unix socket in var/pg/run,
# port 55432 (no TCP listener), an `odoo` role with LOGIN CREATEDB.
# Usage: pg.sh start|stop|status. Start and stop are idempotent.
set -euo pipefail
source "$(dirname "$0")/env.sh"
[ -x "$PG_BIN/initdb" ] || die "PostgreSQL server binaries not found (set TTHC_PG_BIN); run scripts/system-packages.sh"

# Run a PostgreSQL binary as the cluster's owner: ourselves, or PG_OS_USER when we are root.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi
}

prepare_root() {
    [ "$(id -u)" = 0 ] || return 0
    id -u "$PG_OS_USER" >/dev/null 2>&1 || \
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$PG_OS_USER"
    mkdir -p "$VAR/pg" "$VAR/log"
    chown "$PG_OS_USER" "$VAR/pg" "$VAR/log"
    # The owner must be able to reach var/: give traverse (x) right on parents that deny it.
    local dir=$VAR
    while [ "$dir" != / ]; do
        if ! runuser -u "$PG_OS_USER" -- test -x "$dir"; then
            log "granting traverse permission on $dir to other users (for $PG_OS_USER)"
            chmod o+x "$dir"
        fi
        dir=$(dirname "$dir")
    done
}

status() { as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

start() {
    prepare_root
    mkdir -p "$VAR/log"
    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
        log "creating the PostgreSQL cluster in $PG_DATA"
        as_owner mkdir -p "$PG_DATA" "$PG_SOCKET_DIR"
        as_owner "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust --encoding=UTF8 \
            --locale=C.UTF-8 >/dev/null
    fi
    as_owner mkdir -p "$PG_SOCKET_DIR"
    if ! status; then
        as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start \
            -o "-p $PG_PORT -k $PG_SOCKET_DIR -c listen_addresses='' -c synchronous_commit=off" >/dev/null \
            || { tail -n 20 "$PG_LOG" >&2; die "PostgreSQL did not start (log: $PG_LOG)"; }
        log "PostgreSQL listening on $PG_SOCKET_DIR (port $PG_PORT)"
    fi
    "$PG_BIN/psql" -X -q -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres -d postgres -c \
        "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'odoo') THEN
         CREATE ROLE odoo LOGIN CREATEDB; END IF; END\$\$;"
}

stop() {
    if [ -f "$PG_DATA/PG_VERSION" ] && status; then
        as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
        log "PostgreSQL stopped"
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) if status; then echo running; else echo stopped; exit 3; fi ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
