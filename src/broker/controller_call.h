#pragma once
// Awaits one answer from the controller (cluster::controller's callback API:
// alter_partition, controlled_shutdown, elect_leaders, ...). The controller
// calls back on its own strand; the awaiting handler resumes on its own
// executor. The controller answers every request it accepted, also when it
// stops (NOT_CONTROLLER), so a handler never waits forever.
//
// GCC 12: callers pass a named function object (see run_on.h).

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace gannet::broker {

namespace detail {

template <class Response>
struct controller_call_initiation {
  template <class Handler, class Start>
  void operator()(Handler handler, Start start) const {
    auto work = boost::asio::make_work_guard(boost::asio::get_associated_executor(handler));
    using work_type = decltype(work);
    // std::function needs a copyable target: the handler is shared, and the
    // first call takes it.
    struct pending {
      std::optional<Handler> handler;
      std::optional<work_type> work;
    };
    auto p = std::make_shared<pending>();
    p->handler.emplace(std::move(handler));
    p->work.emplace(std::move(work));
    std::function<void(Response)> done = [p](Response r) {
      if (!p->handler) return;
      auto home = p->work->get_executor();
      auto resume = [h = std::move(*p->handler), r = std::move(r)]() mutable { std::move(h)(std::move(r)); };
      p->handler.reset();
      boost::asio::dispatch(home, std::move(resume));
      p->work.reset();
    };
    start(std::move(done));
  }
};

}  // namespace detail

// `start(std::function<void(Response)> done)` hands the request to the controller.
template <class Response, class Start>
boost::asio::awaitable<Response> controller_call(Start start) {
  detail::controller_call_initiation<Response> init;
  auto op = boost::asio::async_initiate<const boost::asio::use_awaitable_t<>&, void(Response)>(
      std::move(init), boost::asio::use_awaitable, std::move(start));
  Response r = co_await std::move(op);
  co_return r;
}

}  // namespace gannet::broker
