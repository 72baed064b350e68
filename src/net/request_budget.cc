#include "request_budget.h"

#include "gannet/common/assert.h"

namespace gannet::net {

bool request_budget::acquire_or_wait(std::size_t n, std::function<void()> wake) {
  std::lock_guard lock(mu_);
  if (limit_ == 0 || used_ == 0 || n <= limit_ - std::min(used_, limit_)) {
    used_ += n;
    return true;
  }
  waiters_.push_back(std::move(wake));
  return false;
}

void request_budget::release(std::size_t n) {
  std::vector<std::function<void()>> wake;
  {
    std::lock_guard lock(mu_);
    GANNET_ASSERT(n <= used_);
    used_ -= n;
    wake.swap(waiters_);
  }
  // Every waiter retries; those that still do not fit register again.
  for (auto& w : wake)
    w();
}

std::size_t request_budget::in_use() const {
  std::lock_guard lock(mu_);
  return used_;
}

}  // namespace gannet::net
