#include "gannet/config/loader.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "gannet/config/config_error.h"
#include "gannet/config/definitions.h"
#include "gannet/config/properties.h"

extern char** environ;

namespace gannet::config {
namespace {

// KAFKA_* names the docker images use for the JVM, logging or their own
// scripts; they are not broker properties.
bool ignored_env_name(std::string_view name) {
  static const std::set<std::string_view> exact = {
      "KAFKA_HEAP_OPTS", "KAFKA_OPTS",       "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_GC_LOG_OPTS",     "KAFKA_DEBUG",
      "KAFKA_VERSION",   "KAFKA_HOME",       "KAFKA_TOOLS_LOG4J_LOGLEVEL", "KAFKA_CREATE_TOPICS",   "KAFKA_PORT",
      "KAFKA_HOST_NAME", "KAFKA_CLUSTER_ID", "KAFKA_ADVERTISED_HOST_NAME", "KAFKA_ADVERTISED_PORT",
  };
  return exact.contains(name) || name.starts_with("KAFKA_JMX_") || name.starts_with("KAFKA_LOG4J_");
}

void flatten(const YAML::Node& node, const std::string& prefix, property_map& out) {
  switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      return;
    case YAML::NodeType::Scalar:
      out[prefix] = node.Scalar();
      return;
    case YAML::NodeType::Sequence: {
      std::string joined;
      for (const auto& item : node) {
        if (!item.IsScalar()) throw config_error(prefix, "Invalid value for configuration " + prefix + ": nested list");
        joined += (joined.empty() ? "" : ",") + item.Scalar();
      }
      out[prefix] = joined;
      return;
    }
    case YAML::NodeType::Map:
      for (const auto& entry : node) {
        std::string key = entry.first.Scalar();
        flatten(entry.second, prefix.empty() ? key : prefix + "." + key, out);
      }
      return;
  }
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw config_error("", "Cannot read config file " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Validates every known key of a layer and warns about unknown ones.
void check_layer(const property_map& values, const std::map<std::string, std::string, std::less<>>& origins,
                 std::vector<std::string>& warnings) {
  for (const auto& [name, value] : values) {
    auto it = origins.find(name);
    const std::string_view origin =
        it != origins.end() ? std::string_view(it->second) : std::string_view("environment");
    const config_key* key = find_broker_key(name);
    if (key == nullptr) {
      warnings.push_back("The configuration '" + name + "' was supplied but isn't a known config (" +
                         std::string(origin) + ").");
      continue;
    }
    parsed_value parsed = parse_value(*key, value);
    if (!parsed.ok()) throw config_error(name, parsed.error + " (" + std::string(origin) + ")");
  }
}

void check_layer(const property_map& values, const std::string& origin, std::vector<std::string>& warnings) {
  std::map<std::string, std::string, std::less<>> origins;
  for (const auto& [name, value] : values)
    origins[name] = origin;
  check_layer(values, origins, warnings);
}

int first_listener_port(const property_map& merged) {
  auto it = merged.find("listeners");
  std::string listeners = it != merged.end() ? it->second : std::string(*find_broker_key("listeners")->default_value);
  auto items = split_list(listeners);
  if (items.empty()) return 9092;
  auto colon = items.front().rfind(':');
  try {
    return std::stoi(items.front().substr(colon + 1));
  } catch (const std::exception&) {
    return 9092;
  }
}

// The legacy docker names (wurstmeister images): KAFKA_ADVERTISED_HOST_NAME
// and KAFKA_ADVERTISED_PORT become advertised.listeners when that is unset.
void apply_legacy_advertised(const env_list& env, const property_map& file_values, const property_map& override_values,
                             property_map& env_values, std::vector<std::string>& warnings) {
  std::optional<std::string> host;
  std::optional<std::string> port;
  for (const auto& [name, value] : env) {
    if (name == "KAFKA_ADVERTISED_HOST_NAME") host = value;
    if (name == "KAFKA_ADVERTISED_PORT") port = value;
  }
  if (!host && !port) return;
  if (env_values.contains("advertised.listeners")) {
    warnings.push_back(
        "KAFKA_ADVERTISED_HOST_NAME/KAFKA_ADVERTISED_PORT ignored: KAFKA_ADVERTISED_LISTENERS is set (environment).");
    return;
  }
  if (!host) {
    warnings.push_back("KAFKA_ADVERTISED_PORT ignored without KAFKA_ADVERTISED_HOST_NAME (environment).");
    return;
  }
  property_map merged = file_values;
  for (const auto& [k, v] : env_values)
    merged[k] = v;
  for (const auto& [k, v] : override_values)
    merged[k] = v;
  const std::string p = port ? *port : std::to_string(first_listener_port(merged));
  env_values["advertised.listeners"] = "PLAINTEXT://" + *host + ":" + p;
}

}  // namespace

env_list current_environment() {
  env_list out;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string_view entry(*e);
    auto eq = entry.find('=');
    if (eq == std::string_view::npos) continue;
    out.emplace_back(std::string(entry.substr(0, eq)), std::string(entry.substr(eq + 1)));
  }
  return out;
}

std::optional<std::string> env_name_to_property(std::string_view env_name) {
  constexpr std::string_view prefix = "KAFKA_";
  if (!env_name.starts_with(prefix) || env_name.size() == prefix.size() || ignored_env_name(env_name))
    return std::nullopt;
  // As the Confluent/apache images do: '_' -> '.', then '...' (from ___)
  // -> '-', then '..' (from __) -> '_'. Equivalently, on runs of '_':
  // three -> '-', two -> '_', one -> '.', longer runs left to right.
  std::string out;
  const std::string_view rest = env_name.substr(prefix.size());
  for (std::size_t i = 0; i < rest.size();) {
    if (rest[i] != '_') {
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(rest[i]))));
      ++i;
      continue;
    }
    std::size_t run = 0;
    while (i + run < rest.size() && rest[i + run] == '_')
      ++run;
    i += run;
    for (; run >= 3; run -= 3)
      out.push_back('-');
    if (run == 2) out.push_back('_');
    if (run == 1) out.push_back('.');
  }
  return out;
}

