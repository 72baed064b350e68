// Program-name and subcommand dispatch (include/gannet/tools/tool_main.h).

#include "gannet/tools/tool_main.h"

#include <iostream>

#include "gannet/tools/configs_command.h"
#include "gannet/tools/console_consumer.h"
#include "gannet/tools/console_producer.h"
#include "gannet/tools/consumer_groups_command.h"
#include "gannet/tools/topics_command.h"

namespace gannet::tools {

std::optional<tool> tool_for_program(const std::string& argv0) {
  std::string name = argv0.substr(argv0.find_last_of('/') == std::string::npos ? 0 : argv0.find_last_of('/') + 1);
  if (name.size() > 3 && name.ends_with(".sh")) name.resize(name.size() - 3);
  if (name == "kafka-topics") return tool::topics;
  if (name == "kafka-console-producer") return tool::console_producer;
  if (name == "kafka-console-consumer") return tool::console_consumer;
  if (name == "kafka-consumer-groups") return tool::consumer_groups;
  if (name == "kafka-configs") return tool::configs;
  return std::nullopt;
}

std::optional<tool> tool_for_subcommand(const std::string& w) {
  if (w == "topics" || w == "kafka-topics") return tool::topics;
  if (w == "console-producer" || w == "produce" || w == "kafka-console-producer") return tool::console_producer;
  if (w == "console-consumer" || w == "consume" || w == "kafka-console-consumer") return tool::console_consumer;
  if (w == "consumer-groups" || w == "groups" || w == "kafka-consumer-groups") return tool::consumer_groups;
  if (w == "configs" || w == "kafka-configs") return tool::configs;
  return std::nullopt;
}

std::vector<std::string> native_to_kafka_args(tool t, std::vector<std::string> args) {
  if (args.empty() || args.front().starts_with("-")) return args;
  const std::string& w = args.front();
  bool action = false;
  switch (t) {
    case tool::topics:
      action = w == "create" || w == "list" || w == "describe" || w == "alter" || w == "delete";
      break;
    case tool::consumer_groups:
      action = w == "list" || w == "describe" || w == "delete" || w == "reset-offsets";
      break;
    case tool::configs:
      action = w == "describe" || w == "alter";
      break;
    default:
      break;
  }
  if (action) args.front() = "--" + w;
  return args;
}

int run(tool t, const std::vector<std::string>& args) {
  switch (t) {
    case tool::topics:
      return run_topics(args);
    case tool::console_producer:
      return run_console_producer(args);
    case tool::console_consumer:
      return run_console_consumer(args);
    case tool::consumer_groups:
      return run_consumer_groups(args);
    case tool::configs:
      return run_configs(args);
  }
  return 1;
}

int tool_main(const std::string& argv0, const std::vector<std::string>& args) {
  if (auto t = tool_for_program(argv0)) return run(*t, args);
  if (args.empty() || args.front() == "--help" || args.front() == "-h" || args.front() == "help") {
    std::cout << "Usage: gannet-cli <tool> [action] [flags]\n"
                 "Tools (Kafka's flags; see docs/cli.md):\n"
                 "  topics            kafka-topics        (create|list|describe|alter|delete)\n"
                 "  console-producer  kafka-console-producer (alias: produce)\n"
                 "  console-consumer  kafka-console-consumer (alias: consume)\n"
                 "  consumer-groups   kafka-consumer-groups  (list|describe|delete|reset-offsets; alias: groups)\n"
                 "  configs           kafka-configs       (describe|alter)\n"
                 "The binary also answers to kafka-topics.sh, kafka-console-producer.sh, ... by name.\n";
    return args.empty() ? 1 : 0;
  }
  auto t = tool_for_subcommand(args.front());
  if (!t) {
    std::cerr << "gannet-cli: unknown tool '" << args.front() << "' (try gannet-cli --help)\n";
    return 1;
  }
  return run(*t, native_to_kafka_args(*t, {args.begin() + 1, args.end()}));
}

}  // namespace gannet::tools
