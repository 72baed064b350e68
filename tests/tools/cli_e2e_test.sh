#!/usr/bin/env bash
# End-to-end test of gannet-cli's Kafka tool names against a running broker: the seed's four
# kafka-topics commands verbatim, then every supported flag, including error cases. Each case's
# stdout, first non-empty stderr line and exit code are compared with what Apache Kafka 3.9.1's
# own tools printed for the same commands (tests/tools/cli-e2e-kafka-3.9.txt).
#
#   tests/tools/cli_e2e_test.sh            check gannet-cli (the build's kafka-*.sh symlinks)
#   tests/tools/cli_e2e_test.sh --record   run Kafka's own tools (tests/reference/kafka-tool.sh)
#                                          and rewrite the expected file
#
# Environment:
#   GANNET_E2E_BOOTSTRAP  broker under test, host:port (default 127.0.0.1:19092: the reference
#                         Kafka of tests/reference/start-kafka.sh)
#   GANNET_E2E_CLI_DIR    directory holding gannet-cli and its kafka-*.sh links (default
#                         build/src/tools)
#   GANNET_E2E_BROKER_ID  the broker's node id for the broker configs cases (default 0)
# The broker should be fresh or at least free of topics named topic1 / e2e*; the script deletes
# those (and group e2e-g1) first. Needs: bash, coreutils (timeout), diff, awk.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
B="${GANNET_E2E_BOOTSTRAP:-127.0.0.1:19092}"
cli_dir="${GANNET_E2E_CLI_DIR:-$root/build/src/tools}"
broker_id="${GANNET_E2E_BROKER_ID:-0}"
expected="$here/cli-e2e-kafka-3.9.txt"
record=0
[[ "${1:-}" == "--record" ]] && record=1

work="$(mktemp -d "${TMPDIR:-/tmp}/gannet-cli-e2e.XXXXXX")"
trap 'rm -rf "$work"' EXIT
actual="$work/actual.txt"
: > "$actual"

tool_cmd() {  # tool_cmd <kafka-tool-name.sh> args...: sets cmd=(...)
  local name="$1"; shift
  if (( record )); then
    cmd=("$root/tests/reference/kafka-tool.sh" "${name%.sh}" "$@")
  else
    cmd=("$cli_dir/$name" "$@")
  fi
}
tool() { local cmd; tool_cmd "$@"; timeout 120 "${cmd[@]}"; }

normalize() {
  sed -E -e 's/\[[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:,]+\]/[<time>]/' \
         -e 's/TopicId: [A-Za-z0-9_-]{22}/TopicId: <topic-id>/' \
         -e "s/$B/<bootstrap>/g"
}

# run_case <mode> <stdin-file> <tool> args...   mode: full | stdout (stderr not compared) | list
run_case() {
  local mode="$1" input="$2"; shift 2
  local out="$work/out" err="$work/err" rc
  tool "$@" < "$input" > "$out" 2> "$err"
  rc=$?
  # Topic lists on a shared broker: keep only this test's topics (not __consumer_offsets).
  if [[ "$mode" == list ]]; then
    grep -E '^(topic1|e2e.*|)$' "$out" > "$out.f"
    mv "$out.f" "$out"
  fi
  {
    echo "\$ $*"
    cat "$out"
    if [[ -s "$out" && "$(tail -c1 "$out" | od -An -c | tr -d ' ')" != '\n' ]]; then
      echo; echo "[no newline at end of stdout]"
    fi
    if [[ "$mode" != stdout ]]; then
      local first
      first="$(grep -v '^[[:space:]]*$' "$err" | grep -v -e 'SLF4J' -e '^Note: --command-config' | head -n1)"
      [[ -n "$first" ]] && echo "[stderr] $first"
    fi
    echo "[exit $rc]"
    echo
  } | normalize >> "$actual"
}
check() { run_case full /dev/null "$@"; }
check_stdout() { run_case stdout /dev/null "$@"; }
check_in() { local input="$1"; shift; run_case full "$input" "$@"; }

