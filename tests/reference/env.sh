# Sourced by the scripts in tests/reference/: paths, versions, ports.
# Everything can be overridden from the environment.
REF_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$REF_DIR/pom.xml")"
# Git-ignored cache of the jars (tests/reference/dist/ is in .gitignore).
REF_DIST="${REF_DIST:-$REF_DIR/dist/kafka-$KAFKA_VERSION}"
REF_LIBS="$REF_DIST/libs"
# Run state (pid files, the path of the temp data dir) of the one reference broker.
REF_RUN="${REF_RUN:-$REF_DIR/dist/run}"
REF_HOST="${REF_HOST:-127.0.0.1}"
REF_KAFKA_PORT="${REF_KAFKA_PORT:-19092}"
REF_ZK_PORT="${REF_ZK_PORT:-12181}"
REF_BOOTSTRAP="$REF_HOST:$REF_KAFKA_PORT"
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
# Same as Kafka 3.9's bin/kafka-run-class.sh defaults.
KAFKA_JVM_PERFORMANCE_OPTS="${KAFKA_JVM_PERFORMANCE_OPTS:--server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -XX:MaxInlineLevel=15 -Djava.awt.headless=true}"

# True if the pid runs and is not a zombie (a killed JVM whose parent has not reaped it yet).
ref_alive() {
  [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
  local st
  st="$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)"
  [ "$st" != Z ] && [ "$st" != X ]
}
