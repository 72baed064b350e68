#!/usr/bin/env bash
# Run one of Apache Kafka 3.9's command-line tools from the Maven Central jars,
# the way the distribution's bin/<tool>.sh does (same main class, JVM options
# and tools-log4j.properties: warnings to stderr, nothing else).
#
#   tests/reference/kafka-tool.sh <tool> [args...]      e.g.
#   tests/reference/kafka-tool.sh kafka-topics --list --bootstrap-server 127.0.0.1:19092
#   tests/reference/kafka-tool.sh --list                # the tools it knows
#
# <tool> may be given with or without the .sh suffix. Environment, as Kafka's:
#   KAFKA_HEAP_OPTS (default -Xmx256M), KAFKA_JVM_PERFORMANCE_OPTS, KAFKA_OPTS,
#   KAFKA_LOG4J_OPTS (replaces the quiet logging config).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# Main classes as in Kafka 3.9's bin/*.sh (apache/kafka, branch 3.9).
main_class() {
  case "$1" in
    kafka-topics)                    echo org.apache.kafka.tools.TopicCommand ;;
    kafka-console-producer)          echo kafka.tools.ConsoleProducer ;;
    kafka-console-consumer)          echo org.apache.kafka.tools.consumer.ConsoleConsumer ;;
    kafka-consumer-groups)           echo org.apache.kafka.tools.consumer.group.ConsumerGroupCommand ;;
    kafka-configs)                   echo kafka.admin.ConfigCommand ;;
    kafka-producer-perf-test)        echo org.apache.kafka.tools.ProducerPerformance ;;
    kafka-consumer-perf-test)        echo org.apache.kafka.tools.ConsumerPerformance ;;
    kafka-log-dirs)                  echo org.apache.kafka.tools.LogDirsCommand ;;
    kafka-get-offsets)               echo org.apache.kafka.tools.GetOffsetShell ;;
    kafka-delete-records)            echo org.apache.kafka.tools.DeleteRecordsCommand ;;
    kafka-broker-api-versions)       echo kafka.admin.BrokerApiVersionsCommand ;;
    kafka-acls)                      echo kafka.admin.AclCommand ;;
    kafka-reassign-partitions)       echo org.apache.kafka.tools.reassign.ReassignPartitionsCommand ;;
    kafka-leader-election)           echo org.apache.kafka.tools.LeaderElectionCommand ;;
    kafka-features)                  echo org.apache.kafka.tools.FeatureCommand ;;
    kafka-transactions)              echo org.apache.kafka.tools.TransactionsCommand ;;
    kafka-dump-log)                  echo kafka.tools.DumpLogSegments ;;
    kafka-e2e-latency)               echo org.apache.kafka.tools.EndToEndLatency ;;
    kafka-verifiable-producer)       echo org.apache.kafka.tools.VerifiableProducer ;;
    kafka-verifiable-consumer)       echo org.apache.kafka.tools.VerifiableConsumer ;;
    kafka-delegation-tokens)         echo org.apache.kafka.tools.DelegationTokenCommand ;;
    kafka-client-metrics)            echo org.apache.kafka.tools.ClientMetricsCommand ;;
    kafka-replica-verification)      echo org.apache.kafka.tools.ReplicaVerificationTool ;;
    kafka-streams-application-reset) echo org.apache.kafka.tools.StreamsResetter ;;
    zookeeper-shell)                 echo org.apache.zookeeper.ZooKeeperMainWithTlsSupportForKafka ;;
    *) return 1 ;;
  esac
}
TOOLS="kafka-topics kafka-console-producer kafka-console-consumer kafka-consumer-groups
kafka-configs kafka-producer-perf-test kafka-consumer-perf-test kafka-log-dirs kafka-get-offsets
kafka-delete-records kafka-broker-api-versions kafka-acls kafka-reassign-partitions
kafka-leader-election kafka-features kafka-transactions kafka-dump-log kafka-e2e-latency
kafka-verifiable-producer kafka-verifiable-consumer kafka-delegation-tokens kafka-client-metrics
kafka-replica-verification kafka-streams-application-reset zookeeper-shell"

usage() { echo "usage: $0 <tool> [args...]   (tools: $(echo $TOOLS))" >&2; exit 2; }
[ $# -ge 1 ] || usage
if [ "$1" = --list ]; then echo "$TOOLS" | tr ' ' '\n' | grep .; exit 0; fi
tool="${1%.sh}"; shift
cls="$(main_class "$tool")" || { echo "kafka-tool.sh: unknown tool '$tool'" >&2; usage; }
extra=()
[ "$tool" = zookeeper-shell ] && extra=(-server)   # as bin/zookeeper-shell.sh

"$REF_DIR/fetch.sh" >/dev/null

# shellcheck disable=SC2086
exec "$JAVA" ${KAFKA_HEAP_OPTS:--Xmx256M} $KAFKA_JVM_PERFORMANCE_OPTS \
  ${KAFKA_LOG4J_OPTS:--Dlog4j.configuration=file:$REF_DIR/config/log4j-tools.properties} \
  -cp "$REF_LIBS/*" ${KAFKA_OPTS:-} "$cls" "${extra[@]}" "$@"
