#pragma once
// The partitions this broker hosts: topic-partition -> partition (the map half
// of Kafka's ReplicaManager.allPartitions). Handlers look partitions up here;
// topic creation, deletion and (later) LeaderAndIsr / StopReplica add and
// remove them.
//
// Owner: broker. Thread-safety: every method takes an internal shared mutex,
// so lookups may come from any thread (network threads, partition strands);
// additions and removals are made on the control strand, which serializes them.
// Partitions are handed out as shared_ptr because an in-flight request may
// still hold one after a topic deletion removed it (it then sees deleted()).

#include <boost/asio/thread_pool.hpp>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

#include "gannet/cluster/partition.h"
#include "gannet/common/result.h"
#include "gannet/protocol/uuid.h"
#include "gannet/storage/log_manager.h"
#include "gannet/storage/topic_partition.h"

namespace gannet::cluster {

class partition_manager {
 public:
  using executor_type = boost::asio::thread_pool::executor_type;

  // `logs` and the pool behind `storage_executor` outlive this manager; each
  // partition gets its own strand on that pool.
  partition_manager(storage::log_manager& logs, executor_type storage_executor, replica_settings settings = {});

  // Opens the log of `tp` (creating it when missing) and registers a fresh
  // partition for it, replacing any earlier one. With `leadership` the
  // partition takes it (become_leader) before anyone can find it: the
  // standalone broker passes standalone_state(). Any thread that may do file
  // I/O (the storage pool, or start-up).
  result<std::shared_ptr<partition>> open(const storage::topic_partition& tp, const protocol::uuid& topic_id,
                                          std::int64_t now_ms,
                                          const std::optional<leader_and_isr>& leadership = std::nullopt);
  const replica_settings& settings() const { return settings_; }
  // ZooKeeper mode learns its broker id and builds its AlterPartition sink
  // after construction: set before the first open(), on the start-up thread.
  void set_settings(const replica_settings& settings) { settings_ = settings; }

  std::shared_ptr<partition> find(const storage::topic_partition& tp) const;
  // Unregisters `tp`; returns the partition (nullptr when none) so the caller
  // can delete its log on the partition's strand.
  std::shared_ptr<partition> remove(const storage::topic_partition& tp);
  // A copy of the current set, for loops that post work to each partition.
  std::vector<std::shared_ptr<partition>> all() const;
  std::size_t size() const;

 private:
  storage::log_manager& logs_;
  executor_type storage_executor_;
  replica_settings settings_;
  mutable std::shared_mutex mutex_;
  std::unordered_map<storage::topic_partition, std::shared_ptr<partition>> partitions_;
};

}  // namespace gannet::cluster
