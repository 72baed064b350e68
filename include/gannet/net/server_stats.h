#pragma once
// Counters of the network layer, for metrics and tests.

#include <atomic>
#include <cstdint>

namespace gannet::net {

// A snapshot of server_counters.
struct server_stats {
  std::uint64_t connections_accepted = 0;
  std::uint64_t connections_refused = 0;  // beyond max.connections
  std::uint64_t connections_open = 0;
  std::uint64_t requests = 0;         // frames handed to the handler
  std::uint64_t responses = 0;        // responses fully written
  std::uint64_t bytes_in = 0;         // bytes read from sockets
  std::uint64_t bytes_out = 0;        // bytes written (sendfile included)
  std::uint64_t frames_rejected = 0;  // size prefix negative or above socket.request.max.bytes
  std::uint64_t idle_closed = 0;      // closed by connections.max.idle.ms
  std::uint64_t buffered_bytes = 0;   // request + response bytes held in memory now
  std::uint64_t read_paused = 0;      // times a connection stopped reading at a cap
};

// The live counters. Owner: net::server; connections hold a pointer to them.
// Thread-safety: every field is an atomic updated with relaxed ordering from any
// network thread; snapshot() is not a consistent cut, just a recent value of each.
struct server_counters {
  std::atomic<std::uint64_t> connections_accepted{0};
  std::atomic<std::uint64_t> connections_refused{0};
  std::atomic<std::uint64_t> connections_open{0};
  std::atomic<std::uint64_t> requests{0};
  std::atomic<std::uint64_t> responses{0};
  std::atomic<std::uint64_t> bytes_in{0};
  std::atomic<std::uint64_t> bytes_out{0};
  std::atomic<std::uint64_t> frames_rejected{0};
  std::atomic<std::uint64_t> idle_closed{0};
  std::atomic<std::uint64_t> buffered_bytes{0};
  std::atomic<std::uint64_t> read_paused{0};

  server_stats snapshot() const {
    constexpr auto r = std::memory_order_relaxed;
    return server_stats{connections_accepted.load(r),
                        connections_refused.load(r),
                        connections_open.load(r),
                        requests.load(r),
                        responses.load(r),
                        bytes_in.load(r),
                        bytes_out.load(r),
                        frames_rejected.load(r),
                        idle_closed.load(r),
                        buffered_bytes.load(r),
                        read_paused.load(r)};
  }
};

}  // namespace gannet::net
