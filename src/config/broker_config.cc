#include "gannet/config/broker_config.h"

#include "gannet/config/config_error.h"
#include "gannet/config/definitions.h"

namespace gannet::config {

std::optional<std::string> broker_layers::value_of(std::string_view name) const {
  for (const property_map* layer : {&dynamic_broker, &dynamic_default_broker, &static_broker}) {
    if (auto it = layer->find(name); it != layer->end()) return it->second;
  }
  if (const config_key* key = find_broker_key(name); key != nullptr && key->default_value)
    return std::string(*key->default_value);
  return std::nullopt;
}

namespace {

// Reads typed values from the layers; every read is validated against the
// key's definition, so a bad value fails with Kafka's message and its key.
class reader {
 public:
  explicit reader(const broker_layers& layers) : layers_(layers) {}

  config_value get(std::string_view name) const {
    const config_key* key = find_broker_key(name);
    if (key == nullptr) throw config_error(std::string(name), "No definition for configuration " + std::string(name));
    auto text = layers_.value_of(name);
    if (!text) return std::monostate{};
    parsed_value parsed = parse_value(*key, *text);
    if (!parsed.ok()) throw config_error(std::string(name), parsed.error);
    return parsed.value;
  }

  bool has(std::string_view name) const { return !std::holds_alternative<std::monostate>(get(name)); }
  std::int64_t i64(std::string_view name) const { return std::get<std::int64_t>(get(name)); }
  std::int32_t i32(std::string_view name) const { return static_cast<std::int32_t>(i64(name)); }
  std::int16_t i16(std::string_view name) const { return static_cast<std::int16_t>(i64(name)); }
  bool boolean(std::string_view name) const { return std::get<bool>(get(name)); }
  std::string str(std::string_view name) const { return std::get<std::string>(get(name)); }
  std::vector<std::string> list(std::string_view name) const { return std::get<std::vector<std::string>>(get(name)); }
  std::optional<std::string> opt_str(std::string_view name) const {
    auto v = get(name);
    if (auto* s = std::get_if<std::string>(&v)) return *s;
    return std::nullopt;
  }

