#pragma once
// kafka-configs (docs/cli.md).

#include <string>
#include <vector>

namespace gannet::tools {

int run_configs(const std::vector<std::string>& args);

}  // namespace gannet::tools
