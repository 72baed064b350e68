#pragma once
// The fetcher's steps that touch a follower log, each one plain function run on the partition's
// executor (run_on.h). They return what the fetcher's own state needs afterwards.

#include <optional>
#include <span>
#include <system_error>

#include "gannet/cluster/replica_fetcher.h"
#include "truncation.h"

namespace gannet::cluster {

// What the fetcher learns of a log when it (re)starts following it or after a truncation.
struct follower_position {
  offset log_start_offset{0};
  offset log_end_offset{0};
  std::optional<leader_epoch> latest_epoch;
};
follower_position read_position(const follower_log& log);

struct append_outcome {
  enum class kind {
    appended,         // `bytes` > 0 bytes appended (or none came): state moves on
    offset_mismatch,  // the log end moved away from the fetch offset: the partition fails
    corrupt,          // a whole batch failed its CRC or framing: retry after the backoff
    storage_error,    // the append or truncation failed: the partition fails
  };
  kind result = kind::appended;
  std::int64_t bytes = 0;
  offset next_fetch_offset{0};
  std::optional<leader_epoch> last_epoch;  // of the last batch appended
  offset log_start_offset{0};
  std::error_code error;
};

// Kafka's ReplicaFetcherThread.processPartitionData: appends the whole batches of `records` (a
// partial batch at the end, cut by max_bytes, is left for the next fetch), then sets the follower
// high watermark to min(leader's, log end) and follows the leader's log start offset.
append_outcome append_fetched(follower_log& log, offset fetch_offset, std::span<const std::uint8_t> records,
                              offset leader_high_watermark, offset leader_log_start_offset);

struct truncate_outcome {
  bool ok = true;
  truncation_state truncation;
  follower_position after;
  std::error_code error;
};

// Truncates per offset_truncation_state (a diverging epoch or an OffsetForLeaderEpoch answer).
truncate_outcome truncate_by_epoch(follower_log& log, offset fetch_offset, epoch_end_offset leader);
// Truncates to `o` (the high watermark, or the leader's end after OFFSET_OUT_OF_RANGE).
truncate_outcome truncate_to_offset(follower_log& log, offset o);
// Empties the log and restarts it at `o` (the follower is behind the leader's log start).
truncate_outcome truncate_fully(follower_log& log, offset o);

}  // namespace gannet::cluster
