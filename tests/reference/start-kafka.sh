#!/usr/bin/env bash
# Start the reference broker: ZooKeeper and Apache Kafka 3.9 in ZooKeeper mode,
# from the Maven Central jars (fetched on first use by fetch.sh), on loopback,
# with a fresh temp data dir. Prints the bootstrap address on stdout when the
# broker answers (ApiVersions + Metadata listing itself and a controller).
#
#   tests/reference/start-kafka.sh [--override key=value ...]
#
# Extra arguments go to kafka.Kafka as is (it takes `--override key=value`).
# Environment (defaults in env.sh):
#   REF_KAFKA_PORT=19092  REF_ZK_PORT=12181  REF_HOST=127.0.0.1  REF_BROKER_ID=0
#   REF_KAFKA_HEAP_OPTS="-Xmx1G -Xms1G"   (Kafka's kafka-server-start.sh default)
#   REF_ZK_HEAP_OPTS="-Xmx512M -Xms512M"  (Kafka's zookeeper-server-start.sh default)
#   REF_START_TIMEOUT=60  REF_RUN=<state dir>  TMPDIR=<where the data dir goes>
# Stop with tests/reference/stop-kafka.sh.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

alive() { ref_alive "$@"; }
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

mkdir -p "$REF_RUN"
if [ -f "$REF_RUN/kafka.pid" ] && alive "$(cat "$REF_RUN/kafka.pid")"; then
  echo "start-kafka.sh: already running (pid $(cat "$REF_RUN/kafka.pid"))" >&2
  # shellcheck disable=SC1091
  . "$REF_RUN/state.env"
  echo "$REF_HOST:$REF_KAFKA_PORT"
  exit 0
fi
# A previous run that died (or was killed) leaves state behind: clean it up.
[ -f "$REF_RUN/state.env" ] && "$REF_DIR/stop-kafka.sh"
for p in "$REF_KAFKA_PORT" "$REF_ZK_PORT"; do
  if port_open "$REF_HOST" "$p"; then
    echo "start-kafka.sh: $REF_HOST:$p is already in use" >&2
    exit 1
  fi
done

t0=$(date +%s.%N)
"$REF_DIR/fetch.sh" >/dev/null

data="$(mktemp -d "${TMPDIR:-/tmp}/gannet-ref-kafka.XXXXXX")"
mkdir -p "$data/zookeeper" "$data/kafka-logs" "$data/logs"
cat > "$REF_RUN/state.env" <<STATE
REF_DATA='$data'
REF_HOST='$REF_HOST'
REF_KAFKA_PORT='$REF_KAFKA_PORT'
REF_ZK_PORT='$REF_ZK_PORT'
STATE

cat > "$data/zookeeper.properties" <<CONF
# Kafka 3.9's config/zookeeper.properties, on loopback and a temp dir.
dataDir=$data/zookeeper
clientPort=$REF_ZK_PORT
clientPortAddress=$REF_HOST
maxClientCnxns=0
admin.enableServer=false
4lw.commands.whitelist=ruok,srvr,stat
CONF

cat > "$data/server.properties" <<CONF
# Kafka 3.9's config/server.properties (ZooKeeper mode), on loopback and a temp dir.
broker.id=${REF_BROKER_ID:-0}
listeners=PLAINTEXT://$REF_HOST:$REF_KAFKA_PORT
advertised.listeners=PLAINTEXT://$REF_HOST:$REF_KAFKA_PORT
num.network.threads=3
num.io.threads=8
socket.send.buffer.bytes=102400
socket.receive.buffer.bytes=102400
socket.request.max.bytes=104857600
log.dirs=$data/kafka-logs
num.partitions=1
num.recovery.threads.per.data.dir=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
log.retention.hours=168
log.retention.check.interval.ms=300000
zookeeper.connect=$REF_HOST:$REF_ZK_PORT
zookeeper.connection.timeout.ms=18000
group.initial.rebalance.delay.ms=0
CONF

fail() {
  echo "start-kafka.sh: $*" >&2
  for f in "$data/logs/zookeeper.out" "$data/logs/zookeeper.log" "$data/logs/kafka.out" "$data/logs/server.log"; do
    [ -s "$f" ] && { echo "--- tail $f" >&2; tail -n 20 "$f" >&2; }
  done
  REF_KEEP=1 "$REF_DIR/stop-kafka.sh" >&2 || true
  exit 1
}

trap 'fail "interrupted"' INT TERM HUP

# shellcheck disable=SC2086
setsid nohup "$JAVA" ${REF_ZK_HEAP_OPTS:--Xmx512M -Xms512M} $KAFKA_JVM_PERFORMANCE_OPTS \
  -Dkafka.logs.dir="$data/logs" \
  -Dlog4j.configuration="file:$REF_DIR/config/log4j-zookeeper.properties" \
  -cp "$REF_LIBS/*" org.apache.zookeeper.server.quorum.QuorumPeerMain "$data/zookeeper.properties" \
  > "$data/logs/zookeeper.out" 2>&1 < /dev/null &
echo $! > "$REF_RUN/zookeeper.pid"
zkpid=$!

deadline=$(( $(date +%s) + ${REF_START_TIMEOUT:-60} ))
until [ "$( (exec 3<>"/dev/tcp/$REF_HOST/$REF_ZK_PORT" && printf ruok >&3 && timeout 2 cat <&3) 2>/dev/null)" = imok ]; do
  alive "$zkpid" || fail "ZooKeeper exited"
  [ "$(date +%s)" -lt "$deadline" ] || fail "ZooKeeper did not answer ruok in time"
  sleep 0.2
done
t_zk=$(date +%s.%N)

# shellcheck disable=SC2086
setsid nohup "$JAVA" ${REF_KAFKA_HEAP_OPTS:--Xmx1G -Xms1G} $KAFKA_JVM_PERFORMANCE_OPTS \
  -Dkafka.logs.dir="$data/logs" \
  -Dlog4j.configuration="file:$REF_DIR/config/log4j-server.properties" \
  -cp "$REF_LIBS/*" kafka.Kafka "$data/server.properties" "$@" \
  > "$data/logs/kafka.out" 2>&1 < /dev/null &
echo $! > "$REF_RUN/kafka.pid"
kpid=$!

until python3 "$REF_DIR/probe.py" --bootstrap "$REF_HOST:$REF_KAFKA_PORT" --ready --wait 0.5 --quiet 2>/dev/null; do
  alive "$kpid" || fail "Kafka exited"
  [ "$(date +%s)" -lt "$deadline" ] || fail "Kafka did not become ready in ${REF_START_TIMEOUT:-60}s"
done
t1=$(date +%s.%N)
awk -v v="$KAFKA_VERSION" -v t0="$t0" -v tz="$t_zk" -v t1="$t1" -v d="$data" 'BEGIN {
  printf "start-kafka.sh: Kafka %s ready in %.1fs (ZooKeeper up after %.1fs); data and logs in %s\n", v, t1 - t0, tz - t0, d
}' >&2
echo "$REF_HOST:$REF_KAFKA_PORT"
