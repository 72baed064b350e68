#pragma once
// What the leader knows of one follower replica of a partition it leads
// (Kafka's Replica + ReplicaState): the follower's log end and start offsets as
// its last Fetch told them, when it fetched, and when it was last caught up.
// The ISR rules read these: a follower joins the ISR once its log end reaches
// the high watermark, and leaves it when it has not been caught up for
// replica.lag.time.max.ms.
//
// Owner: partition. Executor: the partition's strand (not thread-safe).

#include <cstdint>

namespace gannet::cluster {

// Kafka's UnifiedLog.UnknownOffset: no fetch seen yet.
inline constexpr std::int64_t unknown_offset = -1;

class follower_replica {
 public:
  explicit follower_replica(std::int32_t broker_id) : broker_id_(broker_id) {}

  std::int32_t broker_id() const { return broker_id_; }
  std::int64_t log_end_offset() const { return log_end_offset_; }
  std::int64_t log_start_offset() const { return log_start_offset_; }
  std::int64_t last_fetch_time_ms() const { return last_fetch_time_ms_; }
  std::int64_t last_caught_up_time_ms() const { return last_caught_up_time_ms_; }

  // A Fetch from this follower at `fetch_offset` (its log end) read while the
  // leader's log end was `leader_end_offset` (Kafka's updateFetchState).
  void update_fetch_state(std::int64_t fetch_offset, std::int64_t follower_log_start_offset, std::int64_t fetch_time_ms,
                          std::int64_t leader_end_offset);

  // Kafka's ReplicaState.isCaughtUp: at the leader's log end, or caught up
  // within the last `max_lag_ms`.
  bool is_caught_up(std::int64_t leader_end_offset, std::int64_t now_ms, std::int64_t max_lag_ms) const;

  // This broker became (or stayed) leader with a new leader epoch whose start
  // offset is `leader_end_offset` (Kafka's resetReplicaState).
  void reset(std::int64_t now_ms, std::int64_t leader_end_offset, bool new_leader, bool in_isr);

 private:
  std::int32_t broker_id_;
  std::int64_t log_end_offset_ = unknown_offset;
  std::int64_t log_start_offset_ = unknown_offset;
  std::int64_t last_fetch_leader_log_end_offset_ = unknown_offset;
  std::int64_t last_fetch_time_ms_ = 0;
  std::int64_t last_caught_up_time_ms_ = 0;
};

}  // namespace gannet::cluster
