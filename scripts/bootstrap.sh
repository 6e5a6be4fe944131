#!/usr/bin/env bash
# Install what the suite needs into the project folder: the virtual environment (Python
# packages, Odoo 11 and OCA wheels, the Python 3.11 compatibility layer) and node_modules (lessc).
# Idempotent and quick when nothing changed (a stamp holds the hash of the requirement files).
# System packages are installed by scripts/system-packages.sh (needs root).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

stamp=$VENV/.tthc-stamp
want=$(cat requirements/*.txt "$0" | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    log "installing Python packages into $VENV"
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        -r requirements/python.txt -r requirements/test.txt
    # Their declared dependencies cannot be met on 3.11 (see requirements/odoo.txt).
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps \
        -r requirements/odoo.txt
    echo "$want" > "$stamp"
fi

# Load the compatibility layer in every process of this environment, before odoo is imported.
site=$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
printf '%s\nimport odoo_py311; odoo_py311.install()\n' "$ROOT" > "$site/odoo_py311.pth"

if [ ! -x node_modules/.bin/lessc ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages (lessc)"
    npm ci --no-audit --no-fund --loglevel=error
fi
