#include "gannet/cluster/partition_manager.h"

#include <boost/asio/strand.hpp>
#include <mutex>

namespace gannet::cluster {

partition_manager::partition_manager(storage::log_manager& logs, executor_type storage_executor,
                                     replica_settings settings)
    : logs_(logs), storage_executor_(std::move(storage_executor)), settings_(settings) {}

result<std::shared_ptr<partition>> partition_manager::open(const storage::topic_partition& tp,
                                                           const protocol::uuid& topic_id, std::int64_t now_ms,
                                                           const std::optional<leader_and_isr>& leadership) {
  auto lg = logs_.get_or_create(tp, now_ms, topic_id);
  if (!lg) return lg.error();
  auto p = std::make_shared<partition>(tp, topic_id, **lg, boost::asio::make_strand(storage_executor_), settings_);
  // Not shared yet: no strand needed.
  if (leadership) p->become_leader(*leadership, now_ms);
  std::unique_lock lock(mutex_);
  partitions_[tp] = p;
  return p;
}

std::shared_ptr<partition> partition_manager::find(const storage::topic_partition& tp) const {
  std::shared_lock lock(mutex_);
  auto it = partitions_.find(tp);
  return it == partitions_.end() ? nullptr : it->second;
}

std::shared_ptr<partition> partition_manager::remove(const storage::topic_partition& tp) {
  std::unique_lock lock(mutex_);
  auto it = partitions_.find(tp);
  if (it == partitions_.end()) return nullptr;
  auto p = std::move(it->second);
  partitions_.erase(it);
  return p;
}

std::vector<std::shared_ptr<partition>> partition_manager::all() const {
  std::shared_lock lock(mutex_);
  std::vector<std::shared_ptr<partition>> out;
  out.reserve(partitions_.size());
  for (const auto& [_, p] : partitions_)
    out.push_back(p);
  return out;
}

std::size_t partition_manager::size() const {
  std::shared_lock lock(mutex_);
  return partitions_.size();
}

}  // namespace gannet::cluster
