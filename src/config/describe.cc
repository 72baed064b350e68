#include "gannet/config/describe.h"

#include <algorithm>

#include "gannet/config/definitions.h"
#include "gannet/config/topic_config.h"

namespace gannet::config {
namespace {

// ConfigHelper.configSynonyms: each layer in precedence order, each synonym
// within it; then everything before the first entry named `name` is dropped.
std::vector<config_synonym> layered_synonyms(const broker_layers& layers, std::string_view name,
                                             const std::vector<std::string_view>& synonyms, bool sensitive) {
  std::vector<config_synonym> all;
  auto add_from = [&](const property_map& map, config_source source) {
    for (auto syn : synonyms) {
      auto it = map.find(syn);
      if (it == map.end()) continue;
      all.push_back({std::string(syn), sensitive ? std::nullopt : std::optional<std::string>(it->second), source});
    }
  };
  add_from(layers.dynamic_broker, config_source::dynamic_broker_config);
  add_from(layers.dynamic_default_broker, config_source::dynamic_default_broker_config);
  add_from(layers.static_broker, config_source::static_broker_config);
  property_map defaults;
  for (auto syn : synonyms) {
    const config_key* key = find_broker_key(syn);
    if (key != nullptr && key->default_value) defaults[std::string(syn)] = std::string(*key->default_value);
  }
  add_from(defaults, config_source::default_config);
  auto first = std::find_if(all.begin(), all.end(), [&](const config_synonym& s) { return s.name == name; });
  return {first, all.end()};
}

// The value a broker key has after merging the layers, in Kafka's string
// form; strings as given, others parsed and printed again.
std::optional<std::string> broker_value(const config_key& key, const broker_layers& layers) {
  auto text = layers.value_of(key.name);
  if (!text) return std::nullopt;
  if (key.type == config_type::string) return text;
  parsed_value parsed = parse_value(key, *text);
  if (!parsed.ok()) return text;
  return to_kafka_string(key, parsed.value);
}

}  // namespace

std::string_view config_source_name(config_source source) {
  switch (source) {
    case config_source::unknown:
      return "UNKNOWN";
    case config_source::topic_config:
      return "TOPIC_CONFIG";
    case config_source::dynamic_broker_config:
      return "DYNAMIC_BROKER_CONFIG";
    case config_source::dynamic_default_broker_config:
      return "DYNAMIC_DEFAULT_BROKER_CONFIG";
    case config_source::static_broker_config:
      return "STATIC_BROKER_CONFIG";
    case config_source::default_config:
      return "DEFAULT_CONFIG";
    case config_source::dynamic_broker_logger_config:
      return "DYNAMIC_BROKER_LOGGER_CONFIG";
    case config_source::client_metrics_config:
      return "CLIENT_METRICS_CONFIG";
  }
  return "UNKNOWN";
}

std::vector<std::string_view> broker_config_synonyms(std::string_view name) {
  static const std::vector<std::vector<std::string_view>> groups = {
      {"log.roll.ms", "log.roll.hours"},
      {"log.roll.jitter.ms", "log.roll.jitter.hours"},
      {"log.retention.ms", "log.retention.minutes", "log.retention.hours"},
  };
  for (const auto& group : groups) {
    if (std::find(group.begin(), group.end(), name) != group.end()) return group;
  }
  // Only the first name of this pair brings the second along.
  if (name == "log.flush.interval.ms") return {"log.flush.interval.ms", "log.flush.scheduler.interval.ms"};
  return {name};
}

std::vector<config_entry> describe_topic_configs(const broker_layers& layers, const property_map& topic_overrides) {
  const property_map values = resolve_topic_values(layers, topic_overrides);
  std::vector<config_entry> out;
  for (const config_key& key : topic_config_keys()) {
    config_entry e;
    e.name = std::string(key.name);
    e.sensitive = key.sensitive();
    e.type = key.type;
    e.documentation = key.documentation;
    e.read_only = false;
    if (auto it = values.find(key.name); it != values.end() && !e.sensitive) e.value = it->second;
    if (!key.synonyms.empty()) {
      const std::string_view first = key.synonyms.front().name;
      e.synonyms = layered_synonyms(layers, first, broker_config_synonyms(first), e.sensitive);
    }
    if (topic_overrides.contains(key.name))
      e.synonyms.insert(e.synonyms.begin(), config_synonym{e.name, e.value, config_source::topic_config});
    e.source = e.synonyms.empty() ? config_source::default_config : e.synonyms.front().source;
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<config_entry> describe_broker_configs(const broker_layers& layers, bool per_broker) {
  std::vector<config_entry> out;
  for (const config_key& key : broker_config_keys()) {
    if (!per_broker && !layers.dynamic_default_broker.contains(key.name)) continue;
    config_entry e;
    e.name = std::string(key.name);
    e.sensitive = key.sensitive();
    e.type = key.type;
    e.documentation = key.documentation;
    e.read_only = !key.dynamic;
    if (!e.sensitive) {
      e.value = per_broker ? broker_value(key, layers)
                           : std::optional<std::string>(layers.dynamic_default_broker.find(key.name)->second);
    }
    auto synonyms = layered_synonyms(layers, key.name, broker_config_synonyms(key.name), e.sensitive);
    if (!per_broker) {
      std::erase_if(synonyms,
                    [](const config_synonym& s) { return s.source != config_source::dynamic_default_broker_config; });
    }
    e.source = synonyms.empty() ? config_source::default_config : synonyms.front().source;
    e.synonyms = std::move(synonyms);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace gannet::config
