// Broker keys, with Kafka 3.9's defaults and validators (ServerConfigs,
// SocketServerConfigs, ServerLogConfigs via LogConfig.SERVER_CONFIG_DEF,
// CleanerConfig, ReplicationConfigs, GroupCoordinatorConfig,
// TransactionLogConfigs, TransactionStateManagerConfigs, ZkConfigs,
// RemoteLogManagerConfig) and dynamic flags from DynamicBrokerConfig.

#include <algorithm>
#include <vector>

#include "gannet/config/definitions.h"
#include "key_builder.h"

namespace gannet::config {
namespace {

constexpr std::string_view long_max = "9223372036854775807";
constexpr std::string_view int_max = "2147483647";

std::vector<config_key> make_broker_keys() {
  using enum config_type;
  using v = validator;
  constexpr auto high = importance::high;
  constexpr auto medium = importance::medium;
  constexpr auto low = importance::low;
  const std::vector<std::string_view> compression_types = {"uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"};
  const std::vector<std::string_view> security_protocols = {"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"};
  return {
      // Identity and general server settings.
      key("broker.id", int32, "-1", high,
          "The broker id. -1 lets the broker generate one above reserved.broker.max.id; node.id is an alias."),
      key("node.id", int32, "-1", high,
          "The node id (KRaft name of broker.id). Must equal broker.id when both are set."),
      key("broker.id.generation.enable", boolean, "true", medium, "Generate a broker id when broker.id is -1."),
      key("reserved.broker.max.id", int32, "1000", medium,
          "Largest id an operator may assign; generated ids start above it.", v::at_least(0)),
      key("broker.rack", string, std::nullopt, medium, "Rack of the broker, used for rack-aware replica placement."),
      dyn(key("message.max.bytes", int32, "1048588", high,
              "Largest record batch size allowed; default of the topic key max.message.bytes.", v::at_least(0))),
      dyn(key("num.io.threads", int32, "8", high, "Threads that process requests (disk I/O included).",
              v::at_least(1))),
      dyn(key("num.network.threads", int32, "3", high,
              "Threads that read requests from and write responses to sockets.", v::at_least(1))),
      dyn(key("background.threads", int32, "10", high, "Threads for background work such as log deletion.",
              v::at_least(1))),
      key("queued.max.requests", int32, "500", high, "Requests queued per connection before reads are paused.",
          v::at_least(1)),
      key("queued.max.request.bytes", int64, "-1", medium,
          "Bytes of queued requests before reads pause; -1 = no limit."),
      key("request.timeout.ms", int32, "30000", high, "Time the broker waits for a response to its own requests."),
      key("delete.topic.enable", boolean, "true", high,
          "Allow DeleteTopics; when false deletion requests are refused."),
      key("auto.create.topics.enable", boolean, "true", high,
          "Create a topic when Metadata asks for an unknown one (with num.partitions, default.replication.factor)."),
      dyn(key("compression.type", string, "producer", high,
              "Final compression of a topic's data; 'producer' keeps the producer's codec.", v::in(compression_types))),
      dyn(key("compression.gzip.level", int32, "-1", medium, "Compression level when compression.type is gzip.",
              v::of(v::kind::gzip_level))),
      dyn(key("compression.lz4.level", int32, "9", medium, "Compression level when compression.type is lz4.",
              v::between(1, 17))),
      dyn(key("compression.zstd.level", int32, "3", medium, "Compression level when compression.type is zstd.",
              v::between(-131072, 22))),
      key("controlled.shutdown.enable", boolean, "true", medium, "Move leadership away before shutting down."),
      key("fetch.max.bytes", int32, "57671680", medium, "Largest number of bytes returned for one Fetch request.",
          v::at_least(1024)),
      key("max.incremental.fetch.session.cache.slots", int32, "1000", medium,
          "Maximum number of incremental fetch sessions (KIP-227) kept.", v::at_least(0)),
      key("max.request.partition.size.limit", int32, "2000", medium,
          "Maximum number of partitions in one request (e.g. DeleteRecords).", v::at_least(1)),
      key("inter.broker.protocol.version", string, "3.9-IV0", medium, "Protocol version brokers use among themselves.",
          v::of(v::kind::metadata_version)),
      key("security.inter.broker.protocol", string, "PLAINTEXT", medium, "Security protocol between brokers.",
          v::in(security_protocols)),
      key("inter.broker.listener.name", string, std::nullopt, medium, "Listener used between brokers."),

      // Network.
      dyn(key("listeners", string, "PLAINTEXT://:9092", high,
              "Comma list of NAME://host:port the broker binds; empty host = all interfaces.")),
      dyn(key("advertised.listeners", string, std::nullopt, high,
              "Addresses given to clients in Metadata; defaults to listeners. Never 0.0.0.0.")),
      dyn(key("listener.security.protocol.map", string,
              "SASL_SSL:SASL_SSL,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT", low,
              "Listener name -> security protocol.")),
      key("socket.send.buffer.bytes", int32, "102400", high, "SO_SNDBUF of broker sockets; -1 = OS default."),
      key("socket.receive.buffer.bytes", int32, "102400", high, "SO_RCVBUF of broker sockets; -1 = OS default."),
      key("socket.request.max.bytes", int32, "104857600", high,
          "Largest request size; a larger size prefix closes the connection.", v::at_least(1)),
      key("socket.listen.backlog.size", int32, "50", medium, "Backlog of pending connections (listen(2)).",
          v::at_least(1)),
      dyn(key("max.connections.per.ip", int32, int_max, medium, "Maximum connections from one IP address.",
              v::at_least(0))),
      dyn(key("max.connections.per.ip.overrides", string, "", medium, "Per-IP or host overrides, as host:count,...")),
      dyn(key("max.connections", int32, int_max, medium, "Maximum connections the broker accepts.", v::at_least(0))),
      dyn(key("max.connection.creation.rate", int32, int_max, medium, "Maximum new connections per second.",
              v::at_least(0))),
      key("connections.max.idle.ms", int64, "600000", medium, "Idle connections are closed after this many ms."),

      // Logs.
      key("num.partitions", int32, "1", medium,
          "Partitions of auto-created topics and of CreateTopics without a count.", v::at_least(1)),
      key("log.dir", string, "/tmp/kafka-logs", high, "Data directory, used when log.dirs is not set."),
      key("log.dirs", string, std::nullopt, high, "Comma list of data directories; defaults to log.dir."),
      dyn(key("log.segment.bytes", int32, "1073741824", high, "Maximum size of a log segment file.", v::at_least(14))),
      dyn(key("log.roll.ms", int64, std::nullopt, high,
              "Roll a new segment after this many ms; defaults to log.roll.hours.")),
      key("log.roll.hours", int32, "168", high, "Roll a new segment after this many hours.", v::at_least(1)),
      dyn(key("log.roll.jitter.ms", int64, std::nullopt, high, "Maximum random jitter subtracted from the roll time.")),
      key("log.roll.jitter.hours", int32, "0", high, "Roll jitter in hours, used when log.roll.jitter.ms is not set.",
          v::at_least(0)),
      dyn(key("log.retention.ms", int64, std::nullopt, high,
              "Delete segments older than this; -1 = no time limit. Defaults to minutes, then hours.")),
      key("log.retention.minutes", int32, std::nullopt, high,
          "Retention in minutes, used when log.retention.ms is not set."),
      key("log.retention.hours", int32, "168", high, "Retention in hours, used when neither ms nor minutes is set."),
      dyn(key("log.retention.bytes", int64, "-1", high,
              "Maximum size of a partition's log before deleting; -1 = none.")),
      key("log.retention.check.interval.ms", int64, "300000", medium, "How often retention is checked.",
          v::at_least(1)),
      dyn(key("log.cleanup.policy", list, "delete", medium, "Default cleanup policy: delete and/or compact.",
              v::list_in({"compact", "delete"}))),
      dyn(key("log.index.size.max.bytes", int32, "10485760", medium, "Maximum size of an offset or time index file.",
              v::at_least(4))),
      dyn(key("log.index.interval.bytes", int32, "4096", medium, "Bytes of log between two offset index entries.",
              v::at_least(0))),
      dyn(key("log.flush.interval.messages", int64, long_max, high, "fsync after this many messages.", v::at_least(1))),
      dyn(key("log.segment.delete.delay.ms", int64, "60000", high, "Delay before a deleted segment's file is removed.",
              v::at_least(0))),
      key("log.flush.scheduler.interval.ms", int64, long_max, high, "How often the flusher checks logs to fsync."),
      dyn(key("log.flush.interval.ms", int64, std::nullopt, high,
              "fsync after this many ms; defaults to log.flush.scheduler.interval.ms.")),
      key("log.flush.offset.checkpoint.interval.ms", int32, "60000", high,
          "How often recovery points are checkpointed.", v::at_least(0)),
      key("log.flush.start.offset.checkpoint.interval.ms", int32, "60000", high,
          "How often log start offsets are checkpointed.", v::at_least(0)),
      dyn(key("log.preallocate", boolean, "false", medium, "Preallocate segment files.")),
      dyn(key("num.recovery.threads.per.data.dir", int32, "1", high, "Threads per data dir for recovery and shutdown.",
              v::at_least(1))),
      dyn(key("min.insync.replicas", int32, "1", high, "Minimum in-sync replicas for an acks=all write.",
              v::at_least(1))),
      key("log.message.format.version", string, "3.0-IV1", medium, "Deprecated; ignored since 3.0.",
          v::of(v::kind::metadata_version)),
      dyn(key("log.message.timestamp.type", string, "CreateTime", medium, "CreateTime or LogAppendTime.",
              v::in({"CreateTime", "LogAppendTime"}))),
      dyn(key("log.message.timestamp.difference.max.ms", int64, long_max, medium,
              "Deprecated; see log.message.timestamp.before/after.max.ms.", v::at_least(0))),
      dyn(key("log.message.timestamp.before.max.ms", int64, long_max, medium,
              "Largest allowed amount a CreateTime timestamp may lie in the past.", v::at_least(0))),
      dyn(key("log.message.timestamp.after.max.ms", int64, long_max, medium,
              "Largest allowed amount a CreateTime timestamp may lie in the future.", v::at_least(0))),
      dyn(key("log.message.downconversion.enable", boolean, "true", low,
              "Down-convert batches for old Fetch versions.")),
      dyn(key("log.local.retention.ms", int64, "-2", medium, "Tiered storage local retention; -2 = log.retention.ms.",
              v::at_least(-2))),
      dyn(key("log.local.retention.bytes", int64, "-2", medium,
              "Tiered storage local retention; -2 = log.retention.bytes.", v::at_least(-2))),
      dyn(key("unclean.leader.election.enable", boolean, "false", high,
              "Allow an out-of-sync replica to become leader (data loss).")),
      key("log.cleaner.enable", boolean, "true", medium, "Run the log cleaner (compaction)."),
      dyn(key("log.cleaner.threads", int32, "1", medium, "Log cleaner threads.", v::at_least(0))),
      dyn(key("log.cleaner.delete.retention.ms", int64, "86400000", medium, "How long delete tombstones are kept.",
              v::at_least(0))),
      dyn(key("log.cleaner.min.compaction.lag.ms", int64, "0", medium, "Minimum age of a message before compaction.",
              v::at_least(0))),
      dyn(key("log.cleaner.max.compaction.lag.ms", int64, long_max, medium, "Maximum time a message stays uncompacted.",
              v::at_least(1))),
      dyn(key("log.cleaner.min.cleanable.ratio", float64, "0.5", medium, "Dirty ratio above which a log is cleaned.",
              v::between(0, 1))),
      dyn(key("log.cleaner.backoff.ms", int64, "15000", medium, "Sleep when there is nothing to clean.",
              v::at_least(0))),
      dyn(key("log.cleaner.dedupe.buffer.size", int64, "134217728", medium, "Memory for cleaner deduplication.")),
      dyn(key("log.cleaner.io.buffer.size", int32, "524288", medium, "Memory for cleaner I/O buffers.",
              v::at_least(0))),
      dyn(key("log.cleaner.io.buffer.load.factor", float64, "0.9", medium, "Load factor of the dedupe buffer.")),
      dyn(key("log.cleaner.io.max.bytes.per.second", float64, "1.7976931348623157E308", medium,
              "Cleaner I/O throttle.")),

      // Replication.
      key("default.replication.factor", int32, "1", medium, "Replication factor of auto-created topics."),
      key("replica.lag.time.max.ms", int64, "30000", high,
          "A follower that has not caught up for this long leaves the ISR."),
      key("replica.socket.timeout.ms", int32, "30000", high, "Socket timeout of follower fetches."),
      key("replica.socket.receive.buffer.bytes", int32, "65536", high, "SO_RCVBUF of follower fetch sockets."),
      key("replica.fetch.max.bytes", int32, "1048576", medium, "Bytes a follower fetches per partition.",
          v::at_least(0)),
      key("replica.fetch.wait.max.ms", int32, "500", high, "Maximum wait of a follower fetch."),
      key("replica.fetch.min.bytes", int32, "1", high, "Minimum bytes a follower fetch waits for."),
      key("replica.fetch.backoff.ms", int32, "1000", medium, "Sleep after a follower fetch error.", v::at_least(0)),
      key("replica.fetch.response.max.bytes", int32, "10485760", medium, "Bytes of a whole follower fetch response.",
          v::at_least(0)),
      dyn(key("num.replica.fetchers", int32, "1", high, "Fetcher threads per source broker.")),
      key("replica.high.watermark.checkpoint.interval.ms", int64, "5000", high,
          "How often high watermarks are checkpointed."),
      key("fetch.purgatory.purge.interval.requests", int32, "1000", medium, "Purge interval of the fetch purgatory."),
      key("producer.purgatory.purge.interval.requests", int32, "1000", medium,
          "Purge interval of the produce purgatory."),
      key("auto.leader.rebalance.enable", boolean, "true", high, "Move leadership back to preferred replicas."),
      key("leader.imbalance.per.broker.percentage", int32, "10", high, "Allowed leader imbalance per broker."),
      key("leader.imbalance.check.interval.seconds", int64, "300", high, "How often leader balance is checked.",
          v::at_least(1)),
      key("controller.socket.timeout.ms", int32, "30000", medium, "Socket timeout of controller-to-broker channels."),

      // Consumer groups and offsets.
      key("group.min.session.timeout.ms", int32, "6000", medium, "Smallest session timeout a consumer may ask for."),
      key("group.max.session.timeout.ms", int32, "1800000", medium, "Largest session timeout a consumer may ask for."),
      key("group.initial.rebalance.delay.ms", int32, "3000", medium,
          "Wait for more members before the first rebalance of an empty group."),
      key("group.max.size", int32, int_max, medium, "Maximum members of one group.", v::at_least(1)),
      key("offset.metadata.max.bytes", int32, "4096", high, "Maximum size of an offset commit's metadata."),
      key("offsets.load.buffer.size", int32, "5242880", high, "Read buffer when loading offsets.", v::at_least(1)),
      key("offsets.topic.replication.factor", int16, "3", high, "Replication factor of __consumer_offsets.",
          v::at_least(1)),
      key("offsets.topic.num.partitions", int32, "50", high, "Partitions of __consumer_offsets.", v::at_least(1)),
      key("offsets.topic.segment.bytes", int32, "104857600", high, "Segment size of __consumer_offsets.",
          v::at_least(1)),
      key("offsets.topic.compression.codec", int32, "0", high, "Compression codec id for __consumer_offsets."),
      key("offsets.retention.minutes", int32, "10080", high, "Committed offsets of empty groups expire after this.",
          v::at_least(1)),
      key("offsets.retention.check.interval.ms", int64, "600000", high, "How often stale offsets are removed.",
          v::at_least(1)),
      key("offsets.commit.timeout.ms", int32, "5000", high, "Timeout of an offset commit's replication.",
          v::at_least(1)),
      key("offsets.commit.required.acks", int16, "-1", high, "Deprecated acks of offset commits."),

      // Transactions and producer ids.
      key("transaction.state.log.min.isr", int32, "2", high, "min.insync.replicas of __transaction_state.",
          v::at_least(1)),
      key("transaction.state.log.load.buffer.size", int32, "5242880", high,
          "Read buffer when loading transaction state.", v::at_least(1)),
      key("transaction.state.log.replication.factor", int16, "3", high, "Replication factor of __transaction_state.",
          v::at_least(1)),
      key("transaction.state.log.num.partitions", int32, "50", high, "Partitions of __transaction_state.",
          v::at_least(1)),
      key("transaction.state.log.segment.bytes", int32, "104857600", high, "Segment size of __transaction_state.",
          v::at_least(1)),
      dyn(key("transaction.partition.verification.enable", boolean, "true", low,
              "Verify a partition is in the transaction before appending.")),
      dyn(key("producer.id.expiration.ms", int32, "86400000", low,
              "Producer id state is dropped this long after its last write.", v::at_least(1))),
      key("producer.id.expiration.check.interval.ms", int32, "600000", low,
          "How often producer ids idle for producer.id.expiration.ms are removed.", v::at_least(1)),
      key("transactional.id.expiration.ms", int32, "604800000", high,
          "A transactional id expires after this long without a transaction.", v::at_least(1)),
      key("transaction.max.timeout.ms", int32, "900000", high, "Largest transaction timeout a producer may ask for.",
          v::at_least(1)),
      key("transaction.abort.timed.out.transaction.cleanup.interval.ms", int32, "10000", low,
          "How often timed-out transactions are aborted.", v::at_least(1)),
      key("transaction.remove.expired.transaction.cleanup.interval.ms", int32, "3600000", low,
          "How often expired transactional ids are removed.", v::at_least(1)),

      // ZooKeeper (cluster metadata).
      key("zookeeper.connect", string, std::nullopt, high,
          "ZooKeeper host:port[,host:port][/chroot]; unset = standalone."),
      key("zookeeper.session.timeout.ms", int32, "18000", high, "ZooKeeper session timeout."),
      key("zookeeper.connection.timeout.ms", int32, std::nullopt, high,
          "Time to wait for a ZooKeeper connection; defaults to zookeeper.session.timeout.ms."),
      key("zookeeper.set.acl", boolean, "false", high, "Use secure ACLs on ZooKeeper nodes."),
      key("zookeeper.max.in.flight.requests", int32, "10", high, "Unacknowledged ZooKeeper requests before blocking.",
          v::at_least(1)),

      // Gannet's own keys.
      gannet(key("gannet.durable.acks", boolean, "false", medium,
                 "Gannet only: fsync the log before acknowledging a produce (acks=1 and acks=all).")),
  };
}

}  // namespace

std::span<const config_key> broker_config_keys() {
  static const std::vector<config_key> keys = make_broker_keys();
  return keys;
}

const config_key* find_broker_key(std::string_view name) {
  auto keys = broker_config_keys();
  auto it = std::find_if(keys.begin(), keys.end(), [&](const config_key& k) { return k.name == name; });
  return it == keys.end() ? nullptr : &*it;
}

}  // namespace gannet::config
