#pragma once
// An acks=all Produce waits on one of these until every partition it wrote has
// its batch below the high watermark, or its timeout_ms runs out (Kafka's
// DelayedProduce, completed when a follower's fetch moves the high watermark).
//
// Owner: the waiting Produce (shared with the partitions it waits on, which
// hold weak references). Executor: the Produce's connection executor;
// complete() may be called from any thread (a partition's strand) and posts
// the wake-up onto that executor.

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "gannet/protocol/error_code.h"

namespace gannet::cluster {

class produce_waiter : public std::enable_shared_from_this<produce_waiter> {
 public:
  // `slots`: one per partition of the request; each starts done (nothing to
  // wait for) until expect() marks it.
  produce_waiter(boost::asio::any_io_executor ex, std::size_t slots) : timer_(ex), outcomes_(slots) {
    for (auto& o : outcomes_)
      o = protocol::error_code::none;
  }

  // Before the slot's partition may complete it.
  void expect(std::size_t slot) {
    std::lock_guard lock(mutex_);
    if (outcomes_.at(slot)) {
      outcomes_[slot].reset();
      ++pending_;
    }
  }

  // Thread-safe; a second completion of a slot is ignored.
  void complete(std::size_t slot, protocol::error_code error) {
    {
      std::lock_guard lock(mutex_);
      if (slot >= outcomes_.size() || outcomes_[slot]) return;
      outcomes_[slot] = error;
      if (--pending_ > 0) return;
    }
    boost::asio::post(timer_.get_executor(), [self = shared_from_this()] { self->timer_.cancel(); });
  }

  // Returns when every expected slot completed, or after `timeout`.
  boost::asio::awaitable<void> wait(std::chrono::milliseconds timeout) {
    if (pending() == 0) co_return;
    timer_.expires_after(timeout);
    co_await timer_.async_wait(boost::asio::as_tuple(boost::asio::use_awaitable));
  }

  std::size_t pending() const {
    std::lock_guard lock(mutex_);
    return pending_;
  }
  // nullopt: still waiting (the Produce answers REQUEST_TIMED_OUT for it).
  std::optional<protocol::error_code> outcome(std::size_t slot) const {
    std::lock_guard lock(mutex_);
    return outcomes_.at(slot);
  }

 private:
  boost::asio::steady_timer timer_;
  mutable std::mutex mutex_;
  std::vector<std::optional<protocol::error_code>> outcomes_;
  std::size_t pending_ = 0;
};

}  // namespace gannet::cluster
