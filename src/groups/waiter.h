#pragma once
// A one-shot result that one coroutine on a strand waits for and another
// piece of code on the same strand delivers: how a JoinGroup or SyncGroup
// waits for the rest of its group without blocking a thread. Both sides must
// run on the strand the timer was made with.

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <optional>

namespace gannet::groups {

template <class R>
class waiter {
 public:
  explicit waiter(boost::asio::any_io_executor strand) : timer_(strand) {
    timer_.expires_at(boost::asio::steady_timer::time_point::max());
  }

  // Delivers the result once; later deliveries are ignored (as Kafka's
  // maybeInvoke*Callback does).
  bool deliver(R r) {
    if (result_) return false;
    result_ = std::move(r);
    timer_.cancel();
    return true;
  }
  bool delivered() const { return result_.has_value(); }

  boost::asio::awaitable<R> wait() {
    while (!result_) {
      auto op = timer_.async_wait(boost::asio::as_tuple(boost::asio::use_awaitable));
      co_await std::move(op);
    }
    co_return std::move(*result_);
  }

 private:
  boost::asio::steady_timer timer_;
  std::optional<R> result_;
};

}  // namespace gannet::groups
