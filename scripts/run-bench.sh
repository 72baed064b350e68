#!/usr/bin/env bash
# `make bench`: the same workloads against Gannet and Apache Kafka 3.9.1, one
# broker at a time, on the same machine, each broker pinned to the same core(s)
# and the load generators to the other(s). docs/performance.md records the
# table this prints, with its command and the machine's load.
#
#   scripts/run-bench.sh [BUILD]          (BUILD: a Release build dir, default build)
#   scripts/run-bench.sh --cluster [BUILD]  three-broker clusters instead (`make bench-cluster`)
#
# Workloads (bench/load/ = kafka_load, librdkafka 2.0.2's C API):
#   a warm-up (100,000 x 1 KB produced and consumed, not reported), then
#   produce as fast as possible: 1 KB and 100 B values x acks=1/all x none/lz4, 3 partitions
#   consume each of those topics from the start
#   end-to-end latency at 5,000 msg/s (timestamps in the values, measured at the consumer)
#   Kafka's own kafka-producer-perf-test / kafka-consumer-perf-test (3.9.1 jars)
# For each run: broker CPU seconds (utime+stime of the broker process, all its
# threads: for Kafka the JVM, not ZooKeeper, which is reported on its own) per
# GiB moved, and at the end the broker's peak RSS (VmHWM).
#
# Environment:
#   BENCH_OUT=dir            where results and broker data go (default /tmp/gannet-bench.XXXXXX)
#   BENCH_GANNET_PORT=19093  Gannet's port; Kafka's: REF_KAFKA_PORT/REF_ZK_PORT/REF_RUN (env.sh)
#   BENCH_BROKERS="gannet kafka"   which brokers to run
#   BENCH_SCALE=1            multiplies message counts (0.05 for a smoke run)
#   BENCH_MAX_SECONDS=10     a produce run stops sending after this long
#   BENCH_MICRO=1            also run the Google Benchmark micro-benchmarks (bench/*_bench)
#   BENCH_BROKER_CPUS / BENCH_LOAD_CPUS   taskset lists (default: last CPU / the others)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# --cluster: the three-broker figures instead (bench/cluster/cluster_bench.py:
# acks=all RF 3 throughput and latency, failover, 1,000-partition election).
if [ "${1:-}" = --cluster ]; then
  BUILD=${2:-build}
  [ -d "$BUILD" ] || { echo "run-bench.sh: no build dir $BUILD (make build first)" >&2; exit 2; }
  cmake --build "$BUILD" --target gannet kafka_load >/dev/null
  exec /usr/bin/python3 bench/cluster/cluster_bench.py --build "$BUILD"
fi
BUILD=${1:-build}
[ -d "$BUILD" ] || { echo "run-bench.sh: no build dir $BUILD (make build first)" >&2; exit 2; }
BUILD=$(cd "$BUILD" && pwd)

if [ "${BENCH_MICRO:-0}" = 1 ]; then
  for bin in "$BUILD"/bench/*_bench; do
    [ -x "$bin" ] || continue
    echo "== ${bin##*/} =="
    "$bin" --benchmark_min_time=0.2
  done
fi

