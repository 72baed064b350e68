#pragma once
// Runs one tool's body and turns its failures into Kafka's error layout and exit codes:
//  - usage_error: the message as one line on stderr, exit 1 (joptsimple's first line);
//  - tool_error: "<stdout_prefix><message>" on stdout, then Kafka's log4j line
//    "[time] ERROR <exception class>: <message>\n (<java class>)" on stderr, exit 1.
// No Java stack traces: one clear line, as issue 6 asks.

#include <functional>
#include <string>

namespace gannet::tools {

int run_tool(const std::string& stdout_prefix, const std::string& java_class, const std::function<int()>& body);

// As run_tool, but a tool_error goes through `on_error` (which prints it) and exits 1.
int run_tool_with(const std::function<void(const std::string& exception_class, const std::string& message)>& on_error,
                  const std::function<int()>& body);

// --command-config is accepted for script compatibility and ignored (no TLS/SASL yet): say so.
void note_command_config(const std::string& path);

}  // namespace gannet::tools
