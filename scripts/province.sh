#!/usr/bin/env bash
# `make generate` and `make bench`: a province at scale in its own database
# (scripts/generate_province.py), then its benchmarks (benchmarks/bench_province.py, results
# appended to benchmarks/RESULTS.md). Both take the options of their Python script.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/bootstrap.sh"
use_embedded_pg
case "${1:-}" in
    generate) shift; exec "$VENV/bin/python" scripts/generate_province.py "$@" ;;
    bench) shift; exec "$VENV/bin/python" benchmarks/bench_province.py "$@" ;;
    *) die "usage: scripts/province.sh generate|bench [options]" ;;
esac