check_list() { run_case list /dev/null "$@"; }

# Gannet-only expectations, where Kafka's tools wait for minutes: a non-zero exit within the
# timeout and at most two lines of output.
fails=0
check_fails_fast() {
  (( record )) && return 0
  local start end rc lines
  start=$(date +%s)
  timeout 30 "$cli_dir/$1" "${@:2}" > "$work/ff" 2>&1 < /dev/null
  rc=$?
  end=$(date +%s)
  lines=$(wc -l < "$work/ff")
  if (( rc == 0 || rc == 124 || lines > 2 || end - start > 15 )); then
    echo "FAIL (gannet-only): $* -> exit $rc, $lines lines, $((end - start)) s"; cat "$work/ff"; fails=$((fails + 1))
  else
    echo "ok   (gannet-only): $*"
  fi
}

# --- clean slate (not compared) -------------------------------------------------------------
for t in topic1 e2e.cfg e2e-rt e2e-keyed; do
  tool kafka-topics.sh --delete --if-exists --topic "$t" --bootstrap-server "$B" >/dev/null 2>&1
done
tool kafka-consumer-groups.sh --bootstrap-server "$B" --delete --group e2e-g1 >/dev/null 2>&1
sleep 2

seq -f "message-%g" 1 10 > "$work/messages.txt"
printf 'k1:v1\nk2:v2\n' > "$work/keyed.txt"
printf 'a\nb\n' > "$work/ab.txt"
printf 'a:1\nb:2\nc:3\nd:4\ne:5\nf:6\n' > "$work/six.txt"

# --- the seed's commands, verbatim ----------------------------------------------------------
check kafka-topics.sh --create --topic topic1 --bootstrap-server "$B" --replication-factor 1 --partitions 3
check_list kafka-topics.sh --list --bootstrap-server "$B"
check kafka-topics.sh --describe --topic topic1 --bootstrap-server "$B"

# --- kafka-topics ---------------------------------------------------------------------------
check kafka-topics.sh --create --topic topic1 --bootstrap-server "$B" --replication-factor 1 --partitions 3
check kafka-topics.sh --describe --topic no-such-topic --bootstrap-server "$B"
check kafka-topics.sh --alter --topic topic1 --partitions 2 --bootstrap-server "$B"
check kafka-topics.sh --alter --topic topic1 --partitions 4 --bootstrap-server "$B"
check kafka-topics.sh --alter --topic topic1 --partitions 4 --bootstrap-server "$B"
check kafka-topics.sh --describe --topic topic1 --bootstrap-server "$B"
check kafka-topics.sh --create --topic e2e.cfg --bootstrap-server "$B" --partitions 2 --replication-factor 1 --config retention.ms=1000 --config cleanup.policy=compact
check kafka-topics.sh --describe --topic e2e.cfg --bootstrap-server "$B"
check kafka-topics.sh --create --topic e2e.cfg --bootstrap-server "$B" --if-not-exists
check kafka-topics.sh --describe --topic 'e2e.*' --under-replicated-partitions --bootstrap-server "$B"
check kafka-topics.sh --describe --topic topic1 --unavailable-partitions --bootstrap-server "$B"
check kafka-topics.sh --create --topic e2e-x --bootstrap-server "$B" --partitions 0
check kafka-topics.sh --create --topic e2e-x --bootstrap-server "$B" --replication-factor 3
check kafka-topics.sh --create --topic e2e-x --bootstrap-server "$B" --config bogus.cfg=1
check kafka-topics.sh --create --bootstrap-server "$B"
check kafka-topics.sh --lsit --bootstrap-server "$B"
check kafka-topics.sh --list
check_stdout kafka-topics.sh --describe --topic topic1 --bootstrap-server "$B" --command-config /dev/null
check kafka-topics.sh --delete --topic no-such-topic --bootstrap-server "$B"
check kafka-topics.sh --delete --topic no-such-topic --if-exists --bootstrap-server "$B"