property_map flatten_yaml(std::string_view text) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    throw config_error("", std::string("Malformed YAML: ") + e.what());
  }
  property_map out;
  if (root.IsNull()) return out;
  if (!root.IsMap()) throw config_error("", "Malformed YAML: the top level must be a map of property names");
  flatten(root, "", out);
  return out;
}

property_map read_config_file(const std::filesystem::path& path) {
  const std::string text = read_file(path);
  const std::string ext = path.extension().string();
  if (ext == ".yaml" || ext == ".yml") {
    try {
      return flatten_yaml(text);
    } catch (const config_error& e) {
      throw config_error(e.key(), std::string(e.what()) + " in " + path.string());
    }
  }
  property_map out;
  for (auto& [k, v] : parse_properties(text))
    out[k] = v;
  return out;
}

loaded_config load_config(const load_options& options) {
  loaded_config out;
  std::string file_origin = "default configuration";
  if (options.file) {
    out.file_values = read_config_file(*options.file);
    file_origin = "file " + options.file->string();
  }

  for (const auto& o : options.overrides) {
    auto eq = o.find('=');
    if (eq == std::string::npos || eq == 0)
      throw config_error("", "Invalid --override '" + o + "': expected key=value");
    out.override_values[std::string(java_trim(std::string_view(o).substr(0, eq)))] =
        std::string(std::string_view(o).substr(eq + 1));
  }

  std::map<std::string, std::string, std::less<>> env_origin;
  for (const auto& [name, value] : options.environment) {
    if (auto property = env_name_to_property(name)) {
      out.env_values[*property] = value;
      env_origin[*property] = "environment " + name;
    }
  }
  apply_legacy_advertised(options.environment, out.file_values, out.override_values, out.env_values, out.warnings);
  // The apache/kafka image binds every interface on the advertised ports
  // when only KAFKA_ADVERTISED_LISTENERS is given.
  const bool env_advertised = std::any_of(options.environment.begin(), options.environment.end(),
                                          [](const auto& e) { return e.first == "KAFKA_ADVERTISED_LISTENERS"; });
  if (env_advertised && !out.env_values.contains("listeners") && !out.file_values.contains("listeners") &&
      !out.override_values.contains("listeners")) {
    std::string listeners;
    for (const auto& item : split_list(out.env_values["advertised.listeners"])) {
      auto scheme = item.find("://");
      auto colon = item.rfind(':');
      if (scheme == std::string::npos || colon == std::string::npos || colon < scheme + 3) continue;
      if (!listeners.empty()) listeners.push_back(',');
      listeners.append(std::string_view(item).substr(0, scheme + 3)).append("0.0.0.0");
      listeners.append(std::string_view(item).substr(colon));
    }
    if (!listeners.empty()) out.env_values["listeners"] = listeners;
  }

  check_layer(out.file_values, file_origin, out.warnings);
  check_layer(out.env_values, env_origin, out.warnings);
  check_layer(out.override_values, std::string("--override"), out.warnings);

  out.static_values = out.file_values;
  for (const auto& [k, v] : out.env_values)
    out.static_values[k] = v;
  for (const auto& [k, v] : out.override_values)
    out.static_values[k] = v;
  // KafkaConfig.populateSynonyms: broker.id and node.id stand for each other, so
  // DescribeConfigs lists the one not given as STATIC_BROKER_CONFIG with the other's value.
  const auto broker_id = out.static_values.find("broker.id");
  const auto node_id = out.static_values.find("node.id");
  if (broker_id != out.static_values.end() && node_id == out.static_values.end()) {
    out.static_values["node.id"] = broker_id->second;
  } else if (broker_id == out.static_values.end() && node_id != out.static_values.end()) {
    out.static_values["broker.id"] = node_id->second;
  }
  out.broker = broker_config::from(out.layers(), options.local_host);
  return out;
}

}  // namespace gannet::config
