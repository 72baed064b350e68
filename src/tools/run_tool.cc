// Error layout and exit codes of every tool (include/gannet/tools/run_tool.h).

#include "gannet/tools/run_tool.h"

#include <iostream>

#include "gannet/tools/cli_common.h"
#include "gannet/tools/tool_error.h"

namespace gannet::tools {

int run_tool(const std::string& stdout_prefix, const std::string& java_class, const std::function<int()>& body) {
  try {
    return body();
  } catch (const usage_error& e) {
    std::cout.flush();
    std::cerr << e.what() << '\n';
    return 1;
  } catch (const tool_error& e) {
    // Failures of our own (no Kafka exception: unreachable broker, timeouts) get one line.
    if (stdout_prefix.empty()) {
      std::cout.flush();
      if (e.exception_class().empty()) {
        std::cerr << e.what() << '\n';
        return 1;
      }
    } else {
      std::cout << stdout_prefix << e.what() << '\n';
      std::cout.flush();
      if (e.exception_class().empty()) return 1;
    }
    std::cerr << log4j_prefix("ERROR") << e.exception_class() << ": " << e.what() << "\n (" << java_class << ")\n";
    return 1;
  }
}

int run_tool_with(const std::function<void(const std::string&, const std::string&)>& on_error,
                  const std::function<int()>& body) {
  try {
    return body();
  } catch (const usage_error& e) {
    std::cout.flush();
    std::cerr << e.what() << '\n';
    return 1;
  } catch (const tool_error& e) {
    std::cout.flush();
    on_error(e.exception_class(), e.what());
    return 1;
  }
}

void note_command_config(const std::string& path) {
  std::cerr << "Note: --command-config " << path << " is accepted and ignored (gannet-cli speaks PLAINTEXT only).\n";
}

}  // namespace gannet::tools