# --- console producer and consumer ----------------------------------------------------------
check kafka-topics.sh --create --topic e2e-rt --bootstrap-server "$B" --replication-factor 1 --partitions 1
check_in "$work/messages.txt" kafka-console-producer.sh --bootstrap-server "$B" --topic e2e-rt
check_in "$work/keyed.txt" kafka-console-producer.sh --bootstrap-server "$B" --topic e2e-rt --property parse.key=true --property key.separator=: --compression-codec zstd --request-required-acks 1
check_in "$work/ab.txt" kafka-console-producer.sh --bootstrap-server "$B" --topic e2e-rt --producer-property compression.type=gzip --producer-property acks=all
check kafka-console-consumer.sh --bootstrap-server "$B" --topic e2e-rt --from-beginning --max-messages 10 --group e2e-g1
check kafka-console-consumer.sh --bootstrap-server "$B" --topic e2e-rt --partition 0 --offset 10 --property print.key=true --property key.separator=: --max-messages 4
check kafka-console-consumer.sh --bootstrap-server "$B" --topic e2e-rt --partition 0 --offset earliest --max-messages 2 --property print.offset=true --property print.partition=true
check kafka-console-consumer.sh --bootstrap-server "$B" --topic e2e-rt --offset 3
check kafka-topics.sh --create --topic e2e-keyed --bootstrap-server "$B" --replication-factor 1 --partitions 3
check_in "$work/six.txt" kafka-console-producer.sh --bootstrap-server "$B" --topic e2e-keyed --property parse.key=true --property key.separator=:
for p in 0 1 2; do
  check_stdout kafka-console-consumer.sh --bootstrap-server "$B" --topic e2e-keyed --partition $p --offset earliest --property print.key=true --timeout-ms 5000
done

# --- consumer groups ------------------------------------------------------------------------
check kafka-consumer-groups.sh --bootstrap-server "$B" --describe --group e2e-g1
check kafka-consumer-groups.sh --bootstrap-server "$B" --describe --group e2e-g1 --members
check kafka-consumer-groups.sh --bootstrap-server "$B" --describe --group e2e-g1 --state
check kafka-consumer-groups.sh --bootstrap-server "$B" --describe --group e2e-nope
check kafka-consumer-groups.sh --bootstrap-server "$B" --reset-offsets --group e2e-g1 --topic e2e-rt --to-earliest --dry-run
check kafka-consumer-groups.sh --bootstrap-server "$B" --reset-offsets --group e2e-g1 --topic e2e-rt --to-offset 3 --execute
check kafka-consumer-groups.sh --bootstrap-server "$B" --reset-offsets --group e2e-g1 --topic e2e-rt --shift-by -1 --execute
check kafka-consumer-groups.sh --bootstrap-server "$B" --reset-offsets --group e2e-g1 --topic e2e-rt --to-latest --dry-run
check kafka-consumer-groups.sh --bootstrap-server "$B" --reset-offsets --group e2e-g1 --topic e2e-rt --to-datetime 2020-01-01T00:00:00.000 --dry-run
check kafka-consumer-groups.sh --bootstrap-server "$B" --reset-offsets --group e2e-g1 --topic e2e-rt:0 --to-offset 100 --dry-run
check kafka-consumer-groups.sh --bootstrap-server "$B" --reset-offsets --group e2e-g1 --all-topics --to-earliest
check kafka-console-consumer.sh --bootstrap-server "$B" --topic e2e-rt --group e2e-g1 --max-messages 3
check kafka-consumer-groups.sh --bootstrap-server "$B" --describe --group e2e-g1
check kafka-consumer-groups.sh --bootstrap-server "$B" --delete --group e2e-g1
check kafka-consumer-groups.sh --bootstrap-server "$B" --delete --group e2e-nope

