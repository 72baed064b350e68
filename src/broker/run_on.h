#pragma once
// Runs a plain function on another executor (a partition's strand on the
// storage pool) and resumes the calling coroutine on its own executor with the
// result. This is how network-side coroutines reach storage without ever
// blocking a network thread on disk.

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <type_traits>

namespace gannet::broker {

namespace detail {
// A coroutine holding `f` by value in its own frame (never a capturing lambda
// coroutine: see STYLE.md, "Coroutines").
template <class R, class F>
boost::asio::awaitable<R> call(F f) {
  co_return f();
}
}  // namespace detail

// GCC 12 mishandles non-trivial temporaries inside a co_await expression
// (they can be destroyed twice), so every step is a named local here, and
// callers pass a named function object: `auto fn = [...]{...};
// auto r = co_await run_on(ex, std::move(fn));`.
template <class Executor, class F>
boost::asio::awaitable<std::invoke_result_t<F&>> run_on(Executor ex, F f) {
  using R = std::invoke_result_t<F&>;
  boost::asio::awaitable<R> task = detail::call<R, F>(std::move(f));
  auto op = boost::asio::co_spawn(ex, std::move(task), boost::asio::use_awaitable);
  co_return co_await std::move(op);
}

}  // namespace gannet::broker
