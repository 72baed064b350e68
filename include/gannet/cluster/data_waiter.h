#pragma once
// A long-polling Fetch waits on one of these until data arrives on a partition
// it reads, or its max_wait_ms runs out (Kafka's DelayedFetch, completed by
// appends).
//
// Owner: the waiting fetch (shared with the partitions it registered on, which
// hold weak references). Executor: the fetch's connection strand; notify() may be
// called from any thread (a partition's strand after an append) and posts the
// wake-up onto that executor.

#include <atomic>
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <memory>

namespace gannet::cluster {

class data_waiter : public std::enable_shared_from_this<data_waiter> {
 public:
  explicit data_waiter(boost::asio::any_io_executor ex) : timer_(ex) {}

  // Thread-safe.
  void notify() {
    if (notified_.exchange(true)) return;
    boost::asio::post(timer_.get_executor(), [self = shared_from_this()] { self->timer_.cancel(); });
  }

  // Returns when notified or after `timeout`, whichever comes first.
  boost::asio::awaitable<void> wait(std::chrono::milliseconds timeout) {
    if (notified_.load()) co_return;
    timer_.expires_after(timeout);
    co_await timer_.async_wait(boost::asio::as_tuple(boost::asio::use_awaitable));
  }

  bool notified() const { return notified_.load(); }

 private:
  boost::asio::steady_timer timer_;
  std::atomic<bool> notified_{false};
};

}  // namespace gannet::cluster