# --- configs --------------------------------------------------------------------------------
check kafka-configs.sh --bootstrap-server "$B" --entity-type topics --entity-name e2e-rt --alter --add-config retention.ms=3600000
check kafka-configs.sh --bootstrap-server "$B" --entity-type topics --entity-name e2e-rt --describe
check kafka-configs.sh --bootstrap-server "$B" --topic e2e-rt --alter --add-config 'cleanup.policy=[compact,delete],segment.bytes=1048576'
check kafka-configs.sh --bootstrap-server "$B" --topic e2e-rt --describe
check kafka-configs.sh --bootstrap-server "$B" --entity-type topics --entity-name e2e-rt --alter --delete-config retention.ms,segment.bytes
check kafka-configs.sh --bootstrap-server "$B" --entity-type topics --entity-name e2e-rt --describe
check kafka-topics.sh --describe --topic e2e-rt --bootstrap-server "$B"
check kafka-configs.sh --bootstrap-server "$B" --entity-type brokers --entity-name "$broker_id" --alter --add-config log.cleaner.threads=2
check kafka-configs.sh --bootstrap-server "$B" --entity-type brokers --entity-name "$broker_id" --describe
check kafka-configs.sh --bootstrap-server "$B" --entity-type brokers --entity-name "$broker_id" --alter --delete-config log.cleaner.threads
check kafka-configs.sh --bootstrap-server "$B" --entity-type brokers --entity-name "$broker_id" --describe
check kafka-configs.sh --bootstrap-server "$B" --entity-type brokers --entity-default --describe
check kafka-configs.sh --bootstrap-server "$B" --entity-type topics --entity-name e2e-nope --describe
check kafka-configs.sh --bootstrap-server "$B" --entity-type topics --entity-name e2e-rt --alter --add-config bogus=1

# --- the seed's delete, verbatim, and cleanup -----------------------------------------------
check kafka-topics.sh --delete --bootstrap-server "$B" --topic topic1
check kafka-topics.sh --delete --topic e2e.cfg --bootstrap-server "$B"
check kafka-topics.sh --delete --topic e2e-rt --bootstrap-server "$B"
check kafka-topics.sh --delete --topic e2e-keyed --bootstrap-server "$B"

# --- gannet-only: an unreachable broker fails fast, in one line -----------------------------
check_fails_fast kafka-topics.sh --list --bootstrap-server 127.0.0.1:1
check_fails_fast kafka-console-producer.sh --bootstrap-server 127.0.0.1:1 --topic t
check_fails_fast kafka-console-consumer.sh --bootstrap-server 127.0.0.1:1 --topic t
check_fails_fast kafka-consumer-groups.sh --bootstrap-server 127.0.0.1:1 --list
check_fails_fast kafka-configs.sh --bootstrap-server 127.0.0.1:1 --entity-type topics --describe
check_fails_fast kafka-topics.sh --list --bootstrap-server no-such-host.invalid:9092

if (( record )); then
  cp "$actual" "$expected"
  echo "recorded $(grep -c '^\$ ' "$expected") cases into $expected"
  exit 0
fi

# Compare case by case (a case starts at a "$ " line).
awk '
  FNR == 1 { file++ }
  /^\$ / { n[file]++ }
  { block[file, n[file]] = block[file, n[file]] $0 "\n"; cmd[file, n[file]] = (/^\$ / ? $0 : cmd[file, n[file]]) }
  END {
    for (i = 1; i <= n[1] || i <= n[2]; i++) {
      if (block[1, i] == block[2, i]) { pass++; continue }
      fail++
      printf "FAIL: %s\n--- expected (Kafka 3.9.1)\n%s--- actual (gannet-cli)\n%s\n", cmd[1, i], block[1, i], block[2, i]
    }
    printf "%d passed, %d failed\n", pass, fail
    exit fail > 0
  }' "$expected" "$actual"
rc=$?
if (( fails > 0 )); then
  echo "$fails gannet-only checks failed"
  rc=1
fi
exit $rc
