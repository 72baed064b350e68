#include "gannet/net/server.h"

#include <algorithm>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "connection.h"
#include "connection_registry.h"
#include "gannet/common/logging.h"
#include "listener.h"

namespace gannet::net {
namespace detail {

namespace asio = boost::asio;

// queued.max.request.bytes as the budget takes it: -1 (Kafka's default, no
// limit there) is Gannet's bound; never below one full-size request.
static std::size_t budget_bytes(const server_config& c) {
  std::int64_t v = c.queued_max_request_bytes < 0 ? default_queued_max_request_bytes : c.queued_max_request_bytes;
  v = std::max<std::int64_t>(v, c.socket_request_max_bytes);
  return static_cast<std::size_t>(v);
}

// The server's state (pimpl, see net::server for the contract). Members are
// declared so that the io_context, and the connections it may still hold, go
// before the registry, counters, config and handler they refer to.
class server_impl {
 public:
  server_impl(server_config config, frame_handler& handler)
      : config_(std::move(config)),
        handler_(handler),
        budget_(budget_bytes(config_)),
        env_{config_, handler_, counters_, registry_, budget_} {}

  ~server_impl() { stop(); }

  void start() {
    std::lock_guard lock(mu_);
    if (started_) throw std::logic_error("net::server started twice");
    if (config_.listeners.empty()) throw std::invalid_argument("net::server: no listeners configured");
    started_ = true;
    for (const auto& l : config_.listeners) {
      listeners_.push_back(std::make_unique<listener>(ioc_, l, env_));
      bound_.push_back(bound_listener{l.name, listeners_.back()->bind()});  // throws: nothing runs yet
    }
    for (auto& l : listeners_)
      l->start();
    const int n = std::max(1, config_.num_network_threads);
    threads_.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
      threads_.emplace_back([this] { run_thread(); });
    }
    running_ = true;
  }

  void stop() {
    std::lock_guard lock(mu_);
    if (!running_) return;
    running_ = false;
    for (auto& id : threads_) {
      if (id.get_id() == std::this_thread::get_id()) {
        log::error("net::server::stop() called from a network thread; it would deadlock");
        std::terminate();
      }
    }
    log::info("network: stopping; {} connections open", registry_.size());
    for (auto& l : listeners_)
      l->stop();
    registry_.drain_all();
    if (!registry_.wait_empty(config_.shutdown_timeout_ms)) {
      log::warn("network: {} connections still busy after {} ms, closing them", registry_.size(),
                config_.shutdown_timeout_ms.count());
      registry_.close_all();
      registry_.wait_empty(std::chrono::milliseconds(1000));
    }
    work_.reset();
    ioc_.stop();
    for (auto& t : threads_)
      t.join();
    threads_.clear();
  }

  std::vector<bound_listener> local_endpoints() const {
    std::lock_guard lock(mu_);
    return bound_;
  }

  server_stats stats() const { return counters_.snapshot(); }
  asio::any_io_executor get_executor() { return ioc_.get_executor(); }

 private:
  void run_thread() {
    for (;;) {
      try {
        ioc_.run();
        return;
      } catch (const std::exception& e) {
        log::error("network thread: uncaught exception: {}", e.what());
      }
    }
  }

  server_config config_;
  frame_handler& handler_;
  server_counters counters_;
  connection_registry registry_;
  request_budget budget_;
  connection_environment env_;
  mutable std::mutex mu_;  // start/stop/local_endpoints only
  bool started_ = false;
  bool running_ = false;
  std::vector<bound_listener> bound_;
  asio::io_context ioc_;
  asio::executor_work_guard<asio::io_context::executor_type> work_{ioc_.get_executor()};
  std::vector<std::unique_ptr<listener>> listeners_;
  std::vector<std::thread> threads_;
};

}  // namespace detail

server::server(server_config config, frame_handler& handler)
    : impl_(std::make_unique<detail::server_impl>(std::move(config), handler)) {}
server::~server() = default;
void server::start() { impl_->start(); }
void server::stop() { impl_->stop(); }
std::vector<bound_listener> server::local_endpoints() const { return impl_->local_endpoints(); }
server_stats server::stats() const { return impl_->stats(); }
boost::asio::any_io_executor server::get_executor() { return impl_->get_executor(); }

}  // namespace gannet::net
