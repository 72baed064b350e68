#!/usr/bin/env bash
# Runs every Google Benchmark binary of a build and prints its figures
# (docs/performance.md records them with this command).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
status=0
for bin in "$BUILD"/bench/*_bench; do
  [ -x "$bin" ] || continue
  echo "== ${bin##*/} =="
  "$bin" --benchmark_min_time=0.2 || status=1
done
exit $status
