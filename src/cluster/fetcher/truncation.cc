// offset_truncation_state (truncation.h).

#include "truncation.h"

#include <algorithm>

namespace gannet::cluster {

truncation_state offset_truncation_state(const follower_log& log, offset fetch_offset, epoch_end_offset leader) {
  if (leader.end_offset == offset(-1)) {
    // The leader knows nothing of the epoch (UNDEFINED_EPOCH_OFFSET): keep the initial offset.
    return {fetch_offset, true};
  }
  const offset replica_end = log.log_end_offset();
  if (leader.epoch == leader_epoch(-1)) {
    // OffsetForLeaderEpoch v0 answers carry no epoch: the leader's offset is all there is.
    return {std::min(leader.end_offset, replica_end), true};
  }
  const auto follower = log.end_offset_for_epoch(leader.epoch);
  if (!follower) {
    // The leader's epoch is below every epoch the follower tracks.
    return {std::min(leader.end_offset, replica_end), true};
  }
  if (follower->epoch != leader.epoch) {
    // KIP-279: the follower never had the leader's epoch; cut to the end of its own largest
    // smaller epoch and ask again for that one.
    return {std::min(follower->end_offset, replica_end), false};
  }
  return {std::min({follower->end_offset, leader.end_offset, replica_end}), true};
}

}  // namespace gannet::cluster
