#!/usr/bin/env bash
# `make backup` and `make restore`: scripts/backup.py on the project's database server (the
# embedded cluster, or PGHOST/PGPORT/PGUSER/PGPASSWORD). See scripts/backup.py for the options.
#   scripts/backup.sh backup [--db tthc] [--dir var/backups] [--keep-days 14] [--copy-to DEST]
#   scripts/backup.sh restore FILE [--db name] [--force]
# TTHC_CONF names the server configuration whose data_dir holds the filestore (default
# config/odoo.conf).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
# in the odoo container of docker-compose.yml: the database password is a secret file
if [ -z "${PGPASSWORD:-}" ] && [ -r "${PGPASSWORD_FILE:-}" ]; then
    PGPASSWORD=$(cat "$PGPASSWORD_FILE")
    export PGPASSWORD
fi
"$ROOT/scripts/bootstrap.sh"
use_embedded_pg
export PATH="$PG_BIN:$PATH"
exec "$VENV/bin/python" "$ROOT/scripts/backup.py" "$@"
