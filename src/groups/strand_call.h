#pragma once
// Running coordinator code on a shard's strand and resuming the caller on its
// own executor. Every step is a named local (GCC 12 and temporaries in
// co_await); no capturing lambda coroutines (STYLE.md): a plain function is
// held by value in the frame of `call`.

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <type_traits>

namespace gannet::groups {

template <class R, class F>
boost::asio::awaitable<R> call(F f) {
  co_return f();
}

// Runs `task` on `strand`.
template <class R>
boost::asio::awaitable<R> on_strand(boost::asio::strand<boost::asio::any_io_executor> strand,
                                    boost::asio::awaitable<R> task) {
  auto op = boost::asio::co_spawn(strand, std::move(task), boost::asio::use_awaitable);
  co_return co_await std::move(op);
}

// Runs the plain function `f` on `strand`.
template <class F>
boost::asio::awaitable<std::invoke_result_t<F&>> run_on_strand(boost::asio::strand<boost::asio::any_io_executor> strand,
                                                               F f) {
  using R = std::invoke_result_t<F&>;
  boost::asio::awaitable<R> task = call<R, F>(std::move(f));
  auto op = boost::asio::co_spawn(strand, std::move(task), boost::asio::use_awaitable);
  co_return co_await std::move(op);
}

}  // namespace gannet::groups
