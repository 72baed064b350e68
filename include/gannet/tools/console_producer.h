#pragma once
// kafka-console-producer (docs/cli.md).

#include <string>
#include <vector>

namespace gannet::tools {

int run_console_producer(const std::vector<std::string>& args);

}  // namespace gannet::tools
