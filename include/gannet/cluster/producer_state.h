#pragma once
// Idempotent-producer state of one partition: for each producer id, its epoch
// and the last five batches appended (sequence range and offsets), so a retried
// batch is answered with its original offsets instead of being written twice,
// and a gap in sequences is refused (Kafka's ProducerStateManager).
//
// Owner: partition. Executor: the partition's strand (not thread-safe).
// Lifecycle: loaded from the latest snapshot file (storage/producer_snapshot.h),
// then the log's batch headers after it, when the partition opens; snapshotted
// at each segment roll and at clean shutdown.

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

#include "gannet/protocol/error_code.h"
#include "gannet/storage/producer_snapshot.h"

namespace gannet::cluster {

struct batch_identity {
  std::int64_t producer_id = -1;
  std::int16_t producer_epoch = -1;
  std::int32_t first_sequence = -1;
  std::int32_t last_sequence = -1;
};

class producer_state {
 public:
  static constexpr std::size_t batches_kept = 5;

  struct verdict {
    protocol::error_code error = protocol::error_code::none;
    // For a duplicate: the offsets the batch was written at first.
    std::optional<std::int64_t> duplicate_first_offset;
  };

  // Checks a batch before it is appended.
  verdict check(const batch_identity& b) const;
  // Records an appended (or recovered) batch; `timestamp` is its max timestamp.
  void record(const batch_identity& b, std::int64_t first_offset, std::int64_t last_offset, std::int64_t timestamp);
  // Forgets producers whose last batch's timestamp is `expiration_ms` or more
  // before now (producer.id.expiration.ms, Kafka's isProducerExpired).
  void expire(std::int64_t now_ms, std::int64_t expiration_ms);
  std::size_t size() const { return producers_.size(); }
  // The last offset of each known producer's newest batch: the log cleaner
  // keeps these batches (empty if need be) so the state survives compaction.
  std::set<std::int64_t> last_batch_offsets() const;

  // Snapshot entries (Kafka keeps only each producer's last batch in them),
  // ordered by producer id.
  std::vector<storage::producer_snapshot_entry> snapshot() const;
  // Replaces the state with a snapshot's entries, skipping expired ones.
  void load(const std::vector<storage::producer_snapshot_entry>& entries, std::int64_t now_ms,
            std::int64_t expiration_ms);

 private:
  struct batch_entry {
    std::int32_t first_sequence = 0;
    std::int32_t last_sequence = 0;
    std::int64_t first_offset = 0;
    std::int64_t last_offset = 0;
  };
  struct entry {
    std::int16_t epoch = -1;
    std::array<batch_entry, batches_kept> batches{};
    std::size_t count = 0;  // valid batches, newest at (next - 1)
    std::size_t next = 0;
    std::int64_t last_timestamp = -1;  // max timestamp of the last batch
    const batch_entry& newest() const { return batches[(next + batches_kept - 1) % batches_kept]; }
  };
  std::unordered_map<std::int64_t, entry> producers_;
};

}  // namespace gannet::cluster
