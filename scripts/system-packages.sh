#!/usr/bin/env bash
# Debian packages the suite needs on a new machine (root). Installs only what is missing.
set -euo pipefail
need=()
for pkg in postgresql libpq-dev python3-venv nodejs npm wkhtmltopdf fonts-noto-core \
           fonts-dejavu-core chromium poppler-utils; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
# Python, node and npm may come from elsewhere than Debian (pyenv, nodesource): keep those.
command -v node >/dev/null && need=("${need[@]/nodejs}") && need=("${need[@]/npm}")
command -v python3 >/dev/null && python3 -c 'import venv, ensurepip' 2>/dev/null && need=("${need[@]/python3-venv}")
need=($(printf '%s\n' "${need[@]}" | grep -v '^$' || true))
if [ ${#need[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || { echo "missing packages: ${need[*]} (run as root)" >&2; exit 1; }
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
