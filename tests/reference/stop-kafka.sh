#!/usr/bin/env bash
# Stop the reference broker started by start-kafka.sh: Kafka first (controlled
# shutdown), then ZooKeeper; then delete the temp data dir (REF_KEEP=1 keeps it
# and prints where it is). Safe to run when nothing is running.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# stop_pid FILE MAIN_CLASS GRACE_SECONDS
stop_pid() {
  local file="$REF_RUN/$1" cls="$2" grace="$3" pid i
  [ -f "$file" ] || return 0
  pid="$(cat "$file")"
  # Only signal the process we started (the pid may have been reused).
  if [ -n "$pid" ] && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q " $cls "; then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 10; i++)); do
      ref_alive "$pid" || break
      sleep 0.1
    done
    if ref_alive "$pid"; then
      echo "stop-kafka.sh: $cls (pid $pid) did not stop in ${grace}s; killing" >&2
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.2
    fi
  fi
  rm -f "$file"
}

stop_pid kafka.pid kafka.Kafka 30
stop_pid zookeeper.pid org.apache.zookeeper.server.quorum.QuorumPeerMain 10

if [ -f "$REF_RUN/state.env" ]; then
  # shellcheck disable=SC1091
  . "$REF_RUN/state.env"
  if [ -n "${REF_DATA:-}" ] && [ -d "$REF_DATA" ]; then
    if [ "${REF_KEEP:-0}" = 1 ]; then
      echo "stop-kafka.sh: kept data and logs in $REF_DATA" >&2
    else
      case "$REF_DATA" in */gannet-ref-kafka.*) rm -rf "$REF_DATA" ;; esac
    fi
  fi
  rm -f "$REF_RUN/state.env"
fi
