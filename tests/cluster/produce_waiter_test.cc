// produce_waiter: the acks=all wait ends when the last expected partition
// completes, or at the timeout with the unfinished ones still unknown (the
// Produce answers REQUEST_TIMED_OUT for those).

#include "gannet/cluster/produce_waiter.h"

#include <gtest/gtest.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <thread>

namespace gannet::cluster {
namespace {

using protocol::error_code;
using namespace std::chrono_literals;

// Runs w->wait(timeout) on an io_context; returns how long it took.
std::chrono::milliseconds wait_on(boost::asio::io_context& io, const std::shared_ptr<produce_waiter>& w,
                                  std::chrono::milliseconds timeout) {
  const auto start = std::chrono::steady_clock::now();
  auto f = boost::asio::co_spawn(io, w->wait(timeout), boost::asio::use_future);
  io.run();
  f.get();
  io.restart();
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
}

TEST(ProduceWaiterTest, EndsWhenTheLastExpectedSlotCompletes) {
  boost::asio::io_context io;
  auto w = std::make_shared<produce_waiter>(io.get_executor(), 3);
  w->expect(0);
  w->expect(2);
  EXPECT_EQ(w->pending(), 2u);
  w->complete(2, error_code::not_enough_replicas_after_append);
  EXPECT_EQ(w->pending(), 1u);
  std::thread other([w] {
    std::this_thread::sleep_for(50ms);
    w->complete(0, error_code::none);
  });
  auto took = wait_on(io, w, 10s);
  other.join();
  EXPECT_LT(took, 5s);
  EXPECT_EQ(w->outcome(0), error_code::none);
  EXPECT_EQ(w->outcome(1), error_code::none);  // never expected
  EXPECT_EQ(w->outcome(2), error_code::not_enough_replicas_after_append);
  // A second completion changes nothing.
  w->complete(2, error_code::none);
  EXPECT_EQ(w->outcome(2), error_code::not_enough_replicas_after_append);
}

TEST(ProduceWaiterTest, TimesOutWithTheUnfinishedSlotsUnknown) {
  boost::asio::io_context io;
  auto w = std::make_shared<produce_waiter>(io.get_executor(), 2);
  w->expect(0);
  w->expect(1);
  w->complete(1, error_code::none);
  auto took = wait_on(io, w, 100ms);
  EXPECT_GE(took, 100ms);
  EXPECT_FALSE(w->outcome(0));
  EXPECT_EQ(w->outcome(1), error_code::none);
}

}  // namespace
}  // namespace gannet::cluster
