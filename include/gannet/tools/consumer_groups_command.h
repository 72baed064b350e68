#pragma once
// kafka-consumer-groups (docs/cli.md).

#include <string>
#include <vector>

namespace gannet::tools {

int run_consumer_groups(const std::vector<std::string>& args);

}  // namespace gannet::tools
