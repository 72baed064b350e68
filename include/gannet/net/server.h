#pragma once
// The network layer's entry point: listeners, connections and the network threads.

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <memory>
#include <string>
#include <vector>

#include "gannet/net/frame_handler.h"
#include "gannet/net/server_config.h"
#include "gannet/net/server_stats.h"

namespace gannet::net {

namespace detail {
class server_impl;
}

// A listener's bound address (the real port when the configured one was 0).
struct bound_listener {
  std::string name;
  boost::asio::ip::tcp::endpoint endpoint;
};

// Accepts Kafka connections on every configured listener and runs them.
//
// Owner: main (or a test). Owns the io_context the network runs on and its
// num_network_threads threads; each connection runs on its own strand there.
// The frame_handler must outlive the server. Thread-safety: start(), stop() and
// stats() may be called from any thread that is not one of the server's own;
// stop() blocks. Lifecycle: constructed idle; start() binds and serves; stop()
// (also run by the destructor) stops accepting, lets in-flight requests finish
// and their responses go out (bounded by shutdown_timeout_ms), closes every
// connection and joins the threads. A stopped server cannot be restarted.
class server {
 public:
  server(server_config config, frame_handler& handler);
  ~server();
  server(const server&) = delete;
  server& operator=(const server&) = delete;

  // Binds every listener, then starts the threads. Throws std::system_error if
  // an address cannot be bound (nothing is left running then).
  void start();

  // Graceful shutdown, see the class comment. Idempotent.
  void stop();

  // Valid after start(): one entry per configured listener, in order.
  std::vector<bound_listener> local_endpoints() const;

  server_stats stats() const;

  // The network threads' executor, for work that must run there.
  boost::asio::any_io_executor get_executor();

 private:
  std::unique_ptr<detail::server_impl> impl_;
};

}  // namespace gannet::net
