#include "gannet/tools/console_producer.h"

namespace gannet::tools {
int run_console_producer(const std::vector<std::string>&) { return 1; }
}  // namespace gannet::tools
