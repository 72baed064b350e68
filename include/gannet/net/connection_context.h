#pragma once
// What a frame_handler knows about the connection a request came in on.

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <cstdint>
#include <memory>
#include <string>

namespace gannet::net {

// Broker state attached to one connection (SASL progress, fetch sessions, client
// software name...). The broker derives from it; net only destroys it with the
// connection.
class connection_state {
 public:
  virtual ~connection_state() = default;
};

// One connection's identity and state slot.
//
// Owner: net::connection. It outlives every frame_handler::handle() call made for
// the connection (the connection waits for its handlers before it is destroyed).
// Executor: the connection's strand (`executor`). handle() runs there, so a
// handler may read and write `state` freely from its own coroutine; it must not
// hand `state` to another executor. Lifecycle: made when the connection is
// accepted, destroyed after the socket is closed and every handler has returned.
struct connection_context {
  std::uint64_t id = 0;       // unique per server, starting at 1
  std::string listener_name;  // e.g. "PLAINTEXT"
  boost::asio::ip::tcp::endpoint local_endpoint;
  boost::asio::ip::tcp::endpoint remote_endpoint;
  boost::asio::any_io_executor executor;  // the connection's strand
  std::unique_ptr<connection_state> state;
};

}  // namespace gannet::net
