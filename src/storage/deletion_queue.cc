#include "gannet/storage/deletion_queue.h"

#include "gannet/common/logging.h"

namespace gannet::storage {

void deletion_queue::schedule(std::vector<std::filesystem::path> paths, std::int64_t due_ms) {
  std::lock_guard lock(mutex_);
  for (auto& p : paths)
    entries_.push_back({std::move(p), due_ms});
}

std::size_t deletion_queue::delete_due(std::int64_t now_ms) {
  std::vector<entry> due;
  {
    std::lock_guard lock(mutex_);
    std::erase_if(entries_, [&](entry& e) {
      if (e.due_ms > now_ms) return false;
      due.push_back(std::move(e));
      return true;
    });
  }
  for (const auto& e : due) {
    std::error_code ec;
    std::filesystem::remove_all(e.path, ec);
    if (ec) gannet::log::warn("storage: cannot delete {}: {}", e.path.string(), ec.message());
  }
  return due.size();
}

std::size_t deletion_queue::delete_all() { return delete_due(INT64_MAX); }

std::size_t deletion_queue::pending() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace gannet::storage
