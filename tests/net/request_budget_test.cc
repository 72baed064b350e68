// The broker-wide request budget (queued.max.request.bytes): what it admits,
// when a reader must wait, and that a release wakes the waiters.
#include "request_budget.h"

#include <gtest/gtest.h>

namespace gannet::net {
namespace {

TEST(RequestBudgetTest, AdmitsUpToTheLimitThenMakesReadersWait) {
  request_budget b(100);
  int woken = 0;
  auto wake = [&] { ++woken; };
  EXPECT_TRUE(b.acquire_or_wait(60, wake));
  EXPECT_TRUE(b.acquire_or_wait(40, wake));
  EXPECT_FALSE(b.acquire_or_wait(1, wake));
  EXPECT_EQ(b.in_use(), 100u);
  b.release(40);
  EXPECT_EQ(woken, 1);  // the waiter retries
  EXPECT_TRUE(b.acquire_or_wait(1, wake));
  EXPECT_FALSE(b.acquire_or_wait(40, wake));
  b.release(61);
  EXPECT_EQ(woken, 2);
  EXPECT_EQ(b.in_use(), 0u);
}

TEST(RequestBudgetTest, OneRequestLargerThanTheLimitIsAdmittedWhenNothingIsTaken) {
  request_budget b(100);
  EXPECT_TRUE(b.acquire_or_wait(500, [] {}));
  EXPECT_FALSE(b.acquire_or_wait(1, [] {}));
  b.release(500);
  EXPECT_TRUE(b.acquire_or_wait(1, [] {}));
}

TEST(RequestBudgetTest, ZeroMeansNoLimit) {
  request_budget b(0);
  EXPECT_TRUE(b.acquire_or_wait(std::size_t{1} << 40, [] {}));
  EXPECT_TRUE(b.acquire_or_wait(std::size_t{1} << 40, [] {}));
}

}  // namespace
}  // namespace gannet::net
