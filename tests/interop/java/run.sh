#!/usr/bin/env bash
# The Java interop tests (tests/interop/README.md): Maven runs them twice,
#   1. Kafka's Java client 3.9.x: the seed's Spring Kafka app, the plain client
#      and Kafka 3.9.1's own command-line tools;
#   2. the newest Kafka 4.x client (-Pkafka4): the plain-client tests again.
# Each test class starts its own gannet (GANNET_BIN, default build/src/server/gannet)
# on a free loopback port; with GANNET_BOOTSTRAP=host:port they use that broker
# instead (e.g. the reference Kafka of tests/reference/). Prints one summary line,
# `interop-java: N passed, N failed, N skipped`, and exits non-zero on any failure.
# The whole output is kept in LOG too (its last line is the summary).
#   run.sh [LOG] [mvn args...]    e.g. run.sh build/tests/interop/interop-java.log -Dtest=AdminClientTest
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
LOG="$REPO/build/tests/interop/interop-java.log"
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then LOG="$1"; shift; fi
mkdir -p "$(dirname "$LOG")"

main() {
status=0

# Kafka 3.9.1's tools run from the reference jars (tests/reference/fetch.sh caches them).
if ! "$REPO/tests/reference/fetch.sh" >/dev/null; then
  echo "interop-java: tests/reference/fetch.sh failed" >&2
  status=1
fi

run_mvn() { # label, mvn args...
  local label="$1"; shift
  local start=$SECONDS
  # -q: only errors and failing tests are printed; reports stay in target/kafka-<version>/.
  # (Maven 3.8 prints colour resets even with -B; they are stripped.)
  if ! mvn -B -q -f "$HERE/pom.xml" "$@" 2>&1 | sed 's/\x1b\[[0-9;]*m//g'; then
    echo "interop-java ($label): mvn failed" >&2
    status=1
  fi
  echo "interop-java ($label): $((SECONDS - start)) s"
}

# Stale reports must not count.
rm -rf "$HERE"/target/kafka-*/surefire-reports
run_mvn "Kafka client 3.9" test -Dgannet.repo="$REPO" "$@"
run_mvn "Kafka client 4.x" test -Pkafka4 -Dgannet.repo="$REPO" "$@"

# Sum the surefire reports of both runs.
python3 - "$HERE/target" <<'PY' || status=1
import glob, sys, xml.etree.ElementTree as ET
tests = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/kafka-*/surefire-reports/TEST-*.xml"):
    suite = ET.parse(path).getroot()
    tests += int(suite.get("tests", 0))
    failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
    skipped += int(suite.get("skipped", 0))
print(f"interop-java: {tests - failed - skipped} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or tests == 0 else 0)
PY
return $status
}

main "$@" 2>&1 | tee "$LOG"
exit "${PIPESTATUS[0]}"
