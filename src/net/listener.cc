#include "listener.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ip/v6_only.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <exception>

#include "connection_registry.h"
#include "endpoint_format.h"
#include "gannet/common/logging.h"

namespace gannet::net {

namespace asio = boost::asio;
using asio::ip::tcp;
using boost::system::error_code;

listener::listener(asio::io_context& ioc, listener_config config, connection_environment env)
    : ioc_(ioc), config_(std::move(config)), env_(env), strand_(asio::make_strand(ioc)), acceptor_(strand_) {}

tcp::endpoint listener::bind() {
  std::vector<tcp::endpoint> candidates;
  if (config_.host.empty()) {
    // Every interface: IPv6 dual-stack if the host has IPv6, else IPv4.
    candidates.emplace_back(asio::ip::address_v6::any(), config_.port);
    candidates.emplace_back(asio::ip::address_v4::any(), config_.port);
  } else {
    error_code ec;
    auto addr = asio::ip::make_address(config_.host, ec);
    if (!ec) {
      candidates.emplace_back(addr, config_.port);
    } else {
      tcp::resolver resolver(ioc_);
      for (const auto& entry : resolver.resolve(config_.host, std::to_string(config_.port))) {
        candidates.push_back(entry.endpoint());
      }
    }
  }
  error_code last;
  for (const auto& ep : candidates) {
    error_code ec;
    acceptor_.open(ep.protocol(), ec);
    if (!ec) acceptor_.set_option(tcp::acceptor::reuse_address(true), ec);
    if (!ec && ep.address().is_v6() && ep.address().is_unspecified()) {
      acceptor_.set_option(asio::ip::v6_only(false), ec);
    }
    if (!ec) acceptor_.bind(ep, ec);
    if (!ec) acceptor_.listen(std::max(1, env_.config.socket_listen_backlog_size), ec);
    if (!ec) acceptor_.non_blocking(true, ec);
    if (!ec) return acceptor_.local_endpoint();
    last = ec;
    error_code ignored;
    acceptor_.close(ignored);
  }
  if (!last) last = asio::error::host_not_found;
  throw std::system_error(
      last, "cannot listen on " + config_.name + "://" + config_.host + ":" + std::to_string(config_.port));
}

void listener::start() {
  asio::co_spawn(strand_, accept_loop(), [](std::exception_ptr e) {
    if (!e) return;
    try {
      std::rethrow_exception(e);
    } catch (const std::exception& ex) {
      log::error("accept loop failed: {}", ex.what());
    }
  });
}

void listener::stop() {
  auto done = asio::post(strand_, asio::use_future([this] {
                           error_code ignored;
                           acceptor_.close(ignored);
                         }));
  done.wait();
}

asio::awaitable<void> listener::accept_loop() {
  asio::steady_timer backoff(strand_);
  while (acceptor_.is_open()) {
    auto [ec, socket] = co_await acceptor_.async_accept(asio::make_strand(ioc_), asio::as_tuple(asio::use_awaitable));
    if (ec == asio::error::operation_aborted || !acceptor_.is_open()) co_return;
    if (ec) {
      // Out of descriptors or memory: wait a little rather than spin.
      log::warn("listener {}: accept failed: {}", config_.name, ec.message());
      backoff.expires_after(std::chrono::milliseconds(100));
      co_await backoff.async_wait(asio::as_tuple(asio::use_awaitable));
      continue;
    }
    on_accepted(std::move(socket));
    // Empty the accept queue while it has connections, without a round trip
    // through the scheduler for each: Kafka's default backlog is only 50.
    for (int burst = 0; burst < 256 && acceptor_.is_open(); ++burst) {
      tcp::socket next(asio::make_strand(ioc_));
      acceptor_.accept(next, ec);  // non-blocking: would_block when the queue is empty
      if (ec) break;
      on_accepted(std::move(next));
    }
  }
}

void listener::on_accepted(tcp::socket socket) {
  env_.counters.connections_accepted.fetch_add(1, std::memory_order_relaxed);
  const std::uint64_t id = env_.registry.next_id();
  auto conn = std::make_shared<connection>(std::move(socket), id, config_.name, env_);
  const auto limit = static_cast<std::size_t>(std::max(0, env_.config.max_connections));
  if (!env_.registry.add(id, conn, limit)) {
    env_.counters.connections_refused.fetch_add(1, std::memory_order_relaxed);
    log::warn("listener {}: refusing a connection: max.connections ({}) reached", config_.name,
              env_.config.max_connections);
    return;  // `conn` and its socket close here
  }
  conn->start();
}

}  // namespace gannet::net
