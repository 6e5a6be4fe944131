#!/usr/bin/env bash
# make mutation: mutation testing (mutmut) of the pure-Python engines against their unit tests,
# run without Odoo or a database (scripts/mutation/run_tests.py). mutmut lives in its own
# virtual environment (var/mutation/venv, requirements/mutation.txt) and mutates copies of the
# files in var/mutation/work, never the work tree. Not part of `make test`: it runs the tests
# once per mutant (several minutes). Ends with the score; exit code 1 when a mutant that is not
# listed as equivalent (scripts/mutation/equivalent.txt) survives.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
MUTATION=$VAR/mutation
MVENV=$MUTATION/venv
WORK=$MUTATION/work
# the engines and the calendar-day code (in deadline.py)
TARGETS="addons/tthc_catalog/engine/deadline.py,addons/tthc_catalog/engine/rates.py"
TARGETS="$TARGETS,addons/tthc_training/engine/turnover.py,addons/tthc_training/engine/coverage.py"

if [ ! -x "$MVENV/bin/mutmut" ] || ! cmp -s requirements/mutation.txt "$MVENV/requirements.txt"; then
    log "installing mutmut into $MVENV"
    rm -rf "$MVENV"
    "$PYTHON" -m venv "$MVENV"
    "$MVENV/bin/pip" install -q --no-deps -r requirements/mutation.txt
    cp requirements/mutation.txt "$MVENV/requirements.txt"
fi

rm -rf "$WORK"
mkdir -p "$WORK/scripts"
for addon in tthc_catalog tthc_training; do
    mkdir -p "$WORK/addons/$addon"
    cp -r "addons/$addon/engine" "addons/$addon/tests" "$WORK/addons/$addon/"
done
cp -r scripts/mutation "$WORK/scripts/"
find "$WORK" -name __pycache__ -prune -exec rm -rf {} +

cd "$WORK"
start=$(date +%s)
log "mutating $TARGETS"
"$MVENV/bin/python" scripts/mutation/run_tests.py || die "the engines' tests fail before any mutation"
set +e
"$MVENV/bin/mutmut" run --paths-to-mutate "$TARGETS" --tests-dir scripts/mutation \
    --runner "$MVENV/bin/python scripts/mutation/run_tests.py" --simple-output --no-progress \
    > "$MUTATION/mutmut.log" 2>&1
set -e
log "mutmut ran in $(( $(date +%s) - start ))s (log: $MUTATION/mutmut.log)"
"$MVENV/bin/python" scripts/mutation/score.py "$MVENV/bin/mutmut" \
    scripts/mutation/equivalent.txt "$(( $(date +%s) - start ))"
