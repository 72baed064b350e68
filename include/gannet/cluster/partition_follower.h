#pragma once
// partition_follower: the follower_log a replica fetcher replicates into, over a real
// cluster::partition (its log, its producer state, its high watermark and waiters). What the
// fetcher does to the log goes through the partition so that its snapshots, waiting Fetches and
// producer state follow (Kafka's Partition.appendRecordsToFollowerOrFutureReplica,
// truncateTo, truncateFullyAndStartAt).
//
// Owner: the replica manager, one per followed partition, kept until the partition has left its
// fetcher. Every call runs on executor() (the partition's strand), as follower_log requires.
// Once the partition is deleted every change fails with storage errc::not_found.

#include <memory>

#include "gannet/cluster/partition.h"
#include "gannet/cluster/replica_fetcher.h"

namespace gannet::cluster {

class partition_follower final : public follower_log {
 public:
  // `producer_expiration_ms` (producer.id.expiration.ms) bounds the producer state rebuilt after
  // a truncation.
  partition_follower(std::shared_ptr<partition> p, std::int64_t producer_expiration_ms)
      : partition_(std::move(p)), producer_expiration_ms_(producer_expiration_ms) {}

  boost::asio::any_io_executor executor() override { return partition_->strand(); }
  offset log_start_offset() const override;
  offset log_end_offset() const override;
  offset high_watermark() const override;
  std::optional<leader_epoch> latest_epoch() const override;
  std::optional<epoch_end_offset> end_offset_for_epoch(leader_epoch epoch) const override;
  result<void> append_as_follower(std::span<std::uint8_t> batches) override;
  result<void> truncate_to(offset o) override;
  // Also empties the producer state and deletes its snapshots (Kafka's
  // ProducerStateManager.truncateFullyAndStartAt).
  result<void> truncate_fully_and_start_at(offset o) override;
  void set_high_watermark(offset hw) override;
  result<void> increment_log_start_offset(offset o) override;

  const std::shared_ptr<partition>& target() const { return partition_; }

 private:
  std::shared_ptr<partition> partition_;
  std::int64_t producer_expiration_ms_;
};

}  // namespace gannet::cluster
