#pragma once
// Startup loading of the broker configuration, lowest to highest precedence:
//   defaults < file (YAML or server.properties) < KAFKA_* environment < --override
// Every value is validated against the definition tables; an invalid value
// throws config_error naming the key, an unknown key becomes a warning for
// main to log. Runs once on the main thread before anything starts.
//
// main():
//   auto loaded = gannet::config::load_config({.file = path,
//                                              .environment = gannet::config::current_environment(),
//                                              .overrides = overrides});
//   for (const auto& w : loaded.warnings) gannet::log::warn("{}", w);
//   const gannet::config::broker_config& cfg = loaded.broker;

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gannet/config/broker_config.h"
#include "gannet/config/config_key.h"

namespace gannet::config {

using env_list = std::vector<std::pair<std::string, std::string>>;

struct load_options {
  // .yaml / .yml -> YAML; any other name -> Java properties.
  std::optional<std::filesystem::path> file;
  env_list environment;
  // "key=value", as given to --override.
  std::vector<std::string> overrides;
  // Resolves an empty listener host for advertising (tests inject one).
  std::function<std::string()> local_host = canonical_local_host_name;
};

struct loaded_config {
  property_map file_values;
  property_map env_values;
  property_map override_values;
  // All three merged: Kafka's STATIC_BROKER_CONFIG layer.
  property_map static_values;
  std::vector<std::string> warnings;
  broker_config broker;

  broker_layers layers() const { return {{}, {}, static_values}; }
};

loaded_config load_config(const load_options& options);

// The process environment as name/value pairs.
env_list current_environment();

// Reads a config file by extension. Throws config_error when unreadable or
// malformed.
property_map read_config_file(const std::filesystem::path& path);

// Flattens YAML: nested maps join keys with '.', sequences join with ',',
// null values are dropped. Throws config_error on a YAML syntax error.
property_map flatten_yaml(std::string_view text);

// The docker-image convention: strip KAFKA_, lower-case, then '_' -> '.',
// '___' -> '-', '__' -> '_' (KAFKA_LOG_DIRS -> log.dirs). nullopt for names
// that are not configuration (KAFKA_HEAP_OPTS, KAFKA_OPTS, KAFKA_JMX_*,
// KAFKA_LOG4J_*, ...) or not starting with KAFKA_.
std::optional<std::string> env_name_to_property(std::string_view env_name);

}  // namespace gannet::config
