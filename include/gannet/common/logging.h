#pragma once
// Logging is spdlog's default logger; main() configures level and pattern.

#include <spdlog/spdlog.h>

namespace gannet::log {
using spdlog::debug;
using spdlog::error;
using spdlog::info;
using spdlog::trace;
using spdlog::warn;
}  // namespace gannet::log
