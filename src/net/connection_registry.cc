#include "connection_registry.h"

#include <malloc.h>

#include <vector>

#include "connection.h"

namespace gannet::net {

bool connection_registry::add(std::uint64_t id, const std::shared_ptr<connection>& c, std::size_t limit) {
  std::lock_guard lock(mu_);
  if (connections_.size() >= limit) return false;
  connections_.emplace(id, c);
  return true;
}

void connection_registry::remove(std::uint64_t id) {
  bool trim = false;
  {
    std::lock_guard lock(mu_);
    connections_.erase(id);
    if (connections_.empty()) {
      empty_cv_.notify_all();
      // The last connection gone: give the memory the connections used back
      // to the system (glibc keeps freed pages in its arenas otherwise, and
      // RSS ratchets up with each wave of clients). At most once a second.
      const auto now = std::chrono::steady_clock::now();
      if (now - last_trim_ >= std::chrono::seconds(1)) {
        last_trim_ = now;
        trim = true;
      }
    }
  }
  if (trim) ::malloc_trim(0);
}

std::size_t connection_registry::size() const {
  std::lock_guard lock(mu_);
  return connections_.size();
}

namespace {
std::vector<std::shared_ptr<connection>> lock_all(
    const std::unordered_map<std::uint64_t, std::weak_ptr<connection>>& m) {
  std::vector<std::shared_ptr<connection>> out;
  out.reserve(m.size());
  for (const auto& [id, weak] : m) {
    if (auto c = weak.lock()) out.push_back(std::move(c));
  }
  return out;
}
}  // namespace

void connection_registry::drain_all() {
  std::vector<std::shared_ptr<connection>> all;
  {
    std::lock_guard lock(mu_);
    all = lock_all(connections_);
  }
  for (auto& c : all)
    c->drain();
}

void connection_registry::close_all() {
  std::vector<std::shared_ptr<connection>> all;
  {
    std::lock_guard lock(mu_);
    all = lock_all(connections_);
  }
  for (auto& c : all)
    c->close_soon();
}

bool connection_registry::wait_empty(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mu_);
  return empty_cv_.wait_for(lock, timeout, [this] { return connections_.empty(); });
}

}  // namespace gannet::net
