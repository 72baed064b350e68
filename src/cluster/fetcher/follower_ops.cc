// The fetcher's follower-log steps (follower_ops.h).

#include "follower_ops.h"

#include <algorithm>
#include <vector>

#include "gannet/common/logging.h"
#include "gannet/records/record_batch.h"

namespace gannet::cluster {

follower_position read_position(const follower_log& log) {
  return {log.log_start_offset(), log.log_end_offset(), log.latest_epoch()};
}

append_outcome append_fetched(follower_log& log, offset fetch_offset, std::span<const std::uint8_t> records,
                              offset leader_high_watermark, offset leader_log_start_offset) {
  append_outcome out;
  if (log.log_end_offset() != fetch_offset) {
    out.result = append_outcome::kind::offset_mismatch;
    out.next_fetch_offset = log.log_end_offset();
    return out;
  }
  // Whole batches only: validate each one (the leader's bytes are input like any other) and
  // stop at a batch the response cut short.
  std::size_t first = 0;  // batches before it end below the fetch offset: already here
  std::size_t valid = 0;
  std::optional<leader_epoch> last_epoch;
  offset next = fetch_offset;
  while (records.size() - valid >= records::log_overhead + 4) {
    const auto rest = records.subspan(valid);
    const records::batch_view head(rest);
    if (rest.size() < records::batch_header_size || head.batch_length() < 0 || rest.size() < head.size_bytes()) {
      break;  // partial tail batch
    }
    auto b = records::validate_batch(rest);
    if (!b) {
      out.result = append_outcome::kind::corrupt;
      out.error = b.error();
      return out;
    }
    if (b->last_offset() < next.value()) {
      // Below the fetch offset: the follower has it already.
      valid += b->size_bytes();
      if (last_epoch == std::nullopt) first = valid;
      continue;
    }
    last_epoch = leader_epoch(b->partition_leader_epoch());
    next = offset(b->last_offset() + 1);
    valid += b->size_bytes();
  }
  if (first < valid) {
    std::vector<std::uint8_t> owned(records.begin() + static_cast<std::ptrdiff_t>(first),
                                    records.begin() + static_cast<std::ptrdiff_t>(valid));
    if (auto r = log.append_as_follower(owned); !r) {
      out.result = append_outcome::kind::storage_error;
      out.error = r.error();
      return out;
    }
    out.bytes = static_cast<std::int64_t>(owned.size());
    out.last_epoch = last_epoch;
  }
  out.next_fetch_offset = log.log_end_offset();
  // UnifiedLog.updateHighWatermark: the leader's, bounded by this log's start and end.
  const offset hw = std::clamp(leader_high_watermark, log.log_start_offset(), log.log_end_offset());
  log.set_high_watermark(hw);
  // maybeIncrementLogStartOffset(leaderLogStartOffset): only forward, and never past the high
  // watermark (the leader's start can be ahead of what this follower has).
  if (leader_log_start_offset > log.log_start_offset() && leader_log_start_offset <= log.high_watermark()) {
    if (auto r = log.increment_log_start_offset(leader_log_start_offset); !r)
      log::warn("replica fetcher: moving the log start offset to {} failed: {}", leader_log_start_offset.value(),
                r.error().message());
  }
  out.log_start_offset = log.log_start_offset();
  return out;
}

namespace {

truncate_outcome finish(follower_log& log, truncation_state t, result<void> r) {
  truncate_outcome out;
  out.truncation = t;
  if (!r) {
    out.ok = false;
    out.error = r.error();
  }
  out.after = read_position(log);
  return out;
}

}  // namespace

truncate_outcome truncate_by_epoch(follower_log& log, offset fetch_offset, epoch_end_offset leader) {
  const truncation_state t = offset_truncation_state(log, fetch_offset, leader);
  return finish(log, t, log.truncate_to(t.truncate_to));
}

truncate_outcome truncate_to_offset(follower_log& log, offset o) {
  return finish(log, truncation_state{o, true}, log.truncate_to(o));
}

truncate_outcome truncate_fully(follower_log& log, offset o) {
  return finish(log, truncation_state{o, true}, log.truncate_fully_and_start_at(o));
}

}  // namespace gannet::cluster
