#!/usr/bin/env bash
# Runs every libFuzzer target in a fuzz build for N seconds each, starting from
# (and adding to a scratch copy of) the committed corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-fuzz}
SECONDS_EACH=${2:-30}
# FUZZ_RUNS: stop each target after that many inputs (or SECONDS_EACH, whichever comes first).
RUNS=${FUZZ_RUNS:--1}
status=0
for bin in "$BUILD"/tests/fuzz/fuzz_*; do
  [ -x "$bin" ] || continue
  case "$bin" in *fuzz_replay_*) continue ;; esac
  name=${bin##*/fuzz_}
  work=$(mktemp -d)
  [ -d "tests/fuzz/corpus/$name" ] && cp -r "tests/fuzz/corpus/$name/." "$work/"
  echo "fuzzing $name for ${SECONDS_EACH}s$([ "$RUNS" -ge 0 ] && echo " or $RUNS inputs")"
  if ! "$bin" -max_total_time="$SECONDS_EACH" -runs="$RUNS" -max_len=65536 -rss_limit_mb=2048 \
       -artifact_prefix="$BUILD/" "$work" 2>"$BUILD/fuzz_$name.log"; then
    echo "fuzz target $name failed; see $BUILD/fuzz_$name.log"; tail -40 "$BUILD/fuzz_$name.log"; status=1
  else
    tail -1 "$BUILD/fuzz_$name.log"
  fi
  rm -rf "$work"
done
exit $status
