// gannet-cli: the operator CLI (docs/cli.md). Answers to Kafka's tool names by argv[0]
// (kafka-topics.sh, kafka-topics, kafka-console-producer.sh, ...) and to native subcommands
// (gannet-cli topics --list ..., gannet-cli topics list ...), which take the same flags.

#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "gannet/tools/tool_main.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return gannet::tools::tool_main(argc > 0 ? argv[0] : "gannet-cli", args);
}
