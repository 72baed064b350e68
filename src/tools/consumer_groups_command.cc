#include "gannet/tools/consumer_groups_command.h"

namespace gannet::tools {
int run_consumer_groups(const std::vector<std::string>&) { return 1; }
}  // namespace gannet::tools
