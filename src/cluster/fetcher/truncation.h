#pragma once
// Where a follower truncates, given the leader's (epoch, end offset) for the follower's epoch:
// Kafka's AbstractFetcherThread.getOffsetTruncationState (KIP-101, KIP-279). Also used for a
// Fetch response's diverging_epoch (KIP-595's truncation on fetch). Runs on the partition's
// executor (it reads the follower log).

#include "gannet/cluster/replica_fetcher.h"

namespace gannet::cluster {

struct truncation_state {
  offset truncate_to{0};
  // false: the follower did not know the leader's epoch; it truncated to the end of its own
  // largest smaller epoch and must ask again (KIP-279) before it is done.
  bool completed = true;
  bool operator==(const truncation_state&) const = default;
};

// `fetch_offset` is the partition's current fetch offset (used when the leader knows no offset
// for the epoch: Kafka then keeps the initial fetch offset, the high watermark).
truncation_state offset_truncation_state(const follower_log& log, offset fetch_offset, epoch_end_offset leader);

}  // namespace gannet::cluster
