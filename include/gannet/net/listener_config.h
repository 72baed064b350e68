#pragma once
// One address to listen on: an entry of Kafka's `listeners` property
// (NAME://host:port), already parsed by the config module.

#include <cstdint>
#include <string>

namespace gannet::net {

struct listener_config {
  std::string name = "PLAINTEXT";  // the listener name
  std::string host;                // empty: every interface (dual-stack :: if possible, else 0.0.0.0)
  std::uint16_t port = 9092;       // 0: any free port (tests); see server::local_endpoints()
};

}  // namespace gannet::net
