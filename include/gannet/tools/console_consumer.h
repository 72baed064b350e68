#pragma once
// kafka-console-consumer (docs/cli.md).

#include <string>
#include <vector>

namespace gannet::tools {

int run_console_consumer(const std::vector<std::string>& args);

}  // namespace gannet::tools
