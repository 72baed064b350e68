#pragma once
// kafka-configs: --describe and --alter (--add-config / --delete-config) for topics and
// brokers (docs/cli.md), after Kafka 3.9's ConfigCommand.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gannet::tools {

// "k1=v1,k2=[a,b]" as ConfigCommand splits --add-config: commas inside [] stay in the value
// (and the brackets go). Throws usage_error on an item without '='.
std::vector<std::pair<std::string, std::string>> parse_add_config(const std::string& text);

// Kafka's ConfigEntry.ConfigSource name for a DescribeConfigs source code.
std::string config_source_name(std::int8_t source);

int run_configs(const std::vector<std::string>& args);

}  // namespace gannet::tools
