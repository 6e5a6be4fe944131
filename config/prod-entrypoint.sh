#!/usr/bin/env bash
# Production start (the Docker image's entry point; see SECURITY.md): checks the secrets, writes
# the effective server configuration from config/odoo.prod.conf, then runs scripts/run.sh on it
# (which creates the database without demo data on the first start, then serves).
#
# Environment:
#   TTHC_ADMIN_PASSWD_FILE  file holding the master password (default: the Docker secret
#                           /run/secrets/odoo_admin_passwd); or TTHC_ADMIN_PASSWD itself.
#                           Required: 16 characters or more, or a pbkdf2_sha512 hash.
#   PGPASSWORD_FILE         file holding the database password (exported as PGPASSWORD)
#   TTHC_DB                 database name (default tthc); it is also the only one dbfilter lets in
#   TTHC_WORKERS, TTHC_HTTP_INTERFACE, TTHC_LOGFILE   override those options
#   TTHC_PROD_CONF          template (default config/odoo.prod.conf)
#   TTHC_RUNTIME_CONF       where the effective configuration is written (default
#                           /tmp/tthc/odoo.conf, mode 600)
# With --config-only it writes the configuration, prints its path and stops (for checks).
set -euo pipefail
source "$(dirname "$0")/../scripts/env.sh"
cd "$ROOT"

template=${TTHC_PROD_CONF:-config/odoo.prod.conf}
runtime=${TTHC_RUNTIME_CONF:-/tmp/tthc/odoo.conf}
# Odoo silently ignores a configuration file it cannot read and falls back to its defaults
# (database manager open, master password "admin"): never let that happen.
[ -r "$template" ] || die "cannot read $template"

secret_file=${TTHC_ADMIN_PASSWD_FILE:-/run/secrets/odoo_admin_passwd}
if [ -r "$secret_file" ]; then
    TTHC_ADMIN_PASSWD=$(cat "$secret_file")
fi
[ -n "${TTHC_ADMIN_PASSWD:-}" ] || die "no master password: set TTHC_ADMIN_PASSWD_FILE (or the secret odoo_admin_passwd)"

if [ -n "${PGPASSWORD_FILE:-}" ]; then
    [ -r "$PGPASSWORD_FILE" ] || die "cannot read PGPASSWORD_FILE=$PGPASSWORD_FILE"
    PGPASSWORD=$(cat "$PGPASSWORD_FILE")
    export PGPASSWORD
fi

DB=${TTHC_DB:-tthc}
export TTHC_DB=$DB
[[ $DB =~ ^[A-Za-z0-9_]+$ ]] || die "TTHC_DB may hold letters, digits and _ only"

mkdir -p "$(dirname "$runtime")"
chmod 700 "$(dirname "$runtime")"
write_config=$(cat <<'PY'
import os
import re
import sys

from passlib.context import CryptContext

template, runtime, db = sys.argv[1:]
secret = sys.stdin.read().strip()
hashed = secret.startswith('$pbkdf2-sha512$')
if not hashed and (len(secret) < 16 or secret.lower() in ('admin', 'odoo', 'changeme')):
    sys.exit('[tthc] error: the master password must have 16 characters or more '
             '(or be a pbkdf2_sha512 hash)')
options = {
    'admin_passwd': secret if hashed else CryptContext(['pbkdf2_sha512']).hash(secret),
    'db_name': db,
    'dbfilter': '^%s$' % db,
}
for name, variable in [('workers', 'TTHC_WORKERS'), ('http_interface', 'TTHC_HTTP_INTERFACE'),
                       ('logfile', 'TTHC_LOGFILE')]:
    if os.environ.get(variable):
        options[name] = os.environ[variable]

text = open(template, encoding='utf-8').read()
for name, value in options.items():
    line = '%s = %s' % (name, value)
    text, found = re.subn(r'(?m)^%s\s*=.*$' % name, lambda _match: line, text)
    if not found:
        text = text.replace('[options]\n', '[options]\n%s\n' % line, 1)
with open(runtime, 'w', encoding='utf-8') as conf:
    conf.write(text)
PY
)
# The secret goes through standard input, never a command line (visible in ps).
printf '%s' "$TTHC_ADMIN_PASSWD" \
    | (umask 077 && "$VENV/bin/python" -c "$write_config" "$template" "$runtime" "$DB")

unset TTHC_ADMIN_PASSWD
if [ "${1:-}" = --config-only ]; then
    echo "$runtime"
    exit 0
fi
export TTHC_CONF=$runtime
log "production configuration: $runtime (from $template), database $DB"
exec "$ROOT/scripts/run.sh" "$@"
