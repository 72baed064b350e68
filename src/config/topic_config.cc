#include "gannet/config/topic_config.h"

#include <algorithm>
#include <limits>

#include "gannet/config/definitions.h"

namespace gannet::config {
namespace {

// The topic default a key takes from the broker layers: the first synonym
// with a value (set at any layer, or a non-null default), converted to the
// topic key's unit; the topic key's own default when it has no synonyms.
std::optional<std::string> broker_default(const config_key& key, const broker_layers& layers) {
  for (const auto& syn : key.synonyms) {
    auto text = layers.value_of(syn.name);
    if (!text) continue;
    const config_key* broker_key = find_broker_key(syn.name);
    if (broker_key == nullptr) return text;
    parsed_value parsed = parse_value(*broker_key, *text);
    if (!parsed.ok()) continue;  // rejected at load; keep resolution total
    if (auto* i = std::get_if<std::int64_t>(&parsed.value)) {
      std::int64_t v = *i * syn.multiplier;
      // KafkaConfig.logRetentionTimeMillis: any negative retention is -1.
      if (key.name == "retention.ms" && v < 0) v = -1;
      return std::to_string(v);
    }
    return to_kafka_string(*broker_key, parsed.value);
  }
  if (key.default_value) return std::string(*key.default_value);
  return std::nullopt;
}

std::string list_default(const config_key& key) { return std::string(key.default_value.value_or("")); }

std::vector<std::string> split_plain(const std::string& s) {
  // Scala's String.split(","): no trimming, trailing empty strings dropped.
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    auto comma = s.find(',', start);
    out.push_back(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  while (!out.empty() && out.back().empty() && out.size() > 1)
    out.pop_back();
  return out;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i ? "," : "") + items[i];
  return out;
}

}  // namespace

property_map resolve_topic_values(const broker_layers& layers, const property_map& overrides) {
  property_map out;
  for (const config_key& key : topic_config_keys()) {
    std::optional<std::string> value;
    if (auto it = overrides.find(key.name); it != overrides.end()) {
      parsed_value parsed = parse_value(key, it->second);
      if (parsed.ok()) value = to_kafka_string(key, parsed.value);
    }
    if (!value) value = broker_default(key, layers);
    if (value) out[std::string(key.name)] = *value;
  }
  return out;
}

topic_config topic_config::from(const broker_layers& layers, const property_map& overrides) {
  const property_map values = resolve_topic_values(layers, overrides);
  auto get = [&](std::string_view name) -> config_value {
    const config_key* key = find_topic_key(name);
    auto it = values.find(name);
    if (key == nullptr || it == values.end()) return std::monostate{};
    return parse_value(*key, it->second).value;
  };
  auto i64 = [&](std::string_view n) { return std::get<std::int64_t>(get(n)); };
  auto i32 = [&](std::string_view n) { return static_cast<std::int32_t>(i64(n)); };
  auto boolean = [&](std::string_view n) { return std::get<bool>(get(n)); };
  auto str = [&](std::string_view n) { return std::get<std::string>(get(n)); };

  topic_config c;
  c.segment_bytes = i32("segment.bytes");
  c.segment_ms = i64("segment.ms");
  c.segment_jitter_ms = i64("segment.jitter.ms");
  c.segment_index_bytes = i32("segment.index.bytes");
  c.flush_messages = i64("flush.messages");
  c.flush_ms = i64("flush.ms");
  c.retention_bytes = i64("retention.bytes");
  c.retention_ms = i64("retention.ms");
  c.max_message_bytes = i32("max.message.bytes");
  c.index_interval_bytes = i32("index.interval.bytes");
  c.delete_retention_ms = i64("delete.retention.ms");
  c.min_compaction_lag_ms = i64("min.compaction.lag.ms");
  c.max_compaction_lag_ms = i64("max.compaction.lag.ms");
  c.file_delete_delay_ms = i64("file.delete.delay.ms");
  c.min_cleanable_dirty_ratio = std::get<double>(get("min.cleanable.dirty.ratio"));
  c.cleanup_policy = std::get<std::vector<std::string>>(get("cleanup.policy"));
  c.unclean_leader_election_enable = boolean("unclean.leader.election.enable");
  c.min_insync_replicas = i32("min.insync.replicas");
  c.compression_type = str("compression.type");
  c.compression_gzip_level = i32("compression.gzip.level");
  c.compression_lz4_level = i32("compression.lz4.level");
  c.compression_zstd_level = i32("compression.zstd.level");
  c.preallocate = boolean("preallocate");
  c.message_timestamp_type = str("message.timestamp.type");
  c.message_timestamp_before_max_ms = i64("message.timestamp.before.max.ms");
  c.message_timestamp_after_max_ms = i64("message.timestamp.after.max.ms");
  c.message_timestamp_difference_max_ms = i64("message.timestamp.difference.max.ms");
  c.message_downconversion_enable = boolean("message.downconversion.enable");
  c.remote_storage_enable = boolean("remote.storage.enable");
  c.local_retention_ms = i64("local.retention.ms");
  c.local_retention_bytes = i64("local.retention.bytes");
  return c;
}

std::int64_t topic_config::effective_timestamp_before_max_ms() const {
  return message_timestamp_before_max_ms != std::numeric_limits<std::int64_t>::max()
             ? message_timestamp_before_max_ms
             : message_timestamp_difference_max_ms;
}

std::int64_t topic_config::effective_timestamp_after_max_ms() const {
  return message_timestamp_after_max_ms != std::numeric_limits<std::int64_t>::max()
             ? message_timestamp_after_max_ms
             : message_timestamp_difference_max_ms;
}

bool topic_config::compact() const {
  return std::find(cleanup_policy.begin(), cleanup_policy.end(), "compact") != cleanup_policy.end();
}

bool topic_config::delete_() const {
  return std::find(cleanup_policy.begin(), cleanup_policy.end(), "delete") != cleanup_policy.end();
}

std::optional<config_problem> validate_topic_overrides(const property_map& overrides, const broker_layers& layers) {
  // LogConfig.validateNames first, so an unknown name wins over a bad value.
  for (const auto& [name, value] : overrides) {
    if (find_topic_key(name) == nullptr) return config_problem{name, "Unknown topic config name: " + name};
  }
  for (const auto& [name, value] : overrides) {
    parsed_value parsed = parse_value(*find_topic_key(name), value);
    if (!parsed.ok()) return config_problem{name, parsed.error};
  }
  const topic_config c = topic_config::from(layers, overrides);
  if (c.min_compaction_lag_ms > c.max_compaction_lag_ms) {
    return config_problem{"min.compaction.lag.ms", "conflict topic config setting min.compaction.lag.ms (" +
                                                       std::to_string(c.min_compaction_lag_ms) +
                                                       ") > max.compaction.lag.ms (" +
                                                       std::to_string(c.max_compaction_lag_ms) + ")"};
  }
  if (c.remote_storage_enable) {
    // remote.log.storage.system.enable is false in Gannet, as in a default Kafka broker.
    return config_problem{"remote.storage.enable",
                          "Tiered Storage functionality is disabled in the broker. Topic cannot be configured with "
                          "remote log storage."};
  }
  return std::nullopt;
}

std::optional<config_problem> apply_incremental_ops(property_map& overrides, std::span<const alter_config_op> ops,
                                                    const broker_layers& layers) {
  property_map next = overrides;
  for (const auto& op : ops) {
    const config_key* key = find_topic_key(op.name);
    const std::string value = op.value.value_or("");
    switch (op.op) {
      case alter_op::set:
        next[op.name] = value;
        break;
      case alter_op::remove:
        next.erase(op.name);
        break;
      case alter_op::append:
      case alter_op::subtract: {
        const bool append = op.op == alter_op::append;
        if (key == nullptr) return config_problem{op.name, "Unknown topic config name: " + op.name};
        if (key->type != config_type::list) {
          return config_problem{op.name, std::string("Config value ") + (append ? "append" : "subtract") +
                                             " is not allowed for config key: " + op.name};
        }
        auto it = next.find(op.name);
        const std::string old_text = it != next.end() ? it->second : list_default(*key);
        std::vector<std::string> items;
        if (append) {
          if (!old_text.empty()) items = split_plain(old_text);
          for (auto& v : split_plain(value))
            if (std::find(items.begin(), items.end(), v) == items.end()) items.push_back(v);
        } else {
          // Scala's List.diff removes one occurrence per subtracted value.
          items = split_plain(old_text);
          for (const auto& v : split_plain(value)) {
            auto found = std::find(items.begin(), items.end(), v);
            if (found != items.end()) items.erase(found);
          }
        }
        next[op.name] = join(items);
        break;
      }
    }
  }
  if (auto problem = validate_topic_overrides(next, layers)) return problem;
  overrides = std::move(next);
  return std::nullopt;
}

}  // namespace gannet::config
