#!/usr/bin/env bash
# The lint step (`make lint`; `make test` runs it first): flake8 on the whole tree at 100
# columns (.flake8), pylint with pylint-odoo's checks for 11.0 on the four addons (.pylintrc),
# and the licence header of every Python file (scripts/license_header.py). Prints what each
# found, writes the three results as JUnit XML to var/log/lint.xml (or $1) for the closing line
# of `make test`, and exits non-zero when any failed.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
JUNIT=${1:-$VAR/log/lint.xml}
mkdir -p "$(dirname "$JUNIT")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

start=$(date +%s)
# flake8 and pylint side by side: the whole step stays well under a minute
"$VENV/bin/flake8" . >"$out/flake8" 2>&1 &
flake8_pid=$!
"$VENV/bin/pylint" --rcfile=.pylintrc addons/tthc_* >"$out/pylint" 2>&1 &
pylint_pid=$!
"$VENV/bin/python" scripts/license_header.py >"$out/header" 2>&1
header_rc=$?
wait $flake8_pid; flake8_rc=$?
wait $pylint_pid; pylint_rc=$?

"$VENV/bin/python" - "$JUNIT" "$out" flake8:$flake8_rc pylint:$pylint_rc header:$header_rc <<'PY'
import os
import sys
from xml.sax.saxutils import escape, quoteattr

junit, folder, results = sys.argv[1], sys.argv[2], sys.argv[3:]
cases, failures = [], 0
for result in results:
    name, rc = result.split(':')
    with open(os.path.join(folder, name), encoding='utf-8', errors='replace') as output:
        text = output.read().strip()
    case = '<testcase classname="lint" name=%s>' % quoteattr(name)
    if rc != '0':
        failures += 1
        case += '<failure message=%s>%s</failure>' % (
            quoteattr('%s found problems' % name), escape(text))
    cases.append(case + '</testcase>')
    print('%s: %s' % (name, 'ok' if rc == '0' else 'FAILED (exit code %s)' % rc))
    if text:
        print(text)
with open(junit, 'w', encoding='utf-8') as out:
    out.write('<testsuite name="lint" tests="%d" failures="%d" errors="0" skipped="0">%s'
              '</testsuite>\n' % (len(results), failures, ''.join(cases)))
sys.exit(1 if failures else 0)
PY
rc=$?
log "lint: $([ $rc = 0 ] && echo ok || echo FAILED) in $(( $(date +%s) - start ))s"
exit $rc
