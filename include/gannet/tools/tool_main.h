#pragma once
// Dispatch by program name or native subcommand (docs/cli.md, "Names").

#include <optional>
#include <string>
#include <vector>

namespace gannet::tools {

enum class tool { topics, console_producer, console_consumer, consumer_groups, configs };

// The tool a program name stands for: the basename of argv[0], with or without ".sh"
// ("kafka-topics.sh", "/usr/bin/kafka-topics"); std::nullopt for gannet-cli itself.
std::optional<tool> tool_for_program(const std::string& argv0);

// The tool a native subcommand names ("topics", "console-producer", "produce", "groups", ...).
std::optional<tool> tool_for_subcommand(const std::string& word);

// Native form: "gannet-cli topics create --topic x" == "kafka-topics --create --topic x": an
// action word right after the tool becomes its flag. Returns the Kafka-form arguments.
std::vector<std::string> native_to_kafka_args(tool t, std::vector<std::string> args);

int run(tool t, const std::vector<std::string>& args);
int tool_main(const std::string& argv0, const std::vector<std::string>& args);

}  // namespace gannet::tools
