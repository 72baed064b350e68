#pragma once
// The leader epoch -> start offset history of a partition (Kafka's
// LeaderEpochFileCache), persisted in `leader-epoch-checkpoint`
// ("0\nN\n<epoch> <start_offset>\n..."). Used for OffsetsForLeaderEpoch and
// follower truncation; kept consistent with the log on truncation and retention.
//
// Owner: its log (one thread at a time). Not thread-safe. Every change is
// written to the checkpoint file before the call returns.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <utility>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/common/strong_type.h"

namespace gannet::storage {

struct epoch_entry {
  leader_epoch epoch;
  offset start_offset;
  auto operator<=>(const epoch_entry&) const = default;
};

class leader_epoch_cache {
 public:
  explicit leader_epoch_cache(std::filesystem::path path, bool sync = true) : path_(std::move(path)), sync_(sync) {}

  result<void> load();
  // Records that `epoch` starts at `start` (ignored unless it is newer; older
  // conflicting entries are dropped as Kafka's assign does).
  result<void> assign(leader_epoch epoch, offset start);
  // Removes entries starting at or after end_offset (log truncated to end_offset).
  result<void> truncate_from_end(offset end_offset);
  // Log start moved to `start`: entries before it collapse into one at `start`.
  result<void> truncate_from_start(offset start);
  result<void> clear();

  std::optional<leader_epoch> latest_epoch() const;
  // Kafka's endOffsetFor: (largest epoch <= requested, start of the next
  // epoch or log_end_offset); (-1, -1) if none.
  std::pair<leader_epoch, offset> end_offset_for(leader_epoch requested, offset log_end_offset) const;
  const std::vector<epoch_entry>& entries() const { return entries_; }

 private:
  result<void> persist();

  std::filesystem::path path_;
  std::vector<epoch_entry> entries_;
  bool sync_;
};

}  // namespace gannet::storage
