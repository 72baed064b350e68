#pragma once
// Per-topic configuration: resolution of a topic's effective values
// (per-topic override > broker layers through the key's synonyms > topic
// default), validation of proposed overrides for CreateTopics, AlterConfigs
// and IncrementalAlterConfigs with Kafka's error wording, and incremental
// operations. Persisting overrides is the broker's job: write_properties /
// parse_properties (properties.h) are the file format.
//
// A handler, e.g. IncrementalAlterConfigs on a topic:
//   property_map next = current_overrides;                    // persisted per-topic map
//   if (auto p = apply_incremental_ops(next, ops, layers))    // INVALID_CONFIG, p->message
//     return error;
//   persist(write_properties(next)); topic.update(topic_config::from(layers, next));

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "gannet/config/broker_config.h"
#include "gannet/config/config_error.h"
#include "gannet/config/config_key.h"

namespace gannet::config {

// The effective value of every topic key, in Kafka's string form (what
// DescribeConfigs shows), for a topic with `overrides`. Overrides are assumed
// valid (see validate_topic_overrides); an invalid one falls back.
property_map resolve_topic_values(const broker_layers& layers, const property_map& overrides);

// Typed view of a topic's effective configuration; field names are the topic
// property names with dots as underscores. Immutable value type.
struct topic_config {
  static topic_config from(const broker_layers& layers, const property_map& overrides);

  std::int32_t segment_bytes = 0;
  std::int64_t segment_ms = 0;
  std::int64_t segment_jitter_ms = 0;
  std::int32_t segment_index_bytes = 0;
  std::int64_t flush_messages = 0;
  std::int64_t flush_ms = 0;
  std::int64_t retention_bytes = 0;
  std::int64_t retention_ms = 0;
  std::int32_t max_message_bytes = 0;
  std::int32_t index_interval_bytes = 0;
  std::int64_t delete_retention_ms = 0;
  std::int64_t min_compaction_lag_ms = 0;
  std::int64_t max_compaction_lag_ms = 0;
  std::int64_t file_delete_delay_ms = 0;
  double min_cleanable_dirty_ratio = 0;
  std::vector<std::string> cleanup_policy;
  bool unclean_leader_election_enable = false;
  std::int32_t min_insync_replicas = 0;
  std::string compression_type;
  std::int32_t compression_gzip_level = 0;
  std::int32_t compression_lz4_level = 0;
  std::int32_t compression_zstd_level = 0;
  bool preallocate = false;
  std::string message_timestamp_type;  // CreateTime or LogAppendTime
  // As resolved (override, broker synonym or default). Kafka's LogConfig uses
  // message.timestamp.difference.max.ms (deprecated) for either bound left at
  // Long.MAX_VALUE: effective_timestamp_{before,after}_max_ms() apply that.
  std::int64_t message_timestamp_before_max_ms = 0;
  std::int64_t message_timestamp_after_max_ms = 0;
  std::int64_t message_timestamp_difference_max_ms = 0;
  std::int64_t effective_timestamp_before_max_ms() const;
  std::int64_t effective_timestamp_after_max_ms() const;
  bool message_downconversion_enable = false;
  bool remote_storage_enable = false;
  std::int64_t local_retention_ms = 0;
  std::int64_t local_retention_bytes = 0;

  bool compact() const;  // cleanup.policy contains compact
  bool delete_() const;  // cleanup.policy contains delete
};

// Checks a complete set of per-topic overrides (CreateTopics configs, an
// AlterConfigs replacement, or the result of incremental ops): unknown
// names ("Unknown topic config name: x"), values ("Invalid value ... for
// configuration ...: ..."), and the cross-key rules of LogConfig.validate.
std::optional<config_problem> validate_topic_overrides(const property_map& overrides, const broker_layers& layers);

// IncrementalAlterConfigs operation ids (AlterConfigOp.OpType).
enum class alter_op : std::int8_t { set = 0, remove = 1, append = 2, subtract = 3 };

struct alter_config_op {
  alter_op op = alter_op::set;
  std::string name;
  std::optional<std::string> value;  // ignored for remove
};

// Applies `ops` in order to `overrides` as ConfigAdminManager does (APPEND
// and SUBTRACT only on list keys, starting from the topic default when the
// key is not overridden; APPEND skips values already present), then
// validates the result. On a problem `overrides` is left unchanged.
std::optional<config_problem> apply_incremental_ops(property_map& overrides, std::span<const alter_config_op> ops,
                                                    const broker_layers& layers);

}  // namespace gannet::config
