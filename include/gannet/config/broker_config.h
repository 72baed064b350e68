#pragma once
// The broker's configuration: the layered property maps Kafka keeps
// (DynamicBrokerConfig) and a typed view of them for the rest of the broker.
// Field names are Kafka's property names with dots as underscores, units in
// the name. Values are copied: a broker_config is immutable and can be read
// from any thread; a dynamic change builds a new one.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gannet/config/config_key.h"
#include "gannet/config/listeners.h"

namespace gannet::config {

// Broker-level layers, highest precedence first. Topic resolution and
// DescribeConfigs read the same layers.
struct broker_layers {
  property_map dynamic_broker;          // DYNAMIC_BROKER_CONFIG: AlterConfigs on this broker's id
  property_map dynamic_default_broker;  // DYNAMIC_DEFAULT_BROKER_CONFIG: AlterConfigs on broker ""
  property_map static_broker;           // STATIC_BROKER_CONFIG: file, KAFKA_* env and --override

  // The value of a broker key from the highest layer that sets it, else
  // its default; nullopt when none sets it and the default is null.
  std::optional<std::string> value_of(std::string_view name) const;
};

struct broker_config {
  // Builds the typed view, deriving what Kafka derives (retention and roll
  // from hours/minutes, log.dirs from log.dir, advertised listeners from
  // listeners). Throws config_error naming the key for an invalid value.
  // `local_host` resolves listeners with an empty host for advertising.
  static broker_config from(const broker_layers& layers,
                            const std::function<std::string()>& local_host = canonical_local_host_name);

  std::int32_t broker_id = -1;  // node.id when broker.id is unset; -1 = to be generated
  std::int32_t node_id = -1;
  std::optional<std::string> broker_rack;

  std::vector<endpoint> listeners;
  std::vector<endpoint> advertised_listeners;  // never an empty host or 0.0.0.0
  std::map<std::string, std::string> listener_security_protocol_map;
  std::int32_t socket_send_buffer_bytes = 0;
  std::int32_t socket_receive_buffer_bytes = 0;
  std::int32_t socket_request_max_bytes = 0;
  std::int32_t socket_listen_backlog_size = 0;
  std::int32_t max_connections = 0;
  std::int32_t max_connections_per_ip = 0;
  std::int64_t connections_max_idle_ms = 0;
  std::int32_t num_network_threads = 0;
  std::int32_t num_io_threads = 0;
  std::int32_t background_threads = 0;
  std::int32_t queued_max_requests = 0;
  std::int64_t queued_max_request_bytes = -1;  // -1: Gannet's bound (net::default_queued_max_request_bytes)
  std::int32_t request_timeout_ms = 0;

  std::vector<std::string> log_dirs;  // log.dirs, else log.dir
  std::int32_t num_partitions = 0;
  std::int32_t default_replication_factor = 0;
  bool auto_create_topics_enable = false;
  bool delete_topic_enable = false;
  std::int64_t log_retention_ms = 0;  // from ms, minutes or hours; negative -> -1
  std::int64_t log_retention_bytes = 0;
  std::int64_t log_retention_check_interval_ms = 0;
  std::int32_t log_segment_bytes = 0;
  std::int64_t log_roll_ms = 0;         // from ms or hours
  std::int64_t log_roll_jitter_ms = 0;  // from ms or hours
  std::int32_t log_index_size_max_bytes = 0;
  std::int32_t log_index_interval_bytes = 0;
  std::int64_t log_flush_interval_messages = 0;
  std::int64_t log_flush_interval_ms = 0;  // else log.flush.scheduler.interval.ms
  std::int64_t log_flush_scheduler_interval_ms = 0;
  std::int32_t log_flush_offset_checkpoint_interval_ms = 0;
  std::int64_t log_segment_delete_delay_ms = 0;
  std::vector<std::string> log_cleanup_policy;
  bool log_preallocate = false;
  bool log_cleaner_enable = false;
  std::string log_message_timestamp_type;
  std::int64_t log_message_timestamp_before_max_ms = 0;
  std::int64_t log_message_timestamp_after_max_ms = 0;
  std::int32_t num_recovery_threads_per_data_dir = 0;
  std::int32_t message_max_bytes = 0;
  std::string compression_type;
  std::int32_t min_insync_replicas = 0;
  bool unclean_leader_election_enable = false;
  std::int32_t fetch_max_bytes = 0;
  std::int32_t max_incremental_fetch_session_cache_slots = 0;

  std::int64_t replica_lag_time_max_ms = 0;
  std::int32_t replica_fetch_max_bytes = 0;
  std::int32_t replica_fetch_wait_max_ms = 0;
  std::int32_t num_replica_fetchers = 0;

  std::int32_t offsets_topic_num_partitions = 0;
  std::int16_t offsets_topic_replication_factor = 0;
  std::int32_t offsets_topic_segment_bytes = 0;
  std::int32_t offsets_topic_compression_codec = 0;  // Kafka's CompressionType id (0 none .. 4 zstd)
  std::int32_t offsets_load_buffer_size = 0;
  std::int32_t offsets_retention_minutes = 0;
  std::int64_t offsets_retention_check_interval_ms = 0;
  std::int32_t offset_metadata_max_bytes = 0;
  std::int32_t group_initial_rebalance_delay_ms = 0;
  std::int32_t group_min_session_timeout_ms = 0;
  std::int32_t group_max_session_timeout_ms = 0;
  std::int32_t group_max_size = 0;

  std::int32_t transaction_state_log_num_partitions = 0;
  std::int16_t transaction_state_log_replication_factor = 0;
  std::int32_t transaction_state_log_segment_bytes = 0;
  std::int32_t transaction_state_log_min_isr = 0;
  std::int32_t transactional_id_expiration_ms = 0;
  std::int32_t transaction_max_timeout_ms = 0;
  std::int32_t producer_id_expiration_ms = 0;
  std::int32_t producer_id_expiration_check_interval_ms = 0;

  std::optional<std::string> zookeeper_connect;  // unset = standalone
  std::int32_t zookeeper_session_timeout_ms = 0;
  std::int32_t zookeeper_connection_timeout_ms = 0;  // else the session timeout

  bool gannet_durable_acks = false;
};

}  // namespace gannet::config
