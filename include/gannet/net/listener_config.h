#pragma once
// One entry of Kafka's `listeners` property: NAME://host:port.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gannet/common/result.h"

namespace gannet::net {

struct listener_config {
  std::string name = "PLAINTEXT";  // the listener (security protocol map) name
  std::string host;                // empty: every interface (0.0.0.0)
  std::uint16_t port = 9092;       // 0: any free port (tests); see server::local_endpoints()
};

// Parses a comma-separated `listeners` value such as
// "PLAINTEXT://:9092,INTERNAL://127.0.0.1:9093" or "PLAINTEXT://[::1]:9092".
// Errors (std::errc::invalid_argument) on a malformed entry or a duplicate name.
[[nodiscard]] result<std::vector<listener_config>> parse_listeners(std::string_view text);

}  // namespace gannet::net
