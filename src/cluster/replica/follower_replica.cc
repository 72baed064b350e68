#include "gannet/cluster/follower_replica.h"

#include <algorithm>

namespace gannet::cluster {

void follower_replica::update_fetch_state(std::int64_t fetch_offset, std::int64_t follower_log_start_offset,
                                          std::int64_t fetch_time_ms, std::int64_t leader_end_offset) {
  // Kafka's rule: a follower fetching at the leader's log end is caught up now;
  // one that reached the leader's log end as of its previous fetch was caught
  // up at that previous fetch (it had everything the leader had then). Either
  // way the time never moves backwards.
  if (fetch_offset >= leader_end_offset) {
    last_caught_up_time_ms_ = std::max(last_caught_up_time_ms_, fetch_time_ms);
  } else if (fetch_offset >= last_fetch_leader_log_end_offset_) {
    last_caught_up_time_ms_ = std::max(last_caught_up_time_ms_, last_fetch_time_ms_);
  }
  log_end_offset_ = fetch_offset;
  log_start_offset_ = follower_log_start_offset;
  last_fetch_leader_log_end_offset_ = leader_end_offset;
  last_fetch_time_ms_ = fetch_time_ms;
}

bool follower_replica::is_caught_up(std::int64_t leader_end_offset, std::int64_t now_ms,
                                    std::int64_t max_lag_ms) const {
  return leader_end_offset == log_end_offset_ || now_ms - last_caught_up_time_ms_ <= max_lag_ms;
}

void follower_replica::reset(std::int64_t now_ms, std::int64_t leader_end_offset, bool new_leader, bool in_isr) {
  // An ISR member gets the benefit of the doubt (caught up now); any other
  // follower starts at 0 so it does not hold the high watermark back.
  last_caught_up_time_ms_ = in_isr ? now_ms : 0;
  if (new_leader) {
    // What another leader learnt is no knowledge of ours.
    log_end_offset_ = unknown_offset;
    log_start_offset_ = unknown_offset;
    last_fetch_leader_log_end_offset_ = unknown_offset;
    last_fetch_time_ms_ = 0;
  } else {
    // Re-elected: keep the offsets; a follower out of the ISR must fetch again
    // before it can come back.
    last_fetch_leader_log_end_offset_ = leader_end_offset;
    last_fetch_time_ms_ = in_isr ? now_ms : 0;
  }
}

}  // namespace gannet::cluster
