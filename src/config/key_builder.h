#pragma once
// Small builders that keep the definition tables one entry per key.

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "gannet/config/config_key.h"

namespace gannet::config {

inline config_key key(std::string_view name, config_type type, std::optional<std::string_view> default_value,
                      importance imp, std::string_view doc, validator valid = {}) {
  config_key k;
  k.name = name;
  k.type = type;
  k.default_value = default_value;
  k.valid = std::move(valid);
  k.imp = imp;
  k.documentation = doc;
  return k;
}

// Dynamically updatable at broker level (DynamicBrokerConfig.AllDynamicConfigs).
inline config_key dyn(config_key k) {
  k.dynamic = true;
  return k;
}

inline config_key gannet(config_key k) {
  k.gannet_only = true;
  return k;
}

// Topic key falling back to the given broker keys, highest precedence first.
inline config_key with_synonyms(config_key k, std::vector<broker_synonym> synonyms) {
  k.synonyms = std::move(synonyms);
  return k;
}

}  // namespace gannet::config
