#pragma once
// A group_store that keeps everything in memory: for unit tests, and the
// broker's store until the log-backed one (over __consumer_offsets) lands.
// Nothing survives a restart.

#include <atomic>
#include <mutex>
#include <unordered_map>

#include "gannet/groups/group_store.h"

namespace gannet::groups {

class memory_group_store final : public group_store {
 public:
  explicit memory_group_store(std::int32_t num_partitions = 50) : num_partitions_(num_partitions) {}

  std::int32_t partition_for(std::string_view group_id) const override;
  std::int32_t partition_count() const override { return num_partitions_; }
  boost::asio::awaitable<protocol::error_code> write_group(std::string group_id, group_record g) override;
  boost::asio::awaitable<protocol::error_code> write_offsets(std::string group_id,
                                                             std::vector<offset_entry> offsets) override;
  boost::asio::awaitable<protocol::error_code> delete_offsets(std::string group_id,
                                                              std::vector<offset_key> offsets) override;
  boost::asio::awaitable<protocol::error_code> delete_group(std::string group_id,
                                                            std::vector<offset_key> offsets) override;
  boost::asio::awaitable<result<std::vector<loaded_group>>> load_partition(std::int32_t partition) override;

  // For tests: loads wait (polling every millisecond on the caller's
  // executor) until release_loads(), so a partition stays "loading".
  void hold_loads();
  void release_loads();

  // For tests: make the next writes fail with `e` (none: succeed again).
  void fail_writes_with(protocol::error_code e);
  // For tests: what is held now, as load() would return it.
  std::vector<loaded_group> snapshot() const;

 private:
  struct entry {
    std::optional<group_record> group;
    std::unordered_map<offset_key, offset_record, offset_key_hash> offsets;
  };
  std::int32_t num_partitions_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, entry> groups_;
  protocol::error_code fail_with_ = protocol::error_code::none;
  std::atomic<bool> hold_loads_{false};
};

// Kafka's partitionFor: abs(Java String.hashCode(group id)) mod partitions
// (Utils.abs maps Integer.MIN_VALUE to 0).
std::int32_t kafka_partition_for(std::string_view group_id, std::int32_t num_partitions);

}  // namespace gannet::groups
