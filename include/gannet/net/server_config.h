#pragma once
// Settings of the network layer, named after Kafka's broker properties
// (dots as underscores). The config module fills it; tests set it directly.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "gannet/net/listener_config.h"

namespace gannet::net {

// Gannet's bound when queued.max.request.bytes is -1: a few full-size requests
// (socket.request.max.bytes is 100 MiB by default) in flight at once, whatever
// the number of connections.
inline constexpr std::int64_t default_queued_max_request_bytes = 256ll << 20;

struct server_config {
  std::vector<listener_config> listeners{listener_config{}};
  int num_network_threads = 3;                                // num.network.threads
  std::int32_t socket_request_max_bytes = 104857600;          // socket.request.max.bytes
  std::chrono::milliseconds connections_max_idle_ms{600000};  // connections.max.idle.ms
  int max_connections = 2147483647;                           // max.connections (beyond it: accept and close)
  int socket_send_buffer_bytes = -1;                          // socket.send.buffer.bytes; -1: OS default
  int socket_receive_buffer_bytes = -1;                       // socket.receive.buffer.bytes; -1: OS default
  int socket_listen_backlog_size = 50;                        // socket.listen.backlog.size
  // queued.max.request.bytes: request bytes read and not yet handled, broker-wide;
  // reads pause beyond it. Kafka's -1 (no limit) means Gannet's default bound,
  // default_queued_max_request_bytes (docs/architecture.md, "Memory").
  std::int64_t queued_max_request_bytes = -1;

  // Gannet's own: pipelining and backpressure per connection. The connection stops
  // reading while either cap is reached (it always admits one request).
  int max_in_flight_requests = 16;                       // read but not yet answered
  std::size_t max_buffered_bytes = 64u << 20;            // request bytes being handled + response bytes queued
  std::chrono::milliseconds shutdown_timeout_ms{10000};  // server::stop() waits this long for in-flight work
};

}  // namespace gannet::net
