#!/usr/bin/env bash
# A standalone ZooKeeper 3.8 server for tests: org.apache.zookeeper.server.ZooKeeperServerMain
# from the jars tests/reference/fetch.sh lays out (Maven Central, git-ignored), on loopback.
#
#   zk-server.sh start   [--port P] [--dir D]   start; prints host:port when it answers ruok
#   zk-server.sh stop    [--dir D]              stop (SIGTERM, then SIGKILL); keeps D
#   zk-server.sh restart [--dir D]              stop, then start on the same port and data
#   zk-server.sh status  [--dir D]              exit 0 when running
#
# D (ZK_DIR, required) holds zoo.cfg, data/, zookeeper.log, zk.pid and port; it is created if
# missing and never deleted here (the caller owns it). P (ZK_PORT) defaults to the port of the
# previous start in D, else 2181. ZK_TICK_TIME (default 2000 ms, ZooKeeper's) bounds session
# timeouts to [2, 20] ticks. ZK_START_TIMEOUT (default 30 s) bounds the wait for ruok.
# ZK_OWNER_PID: when set, the server is stopped once that process is gone (a test binary that
# crashes or is killed by a timeout leaves no server behind).
# Exit status 1 with a message on stderr when Java or the jars are missing or the server does
# not come up; it never waits longer than ZK_START_TIMEOUT.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ref="$here/../../reference"

cmd="${1:-}"
[ $# -gt 0 ] && shift
port="${ZK_PORT:-}"
dir="${ZK_DIR:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    *) echo "zk-server.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$dir" ] || { echo "zk-server.sh: --dir (or ZK_DIR) is required" >&2; exit 2; }
# ZK_HOST: the address to listen on (the network-namespace tests use their own); loopback by default.
host="${ZK_HOST:-127.0.0.1}"
main_class=org.apache.zookeeper.server.ZooKeeperServerMain

alive() {
  [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
  local st
  st="$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)"
  [ "$st" != Z ] && [ "$st" != X ]
}
# The pid in D, if it is still our server (pids are reused).
server_pid() {
  local pid
  [ -f "$dir/zk.pid" ] || return 1
  pid="$(cat "$dir/zk.pid")"
  alive "$pid" && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q " $main_class " \
    && echo "$pid"
}
ruok() {
  [ "$( (exec 3<>"/dev/tcp/$host/$1" && printf ruok >&3 && timeout 2 cat <&3) 2>/dev/null)" = imok ]
}

do_stop() {
  local pid i
  pid="$(server_pid)" || { rm -f "$dir/zk.pid"; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    alive "$pid" || break
    sleep 0.05
  done
  if alive "$pid"; then
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do alive "$pid" || break; sleep 0.05; done
  fi
  rm -f "$dir/zk.pid"
}

do_start() {
  if server_pid >/dev/null; then
    echo "zk-server.sh: already running in $dir (pid $(server_pid))" >&2
    exit 1
  fi
  [ -n "$port" ] || port="$(cat "$dir/port" 2>/dev/null || echo 2181)"
  command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java" >/dev/null 2>&1 \
    || { echo "zk-server.sh: java not found (apt-get install openjdk-17-jre-headless)" >&2; exit 1; }
  local libs
  libs="$("$ref/fetch.sh")" || { echo "zk-server.sh: tests/reference/fetch.sh failed" >&2; exit 1; }
  ls "$libs"/zookeeper-3.8*.jar >/dev/null 2>&1 \
    || { echo "zk-server.sh: no zookeeper-3.8 jar in $libs" >&2; exit 1; }
  if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
    echo "zk-server.sh: $host:$port is already in use" >&2
    exit 1
  fi
  mkdir -p "$dir/data"
  echo "$port" > "$dir/port"
  cat > "$dir/zoo.cfg" <<CONF
tickTime=${ZK_TICK_TIME:-2000}
dataDir=$dir/data
clientPort=$port
clientPortAddress=$host
maxClientCnxns=0
admin.enableServer=false
4lw.commands.whitelist=ruok,srvr,stat
CONF
  cat > "$dir/log4j.properties" <<CONF
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.FileAppender
log4j.appender.file.File=$dir/zookeeper.log
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
CONF
  # A small heap, the C1 compiler only and class data sharing: a test server starts in about a
  # second instead of three.
  setsid nohup "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Xshare:auto -Djava.awt.headless=true -Dzookeeper.jmx.log4j.disable=true \
    -Dlog4j.configuration="file:$dir/log4j.properties" \
    -cp "$libs/*" "$main_class" "$dir/zoo.cfg" > "$dir/zookeeper.out" 2>&1 < /dev/null &
  local pid=$!
  echo "$pid" > "$dir/zk.pid"
  if [ -n "${ZK_OWNER_PID:-}" ]; then
    setsid nohup bash -c 'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done
      kill -TERM "$2" 2>/dev/null' zk-owner-watch "$ZK_OWNER_PID" "$pid" >/dev/null 2>&1 < /dev/null &
  fi
  local deadline=$(( $(date +%s) + ${ZK_START_TIMEOUT:-30} ))
  until ruok "$port"; do
    if ! alive "$pid"; then
      echo "zk-server.sh: ZooKeeper exited; tail of $dir/zookeeper.out and zookeeper.log:" >&2
      tail -n 20 "$dir/zookeeper.out" "$dir/zookeeper.log" >&2 2>/dev/null || true
      rm -f "$dir/zk.pid"
      exit 1
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      echo "zk-server.sh: ZooKeeper did not answer ruok on $host:$port in ${ZK_START_TIMEOUT:-30}s" >&2
      do_stop
      exit 1
    fi
    sleep 0.05
  done
  echo "$host:$port"
}

case "$cmd" in
  start) do_start ;;
  stop) do_stop ;;
  restart) do_stop; do_start ;;
  status) server_pid >/dev/null ;;
  *) echo "usage: zk-server.sh start|stop|restart|status [--port P] [--dir D]" >&2; exit 2 ;;
esac
