#!/usr/bin/env bash
# The whole test suite, as `make test` runs it. Each stage prints its own
# summary; the last line is the overall count.
set -uo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
JOBS=${JOBS:-$(nproc)}
status=0

echo "== unit and integration tests (Release) =="
(cd "$BUILD" && ctest --output-on-failure -j "$JOBS" --timeout 600) || status=1
# pytest's summary line of each integration suite (tests/integration/run-pytest.sh).
for f in "$BUILD"/tests/integration/integration_*.log; do
  [ -f "$f" ] && echo "$(basename "$f" .log): $(tail -n 1 "$f")"
done
# The differential test against Apache Kafka 3.9.1 (tests/differential/).
f="$BUILD/tests/differential/differential.log"
[ -f "$f" ] && echo "differential: $(tail -n 1 "$f")"

if [ "${GANNET_SKIP_INTEROP:-0}" != 1 ]; then
  echo "== interop: Go and Java clients, the seed's Spring app, Kafka's tools (make interop) =="
  # -k: one suite failing does not keep the others from running.
  make --no-print-directory -k interop BUILD="$BUILD" || status=1
  # One summary line per client family (each run script ends its log with it).
  for f in "$BUILD"/tests/interop/interop-*.log; do
    [ -f "$f" ] && tail -n 1 "$f"
  done
fi

if [ "${GANNET_SKIP_ASAN:-0}" != 1 ]; then
  echo "== unit tests under ASan+UBSan =="
  make --no-print-directory asan-test || status=1
fi

if [ "${GANNET_SKIP_FUZZ:-0}" != 1 ] && [ -d tests/fuzz ]; then
  echo "== short fuzz run =="
  make --no-print-directory fuzz FUZZ_SECONDS="${FUZZ_SECONDS:-20}" || status=1
fi

if [ -x tools/check-generated.sh ]; then
  echo "== generated protocol code is up to date =="
  tools/check-generated.sh || status=1
fi
exit $status
