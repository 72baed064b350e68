#pragma once
// kafka-topics: --create, --list, --describe, --alter --partitions, --delete (docs/cli.md).

#include <optional>
#include <string>
#include <vector>

namespace gannet::tools {

struct topics_options {
  std::optional<std::string> bootstrap_server;
  std::optional<std::string> command_config;
  bool create = false, list = false, describe = false, alter = false, del = false;
  std::optional<std::string> topic;
  std::optional<std::string> partitions;
  std::optional<std::string> replication_factor;
  std::vector<std::string> configs;
  std::vector<std::string> delete_configs;
  bool if_not_exists = false, if_exists = false, exclude_internal = false;
  bool under_replicated = false, unavailable = false, under_min_isr = false, at_min_isr = false;
  bool topics_with_overrides = false;
  bool help = false;
};

// Parses kafka-topics' flags and checks them as TopicCommandOptions.checkArgs does; throws
// usage_error with Kafka's wording.
topics_options parse_topics_options(const std::vector<std::string>& args);

// Runs kafka-topics; returns the exit code. Prints as Kafka 3.9's TopicCommand.
int run_topics(const std::vector<std::string>& args);

}  // namespace gannet::tools