 private:
  const broker_layers& layers_;
};

std::int64_t retention_ms(const reader& r) {
  std::int64_t ms = 0;
  if (r.has("log.retention.ms"))
    ms = r.i64("log.retention.ms");
  else if (r.has("log.retention.minutes"))
    ms = r.i64("log.retention.minutes") * 60'000;
  else
    ms = r.i64("log.retention.hours") * 3'600'000;
  return ms < 0 ? -1 : ms;
}

}  // namespace

broker_config broker_config::from(const broker_layers& layers, const std::function<std::string()>& local_host) {
  reader r(layers);
  broker_config c;

  c.broker_id = r.i32("broker.id");
  c.node_id = r.i32("node.id");
  if (c.broker_id >= 0 && c.node_id >= 0 && c.broker_id != c.node_id)
    throw config_error("node.id", "You must set `node.id` to the same value as `broker.id`.");
  if (c.broker_id < 0) c.broker_id = c.node_id;
  c.broker_rack = r.opt_str("broker.rack");

  c.listener_security_protocol_map = parse_security_protocol_map(r.str("listener.security.protocol.map"));
  c.listeners = parse_listeners("listeners", r.str("listeners"), c.listener_security_protocol_map);
  if (c.listeners.empty()) throw config_error("listeners", "Invalid value for configuration listeners: no listener");
  std::optional<std::vector<endpoint>> advertised;
  if (auto text = r.opt_str("advertised.listeners"))
    advertised = parse_listeners("advertised.listeners", *text, c.listener_security_protocol_map);
  c.advertised_listeners = effective_advertised_listeners(c.listeners, advertised ? &*advertised : nullptr, local_host);
  c.socket_send_buffer_bytes = r.i32("socket.send.buffer.bytes");
  c.socket_receive_buffer_bytes = r.i32("socket.receive.buffer.bytes");
  c.socket_request_max_bytes = r.i32("socket.request.max.bytes");
  c.socket_listen_backlog_size = r.i32("socket.listen.backlog.size");
  c.max_connections = r.i32("max.connections");
  c.max_connections_per_ip = r.i32("max.connections.per.ip");
  c.connections_max_idle_ms = r.i64("connections.max.idle.ms");
  c.num_network_threads = r.i32("num.network.threads");
  c.num_io_threads = r.i32("num.io.threads");
  c.background_threads = r.i32("background.threads");
  c.queued_max_requests = r.i32("queued.max.requests");
  c.queued_max_request_bytes = r.i64("queued.max.request.bytes");
  c.request_timeout_ms = r.i32("request.timeout.ms");

  c.log_dirs = split_list(r.opt_str("log.dirs").value_or(r.str("log.dir")));
  if (c.log_dirs.empty())
    throw config_error("log.dirs", "At least one log directory must be defined via log.dirs or log.dir.");
  c.num_partitions = r.i32("num.partitions");
  c.default_replication_factor = r.i32("default.replication.factor");
  c.auto_create_topics_enable = r.boolean("auto.create.topics.enable");
  c.delete_topic_enable = r.boolean("delete.topic.enable");
  c.log_retention_ms = retention_ms(r);
  if (c.log_retention_ms == 0)
    throw config_error("log.retention.ms", "log.retention.ms must be unlimited (-1) or, greater than or equal to 1");
  c.log_retention_bytes = r.i64("log.retention.bytes");
  c.log_retention_check_interval_ms = r.i64("log.retention.check.interval.ms");
  c.log_segment_bytes = r.i32("log.segment.bytes");
  c.log_roll_ms = r.has("log.roll.ms") ? r.i64("log.roll.ms") : r.i64("log.roll.hours") * 3'600'000;
  c.log_roll_jitter_ms =
      r.has("log.roll.jitter.ms") ? r.i64("log.roll.jitter.ms") : r.i64("log.roll.jitter.hours") * 3'600'000;
  if (c.log_roll_jitter_ms < 0)
    throw config_error("log.roll.jitter.ms", "log.roll.jitter.ms must be greater than or equal to 0");
  c.log_index_size_max_bytes = r.i32("log.index.size.max.bytes");
  c.log_index_interval_bytes = r.i32("log.index.interval.bytes");
  c.log_flush_interval_messages = r.i64("log.flush.interval.messages");
  c.log_flush_scheduler_interval_ms = r.i64("log.flush.scheduler.interval.ms");
  c.log_flush_interval_ms =
      r.has("log.flush.interval.ms") ? r.i64("log.flush.interval.ms") : c.log_flush_scheduler_interval_ms;
  c.log_flush_offset_checkpoint_interval_ms = r.i32("log.flush.offset.checkpoint.interval.ms");
  c.log_segment_delete_delay_ms = r.i64("log.segment.delete.delay.ms");
  c.log_cleanup_policy = r.list("log.cleanup.policy");
  c.log_preallocate = r.boolean("log.preallocate");
  c.log_cleaner_enable = r.boolean("log.cleaner.enable");
  c.log_message_timestamp_type = r.str("log.message.timestamp.type");
  c.log_message_timestamp_before_max_ms = r.i64("log.message.timestamp.before.max.ms");
  c.log_message_timestamp_after_max_ms = r.i64("log.message.timestamp.after.max.ms");
  c.num_recovery_threads_per_data_dir = r.i32("num.recovery.threads.per.data.dir");
  c.message_max_bytes = r.i32("message.max.bytes");
  c.compression_type = r.str("compression.type");
  c.min_insync_replicas = r.i32("min.insync.replicas");
  c.unclean_leader_election_enable = r.boolean("unclean.leader.election.enable");
  c.fetch_max_bytes = r.i32("fetch.max.bytes");
  c.max_incremental_fetch_session_cache_slots = r.i32("max.incremental.fetch.session.cache.slots");

  c.replica_lag_time_max_ms = r.i64("replica.lag.time.max.ms");
  c.replica_fetch_max_bytes = r.i32("replica.fetch.max.bytes");
  c.replica_fetch_wait_max_ms = r.i32("replica.fetch.wait.max.ms");
  c.num_replica_fetchers = r.i32("num.replica.fetchers");

  c.offsets_topic_num_partitions = r.i32("offsets.topic.num.partitions");
  c.offsets_topic_replication_factor = r.i16("offsets.topic.replication.factor");
  c.offsets_topic_segment_bytes = r.i32("offsets.topic.segment.bytes");
  c.offsets_topic_compression_codec = r.i32("offsets.topic.compression.codec");
  c.offsets_load_buffer_size = r.i32("offsets.load.buffer.size");
  c.offsets_retention_minutes = r.i32("offsets.retention.minutes");
  c.offsets_retention_check_interval_ms = r.i64("offsets.retention.check.interval.ms");
  c.offset_metadata_max_bytes = r.i32("offset.metadata.max.bytes");
  c.group_initial_rebalance_delay_ms = r.i32("group.initial.rebalance.delay.ms");
  c.group_min_session_timeout_ms = r.i32("group.min.session.timeout.ms");
  c.group_max_session_timeout_ms = r.i32("group.max.session.timeout.ms");
  c.group_max_size = r.i32("group.max.size");

  c.transaction_state_log_num_partitions = r.i32("transaction.state.log.num.partitions");
  c.transaction_state_log_replication_factor = r.i16("transaction.state.log.replication.factor");
  c.transaction_state_log_segment_bytes = r.i32("transaction.state.log.segment.bytes");
  c.transaction_state_log_min_isr = r.i32("transaction.state.log.min.isr");
  c.transactional_id_expiration_ms = r.i32("transactional.id.expiration.ms");
  c.transaction_max_timeout_ms = r.i32("transaction.max.timeout.ms");
  c.producer_id_expiration_ms = r.i32("producer.id.expiration.ms");
  c.producer_id_expiration_check_interval_ms = r.i32("producer.id.expiration.check.interval.ms");

  c.zookeeper_connect = r.opt_str("zookeeper.connect");
  c.zookeeper_session_timeout_ms = r.i32("zookeeper.session.timeout.ms");
  c.zookeeper_connection_timeout_ms = r.has("zookeeper.connection.timeout.ms")
                                          ? r.i32("zookeeper.connection.timeout.ms")
                                          : c.zookeeper_session_timeout_ms;

  c.gannet_durable_acks = r.boolean("gannet.durable.acks");
  return c;
}

}  // namespace gannet::config