cmake --build "$BUILD" --target gannet kafka_load >/dev/null
LOAD="$BUILD/bench/kafka_load"
GANNET="$BUILD/src/server/gannet"
OUT=${BENCH_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/gannet-bench.XXXXXX")}
mkdir -p "$OUT"
RESULTS="$OUT/results.txt"
: > "$RESULTS"
GPORT=${BENCH_GANNET_PORT:-19093}
SCALE=${BENCH_SCALE:-1}
# A produce run stops sending after this many seconds (a slow broker on a busy
# machine would otherwise take minutes): its figures cover what was sent.
MAX_SECS=${BENCH_MAX_SECONDS:-10}
# Kafka's jars: REF_DIST if set (e.g. another checkout's cache), else this
# checkout's tests/reference/dist, which fetch.sh fills from ~/.m2 on first use.
. tests/reference/env.sh

# Cores: with N >= 2 CPUs the broker gets the last one, the load generator the rest.
ncpu=$(nproc)
if [ "$ncpu" -ge 2 ]; then
  BROKER_CPUS=${BENCH_BROKER_CPUS:-$((ncpu - 1))}
  LOAD_CPUS=${BENCH_LOAD_CPUS:-0-$((ncpu - 2))}
  ON_BROKER_CPUS=(taskset -c "$BROKER_CPUS")
  ON_LOAD_CPUS=(taskset -c "$LOAD_CPUS")
else
  BROKER_CPUS=all LOAD_CPUS=all
  ON_BROKER_CPUS=() ON_LOAD_CPUS=()
fi
# taskset execs its command: a pid from `&` is the broker's own.
on_broker_cpus() { "${ON_BROKER_CPUS[@]}" "$@"; }
on_load_cpus() { "${ON_LOAD_CPUS[@]}" "$@"; }

count() { awk -v n="$1" -v s="$SCALE" 'BEGIN { printf "%d", n * s }'; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
hwm_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
record() { echo "$*" | tee -a "$RESULTS"; }
machine() {
  record "machine date=$(date -u +%FT%TZ) loadavg=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' /) $*"
}

record "machine cpus=$ncpu model=\"$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)\" broker_cpus=$BROKER_CPUS load_cpus=$LOAD_CPUS scale=$SCALE"
machine "phase=start"

BROKER_PID="" ZK_PID="" BOOT=""
start_gannet() {
  rm -rf "$OUT/gannet-data"
  cat > "$OUT/gannet.yaml" <<CONF
broker.id: 0
listeners: PLAINTEXT://127.0.0.1:$GPORT
log.dirs: $OUT/gannet-data
num.partitions: 1
default.replication.factor: 1
offsets.topic.replication.factor: 1
transaction.state.log.replication.factor: 1
transaction.state.log.min.isr: 1
CONF
  "${ON_BROKER_CPUS[@]}" "$GANNET" --config "$OUT/gannet.yaml" > "$OUT/gannet.log" 2>&1 &
  BROKER_PID=$!
  BOOT=127.0.0.1:$GPORT
  for _ in $(seq 100); do
    python3 tests/reference/probe.py --bootstrap "$BOOT" --ready --wait 0.5 --quiet 2>/dev/null && return 0
    kill -0 "$BROKER_PID" 2>/dev/null || break
    sleep 0.2
  done
  echo "run-bench.sh: gannet did not start" >&2; tail "$OUT/gannet.log" >&2; exit 1
}
stop_gannet() {
  kill -TERM "$BROKER_PID" 2>/dev/null || true
  wait "$BROKER_PID" 2>/dev/null || true
  rm -rf "$OUT/gannet-data"
}
start_kafka() {
  # The JVMs inherit the affinity: Kafka and ZooKeeper both on the broker core(s).
  BOOT=$(on_broker_cpus tests/reference/start-kafka.sh)
  BROKER_PID=$(cat "$REF_RUN/kafka.pid")
  ZK_PID=$(cat "$REF_RUN/zookeeper.pid")
}
stop_kafka() { tests/reference/stop-kafka.sh; }

cleanup() {
  if [ "${CURRENT:-}" = gannet ]; then stop_gannet; fi
  if [ "${CURRENT:-}" = kafka ]; then stop_kafka; fi
}
trap cleanup EXIT

# load NAME kafka_load-args...: one kafka_load run, its result line tagged.
load() {
  local name=$1 line
  shift
  if ! line=$(on_load_cpus "$LOAD" --bootstrap "$BOOT" --watch broker="$BROKER_PID" "$@" 2> "$OUT/$CURRENT-$name.err"); then
    echo "run-bench.sh: $CURRENT $name failed:" >&2
    cat "$OUT/$CURRENT-$name.err" >&2
    record "run broker=$CURRENT name=$name status=failed $line"
    return 0
  fi
  record "run broker=$CURRENT name=$name status=ok ${line#result }"
}

# tool NAME GIB tool-args...: a Kafka perf tool; broker CPU measured around it.
tool() {
  local name=$1 bytes=$2 t0 t1 summary status=ok
  shift 2
  t0=$(cpu_ticks "$BROKER_PID")
  if ! summary=$(on_load_cpus tests/reference/kafka-tool.sh "$@" 2> "$OUT/$CURRENT-$name.err" | tee "$OUT/$CURRENT-$name.out" | tail -1); then
    echo "run-bench.sh: $CURRENT $name failed:" >&2
    head -5 "$OUT/$CURRENT-$name.err" >&2
    status=failed summary=$(grep -m1 -v '^\s' "$OUT/$CURRENT-$name.err" || true)
  fi
  t1=$(cpu_ticks "$BROKER_PID")
  record "tool broker=$CURRENT name=$name status=$status bytes=$bytes cpu_s.broker=$(awk -v a="$t0" -v b="$t1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (b - a) / hz }') summary=\"$summary\""
}

run_workloads() {
  local size n acks comp topic
  # Warm-up, not in the tables: Kafka's JIT compiles its produce and fetch
  # paths here rather than inside the first measured run.
  load warmup-produce --mode produce --create --topic warmup --partitions 3 \
    --messages "$(count 100000)" --max-seconds "$MAX_SECS" --size 1024
  load warmup-consume --mode consume --topic warmup
  for size in 1024 100; do
    if [ "$size" = 1024 ]; then n=$(count 200000); else n=$(count 1000000); fi
    for acks in 1 all; do
      for comp in none lz4; do
        topic="p$size-acks$acks-$comp"
        load "produce-$size-$acks-$comp" --mode produce --create --topic "$topic" --partitions 3 \
          --messages "$n" --max-seconds "$MAX_SECS" --size "$size" --acks "$acks" --compression "$comp"
      done
    done
  done
  for size in 1024 100; do
    for comp in none lz4; do
      load "consume-$size-$comp" --mode consume --topic "p$size-acks1-$comp"
    done
  done
  # End-to-end latency at a fixed 5,000 msg/s: linger.ms=0 (each message sent
  # at once, as the Java client's default) and librdkafka's default 5 ms.
  local secs; secs=$(awk -v s="$SCALE" 'BEGIN { d = 10 * s; if (d < 4) d = 4; print d }')
  for spec in "1024 1 0" "1024 all 0" "100 all 0" "1024 all 5"; do
    set -- $spec
    load "latency-$1-$2-linger$3" --mode latency --create --topic "lat$1-acks$2-linger$3" --partitions 3 \
      --rate 5000 --duration "$secs" --warmup 2 --timeout 60 --size "$1" --acks "$2" --linger-ms "$3"
  done
  # Kafka's own perf tools (3.9.1 jars, -Xmx256M as bin/kafka-*-perf-test.sh).
  local pn; pn=$(count 50000)
  on_load_cpus "$LOAD" --bootstrap "$BOOT" --mode create --topic perf1k --partitions 3 >/dev/null
  tool perf-producer-1024-1 $((pn * 1024)) kafka-producer-perf-test --topic perf1k --num-records "$pn" \
    --record-size 1024 --throughput -1 --producer-props bootstrap.servers="$BOOT" acks=1
  tool perf-producer-1024-all $((pn * 1024)) kafka-producer-perf-test --topic perf1k --num-records "$pn" \
    --record-size 1024 --throughput -1 --producer-props bootstrap.servers="$BOOT" acks=all
  tool perf-consumer-1024 $((2 * pn * 1024)) kafka-consumer-perf-test --bootstrap-server "$BOOT" --topic perf1k \
    --messages $((2 * pn)) --timeout 60000
  local pn100; pn100=$(count 300000)
  on_load_cpus "$LOAD" --bootstrap "$BOOT" --mode create --topic perf100 --partitions 3 >/dev/null
  tool perf-producer-100-1 $((pn100 * 100)) kafka-producer-perf-test --topic perf100 --num-records "$pn100" \
    --record-size 100 --throughput -1 --producer-props bootstrap.servers="$BOOT" acks=1
}

for broker in ${BENCH_BROKERS:-gannet kafka}; do
  CURRENT=$broker
  "start_$broker"
  machine "phase=$broker-started"
  zk0=0
  [ "$broker" = kafka ] && zk0=$(cpu_ticks "$ZK_PID")
  run_workloads
  extra=""
  if [ "$broker" = kafka ]; then
    extra="zk_cpu_s=$(awk -v a="$zk0" -v b="$(cpu_ticks "$ZK_PID")" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (b - a) / hz }') zk_hwm_kib=$(hwm_kib "$ZK_PID")"
  fi
  record "rss broker=$broker hwm_kib=$(hwm_kib "$BROKER_PID") $extra"
  machine "phase=$broker-done"
  "stop_$broker"
  CURRENT=""
done

python3 scripts/bench-summary.py "$RESULTS" | tee "$OUT/summary.md"
echo "run-bench.sh: results in $OUT" >&2
