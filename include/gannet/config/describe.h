#pragma once
// DescribeConfigs answers for topic and broker resources: each config's
// value, source, read-only and sensitive flags, type, documentation and
// synonyms, computed as Kafka 3.9's ConfigHelper does. Pure functions of the
// layers and overrides passed in; any thread.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gannet/config/broker_config.h"
#include "gannet/config/config_key.h"

namespace gannet::config {

// DescribeConfigsResponse.ConfigSource ids.
enum class config_source : std::int8_t {
  unknown = 0,
  topic_config = 1,
  dynamic_broker_config = 2,
  dynamic_default_broker_config = 3,
  static_broker_config = 4,
  default_config = 5,
  dynamic_broker_logger_config = 6,
  client_metrics_config = 7,
};

std::string_view config_source_name(config_source source);  // "TOPIC_CONFIG", ...

struct config_synonym {
  std::string name;
  std::optional<std::string> value;  // null for sensitive configs
  config_source source = config_source::unknown;
  bool operator==(const config_synonym&) const = default;
};

struct config_entry {
  std::string name;
  std::optional<std::string> value;  // null when unset without default, or sensitive
  config_source source = config_source::default_config;
  bool read_only = false;
  bool sensitive = false;
  config_type type = config_type::unknown;
  std::string_view documentation;
  // In precedence order, the entry's own source first (v1+ with
  // IncludeSynonyms; a handler clears it otherwise).
  std::vector<config_synonym> synonyms;
};

// Every topic key for a topic with the given overrides (its persisted
// per-topic config). Kafka's quirk is kept: a topic key's synonym list is cut
// before the first broker synonym, so retention.ms reports DEFAULT_CONFIG and
// no synonyms while only log.retention.hours is set.
std::vector<config_entry> describe_topic_configs(const broker_layers& layers, const property_map& topic_overrides);

// Every broker key. per_broker: the resource names this broker's id (all
// sources); otherwise the cluster default resource "" (only
// DYNAMIC_DEFAULT_BROKER_CONFIG synonyms, only keys set there).
std::vector<config_entry> describe_broker_configs(const broker_layers& layers, bool per_broker);

// Kafka's DynamicBrokerConfig.brokerConfigSynonyms: the broker keys that set
// the same value, highest precedence first (log.retention.{ms,minutes,hours},
// log.roll.{ms,hours}, log.roll.jitter.{ms,hours}, log.flush.interval.ms with
// log.flush.scheduler.interval.ms), else just `name`.
std::vector<std::string_view> broker_config_synonyms(std::string_view name);

}  // namespace gannet::config
