#!/usr/bin/env bash
# Run the seed's kafka-topics commands and a few more tool invocations through
# kafka-tool.sh against a broker, printing for each the exact command, stdout,
# stderr and exit code. Against the reference Kafka this records what Kafka's
# tools print; against Gannet it shows what Gannet makes them print.
#
#   tests/reference/seed-transcript.sh [bootstrap] [--normalize]
#
# --normalize replaces what must differ between brokers and runs (topic ids,
# log timestamps, perf-test numbers, timings) with placeholders, so two
# transcripts can be diffed.
set -uo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
B="${1:-127.0.0.1:19092}"
NORM=0; [ "${2:-}" = --normalize ] && NORM=1
T="$DIR/kafka-tool.sh"
out="$(mktemp)"; err="$(mktemp)"; trap 'rm -f "$out" "$err"' EXIT

norm() {
  if [ $NORM = 1 ]; then
    sed -E -e '/^[0-9]+ records sent, .* max latency\.$/d' \
           -e 's/TopicId: [A-Za-z0-9_-]{22}/TopicId: <topic-id>/g' \
           -e 's/^\[[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:,]+\]/[<time>]/' \
           -e 's/[0-9]+\.[0-9]+ (records\/sec|MB\/sec|ms avg latency|ms max latency)/<n> \1/g' \
           -e 's/\([0-9]+\.[0-9]+ MB\/sec\)/(<n> MB\/sec)/g' \
           -e 's/[0-9]+ ms (50th|95th|99th|99\.9th)/<n> ms \1/g' \
           -e 's/^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]+, [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]+(, [0-9.]+)+$/<consumer-perf-line>/' \
           -e 's#"logDir":"[^"]*"#"logDir":"<dir>"#g' -e 's/"size":[0-9]+/"size":<n>/g' \
           -e "s#$work/#<work>/#g"
  else
    cat
  fi
}

# run "description" [stdin-file] -- tool args...
run() {
  local input=/dev/null
  if [ "$1" != -- ]; then input="$1"; shift; fi
  shift
  local cmdline="$*"
  cmdline="${cmdline//$work\//}"
  echo "\$ $cmdline$([ "$input" != /dev/null ] && echo " < $(basename "$input")")"
  local s e rc
  s=$(date +%s.%N)
  "$T" "$@" < "$input" > "$out" 2> "$err"; rc=$?
  e=$(date +%s.%N)
  norm < "$out"
  if [ -s "$out" ] && [ "$(tail -c1 "$out" | od -An -c | tr -d ' ')" != '\n' ]; then
    echo; echo "[no newline at end of stdout]"; fi
  if [ -s "$err" ]; then echo "[stderr]"; norm < "$err"; fi
  if [ $NORM = 1 ]; then echo "[exit $rc]"; else
    echo "[exit $rc, $(awk -v a="$s" -v b="$e" 'BEGIN{printf "%.2f", b-a}')s]"; fi
  echo
}

work="$(mktemp -d)"; trap 'rm -rf "$out" "$err" "$work"' EXIT
msgs="$work/messages.txt"          # message-1 ... message-10, one a line
for i in $(seq 1 10); do echo "message-$i"; done > "$msgs"
echo '{"partitions":[{"topic":"rt","partition":0,"offset":5}],"version":1}' > "$work/delete-records.json"

# The seed's commands, verbatim.
run -- kafka-topics --create --topic topic1 --bootstrap-server "$B" --replication-factor 1 --partitions 3
run -- kafka-topics --list --bootstrap-server "$B"
run -- kafka-topics --describe --topic topic1 --bootstrap-server "$B"
# Error cases.
run -- kafka-topics --create --topic topic1 --bootstrap-server "$B" --replication-factor 1 --partitions 3
run -- kafka-topics --describe --topic no-such-topic --bootstrap-server "$B"
run -- kafka-topics --alter --topic topic1 --partitions 2 --bootstrap-server "$B"
# Console round trip (one partition so the order is defined).
run -- kafka-topics --create --topic rt --bootstrap-server "$B" --replication-factor 1 --partitions 1
run "$msgs" -- kafka-console-producer --bootstrap-server "$B" --topic rt
run -- kafka-console-consumer --bootstrap-server "$B" --topic rt --from-beginning --max-messages 10 --group g1
run -- kafka-consumer-groups --bootstrap-server "$B" --list
run -- kafka-consumer-groups --bootstrap-server "$B" --describe --group g1
run -- kafka-get-offsets --bootstrap-server "$B" --topic rt
run -- kafka-configs --bootstrap-server "$B" --entity-type topics --entity-name rt --alter --add-config retention.ms=3600000
run -- kafka-configs --bootstrap-server "$B" --entity-type topics --entity-name rt --describe
run -- kafka-delete-records --bootstrap-server "$B" --offset-json-file "$work/delete-records.json"
run -- kafka-get-offsets --bootstrap-server "$B" --topic rt --time -2
run -- kafka-log-dirs --bootstrap-server "$B" --describe --topic-list rt
# Perf tools (numbers differ run to run).
run -- kafka-topics --create --topic perf --bootstrap-server "$B" --replication-factor 1 --partitions 3
run -- kafka-producer-perf-test --topic perf --num-records 100000 --record-size 100 --throughput -1 --producer-props bootstrap.servers="$B" acks=1
run -- kafka-consumer-perf-test --bootstrap-server "$B" --topic perf --messages 100000 --hide-header
# Clean up: the seed's delete, then list.
run -- kafka-topics --delete --topic topic1 --bootstrap-server "$B"
run -- kafka-topics --delete --topic rt --bootstrap-server "$B"
run -- kafka-topics --delete --topic perf --bootstrap-server "$B"
run -- kafka-topics --list --bootstrap-server "$B"
