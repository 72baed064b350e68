#!/usr/bin/env bash
# Self-check of the reference set-up, and a first differential check for any
# broker: runs the seed transcript (normalized) and the ApiVersions probe and
# compares them with the outputs recorded from Kafka 3.9.1 in this directory.
#
#   tests/reference/check.sh                       # start the reference Kafka, check it, stop it
#   tests/reference/check.sh --bootstrap H:P       # check a running broker (e.g. Gannet)
#
# Prints one line per check and a closing "N passed, N failed"; exit 1 on failure.
set -uo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bootstrap=""
[ "${1:-}" = --bootstrap ] && bootstrap="${2:?--bootstrap needs host:port}"
pass=0; fail=0
tmp="$(mktemp -d)"
started=0
cleanup() { [ $started = 1 ] && "$DIR/stop-kafka.sh"; rm -rf "$tmp"; }
trap cleanup EXIT

check() {  # name expected actual
  if diff -u "$2" "$3" > "$tmp/diff"; then
    echo "PASS $1"; pass=$((pass + 1))
  else
    echo "FAIL $1"; sed 's/^/    /' "$tmp/diff" | head -n 60; fail=$((fail + 1))
  fi
}

if [ -z "$bootstrap" ]; then
  bootstrap="$("$DIR/start-kafka.sh")" || { echo "FAIL start-kafka.sh"; echo "0 passed, 1 failed"; exit 1; }
  started=1
fi

python3 "$DIR/probe.py" --bootstrap "$bootstrap" | sed "1s/from .*/from <bootstrap>/" > "$tmp/apiversions.txt"
sed "1s/from .*/from <bootstrap>/" "$DIR/kafka-3.9-apiversions.txt" > "$tmp/apiversions.expected"
check "ApiVersions v3 matches Kafka 3.9.1" "$tmp/apiversions.expected" "$tmp/apiversions.txt"

"$DIR/seed-transcript.sh" "$bootstrap" --normalize 2>&1 | sed "s/$bootstrap/<bootstrap>/g" > "$tmp/transcript.txt"
sed "s/127\.0\.0\.1:19092/<bootstrap>/g" "$DIR/kafka-3.9-seed-transcript.txt" > "$tmp/transcript.expected"
check "seed transcript (Kafka's tools) matches Kafka 3.9.1" "$tmp/transcript.expected" "$tmp/transcript.txt"

echo "$pass passed, $fail failed"
[ $fail = 0 ]
