// log_follower (log_follower.h).

#include "log_follower.h"

#include <chrono>

namespace gannet::cluster {
namespace {

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

std::optional<epoch_end_offset> log_follower::end_offset_for_epoch(leader_epoch epoch) const {
  auto [e, end] = log_.end_offset_for_epoch(epoch);
  if (end == offset(-1)) return std::nullopt;
  return epoch_end_offset{e, end};
}

result<void> log_follower::append_as_follower(std::span<std::uint8_t> batches) {
  auto r = log_.append_as_follower(batches, now_ms());
  if (!r) return r.error();
  return {};
}

result<void> log_follower::truncate_fully_and_start_at(offset o) {
  return log_.truncate_fully_and_start_at(o, now_ms());
}

result<void> log_follower::increment_log_start_offset(offset o) {
  auto r = log_.delete_records_before(o, now_ms());
  if (!r) return r.error();
  return {};
}

}  // namespace gannet::cluster
