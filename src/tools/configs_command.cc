#include "gannet/tools/configs_command.h"

namespace gannet::tools {
int run_configs(const std::vector<std::string>&) { return 1; }
}  // namespace gannet::tools
