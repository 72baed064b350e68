#!/usr/bin/env bash
# ctest's entry point for the differential test: pytest (Debian's, stdlib-only code) on
# test_differential.py, which starts the reference Kafka 3.9.1 (tests/reference/start-kafka.sh,
# ports from REF_KAFKA_PORT / REF_ZK_PORT, defaults 19092 / 12181) and Gannet once each.
# Output goes to the terminal and to LOG, whose last line is pytest's summary
# (scripts/run-tests.sh prints it).
#   run-differential.sh LOG
set -uo pipefail
log=$1
cd "$(dirname "$0")"
export PYTHONDONTWRITEBYTECODE=1
# Without Kafka's JSON schemas (../shared/kafka-protocol beside the repo, or $KAFKA_SCHEMAS)
# no request can be encoded: say so and skip rather than fail every case.
schemas=${KAFKA_SCHEMAS:-../../../shared/kafka-protocol/messages}
if [ ! -d "$schemas" ]; then
  echo "differential: skipped, Kafka's message schemas not found at $schemas (set KAFKA_SCHEMAS)" | tee "$log"
  exit 0
fi
/usr/bin/python3 -m pytest -p no:cacheprovider -q -rfExX --durations=5 test_differential.py 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
if [ "$rc" -eq 5 ]; then
  echo "no tests ran" | tee -a "$log"
  exit 1
fi
exit "$rc"
