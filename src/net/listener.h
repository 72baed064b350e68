#pragma once
// Accepts connections on one configured listener address.

#include <boost/asio/awaitable.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>

#include "connection.h"
#include "gannet/net/listener_config.h"

namespace gannet::net {

// One bound acceptor and its accept loop; each accepted socket gets its own strand
// and a net::connection.
//
// Owner: server_impl. Executor: its own strand on the server's io_context (the
// accept loop and close() run there). Lifecycle: bind() on the starting thread
// (throws std::system_error), start() spawns the loop, stop() closes the acceptor,
// which ends the loop; the object must outlive the io_context's run.
class listener {
 public:
  listener(boost::asio::io_context& ioc, listener_config config, connection_environment env);

  // Binds and listens; returns the bound endpoint (the real port if 0 was asked).
  boost::asio::ip::tcp::endpoint bind();
  void start();
  // Stops accepting; thread-safe; waits until the acceptor is closed.
  void stop();

  const listener_config& config() const { return config_; }

 private:
  boost::asio::awaitable<void> accept_loop();
  void on_accepted(boost::asio::ip::tcp::socket socket);

  boost::asio::io_context& ioc_;
  listener_config config_;
  connection_environment env_;
  boost::asio::strand<boost::asio::io_context::executor_type> strand_;
  boost::asio::ip::tcp::acceptor acceptor_;
};

}  // namespace gannet::net
