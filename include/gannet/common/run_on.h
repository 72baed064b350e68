#pragma once
// Runs a plain function on another executor (a partition's strand on the
// storage pool) and resumes the calling coroutine on its own executor with the
// result. This is how network-side coroutines reach storage without ever
// blocking a network thread on disk.
//
// It is on every Produce's path, so it is one posted function each way, not a
// co_spawn: co_spawn costs a coroutine frame, an extra post to start it, a
// cancellation slot and several type-erased executor copies per call, which
// was about a third of the broker's CPU per small produce request
// (docs/performance.md, "Findings").

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace gannet {

namespace detail {

// Starts `f` on `ex`; the handler gets (exception, result) on its own executor.
template <class Executor>
struct run_on_initiation {
  Executor ex;

  template <class Handler, class F>
  void operator()(Handler handler, F f) const {
    using R = std::invoke_result_t<F&>;
    // Keeps the caller's io_context running while the function is away.
    auto work = boost::asio::make_work_guard(boost::asio::get_associated_executor(handler));
    auto task = [handler = std::move(handler), work = std::move(work), f = std::move(f)]() mutable {
      std::exception_ptr error;
      std::optional<R> result;
      try {
        result.emplace(f());
      } catch (...) {
        error = std::current_exception();
      }
      auto home = work.get_executor();
      auto resume = [handler = std::move(handler), error, result = std::move(result)]() mutable {
        std::move(handler)(error, std::move(result));
      };
      // From the storage thread this queues on the caller's executor (it is
      // never running here), waking its thread once.
      boost::asio::dispatch(home, std::move(resume));
      work.reset();
    };
    boost::asio::post(ex, std::move(task));
  }
};

}  // namespace detail

// GCC 12 mishandles non-trivial temporaries inside a co_await expression
// (they can be destroyed twice), so every step is a named local here, and
// callers pass a named function object: `auto fn = [...]{...};
// auto r = co_await run_on(ex, std::move(fn));`.
template <class Executor, class F>
boost::asio::awaitable<std::invoke_result_t<F&>> run_on(Executor ex, F f) {
  using R = std::invoke_result_t<F&>;
  static_assert(!std::is_void_v<R>, "run_on needs a function returning a value");
  detail::run_on_initiation<Executor> init{std::move(ex)};
  auto op =
      boost::asio::async_initiate<const boost::asio::use_awaitable_t<>&, void(std::exception_ptr, std::optional<R>)>(
          std::move(init), boost::asio::use_awaitable, std::move(f));
  std::optional<R> result = co_await std::move(op);
  co_return std::move(*result);
}

}  // namespace gannet
