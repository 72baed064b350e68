#pragma once
// The group store over __consumer_offsets (groups::group_store, the contract
// between the group coordinator and persistence): each change is appended to
// the group's partition of the internal topic as Kafka 3.9 writes it
// (offsets_records.h), and load() replays the topic at startup.
//
// Writes: one record batch per call (magic 2, no producer id, create-time
// timestamps, base sequence as Kafka's: 0 for offset commits, else -1;
// offsets.topic.compression.codec), appended on the partition's strand like an
// acks=all Produce (offsets.commit.required.acks -1): only the leader appends,
// and the call completes once the high watermark passes the batch, within
// offsets.commit.timeout.ms. Errors are mapped as Kafka's storeGroup /
// storeOffsets do (NOT_LEADER_OR_FOLLOWER -> NOT_COORDINATOR,
// NOT_ENOUGH_REPLICAS -> COORDINATOR_NOT_AVAILABLE, a timeout ->
// REBALANCE_IN_PROGRESS for a group, REQUEST_TIMED_OUT for offsets). With
// gannet.durable.acks the log is fsynced before the call completes.
// Standalone, the topic is created on the first write when it does not exist
// yet (offsets_topic.h); in ZooKeeper mode the controller creates it.
//
// Partition of a group: Kafka's partitionFor over the topic's partition count
// when the store was made or loaded (offsets.topic.num.partitions while the
// topic does not exist), as Kafka fixes it at startup.
//
// Owner: the broker (group_store_factory). Thread-safety: every member is
// thread-safe; writes and loads resume the caller on its own executor.

#include <atomic>
#include <string>
#include <vector>

#include "broker_state.h"
#include "gannet/groups/group_store.h"
#include "gannet/records/batch_builder.h"

namespace gannet::broker {

class group_log_store final : public groups::group_store {
 public:
  explicit group_log_store(broker_state& s);

  std::int32_t partition_for(std::string_view group_id) const override;
  std::int32_t partition_count() const override;

  boost::asio::awaitable<protocol::error_code> write_group(std::string group_id, groups::group_record g) override;
  boost::asio::awaitable<protocol::error_code> write_offsets(std::string group_id,
                                                             std::vector<groups::offset_entry> offsets) override;
  boost::asio::awaitable<protocol::error_code> delete_offsets(std::string group_id,
                                                              std::vector<groups::offset_key> offsets) override;
  boost::asio::awaitable<protocol::error_code> delete_group(std::string group_id,
                                                            std::vector<groups::offset_key> offsets) override;

  // One partition of __consumer_offsets from its log start to its log end,
  // read on the partition's strand: the last record of each key wins, a
  // tombstone removes it; records that do not decode are logged and skipped.
  // Groups come out sorted by id, their offsets by (topic, partition).
  // Memory: the live state plus one read buffer of offsets.load.buffer.size
  // (or one batch, when larger). A partition not hosted here loads nothing.
  boost::asio::awaitable<result<std::vector<groups::loaded_group>>> load_partition(std::int32_t partition) override;

 private:
  // Appends `recs` as one batch to the group's partition. `too_large` is the
  // error when the batch exceeds the topic's max.message.bytes (Kafka answers
  // UNKNOWN_SERVER_ERROR for a group, INVALID_COMMIT_OFFSET_SIZE for offsets).
  // `base_sequence`: Kafka writes offset commits with 0, everything else with
  // -1 (no producer id either way).
  // `timed_out` is the answer when the ISR does not have the batch within
  // offsets.commit.timeout.ms; `wait_for_isr` false (tombstones, as Kafka's
  // acks 0 there) answers after the local append.
  boost::asio::awaitable<protocol::error_code> append(std::string group_id, std::vector<records::record_data> recs,
                                                      protocol::error_code too_large, protocol::error_code timed_out,
                                                      std::int32_t base_sequence, bool wait_for_isr);
  std::int32_t commit_timeout_ms() const;

  broker_state& s_;
  std::atomic<std::int32_t> partitions_;
  records::compression_type compression_;
};

}  // namespace gannet::broker
