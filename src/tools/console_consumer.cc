#include "gannet/tools/console_consumer.h"

namespace gannet::tools {
int run_console_consumer(const std::vector<std::string>&) { return 1; }
}  // namespace gannet::tools
