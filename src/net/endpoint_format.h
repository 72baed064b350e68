#pragma once
// "host:port" ("[v6]:port") for log lines.

#include <boost/asio/ip/tcp.hpp>
#include <string>

namespace gannet::net {

inline std::string format_endpoint(const boost::asio::ip::tcp::endpoint& e) {
  std::string host = e.address().to_string();
  if (e.address().is_v6()) host = "[" + host + "]";
  return host + ":" + std::to_string(e.port());
}

}  // namespace gannet::net
