#pragma once
// One partition as this broker hosts it (Kafka's Partition): its log, the
// strand every log call runs on, its leadership (leader epoch, partition
// epoch, replicas, ISR) and, while it leads, what it knows of each follower,
// the high watermark, and the acks=all Produces and Fetches waiting on it.
// A standalone broker is the one-node case: replicas = ISR = {itself}, so the
// high watermark is the log end offset once an append has been written.
//
// Owner: partition_manager (shared with in-flight requests, so topic deletion
// can drop it while a request still holds it). Executor: strand() on the
// storage pool for log() and everything that touches the log or the replica
// state; the snapshots marked thread-safe and add_waiter() may be called from
// any thread. Times are passed in (now_ms) so that tests drive the clock.

#include <atomic>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <vector>

#include "gannet/cluster/data_waiter.h"
#include "gannet/cluster/follower_replica.h"
#include "gannet/cluster/isr_change_sink.h"
#include "gannet/cluster/leader_and_isr.h"
#include "gannet/cluster/produce_waiter.h"
#include "gannet/cluster/producer_state.h"
#include "gannet/protocol/error_code.h"
#include "gannet/protocol/uuid.h"
#include "gannet/storage/log.h"
#include "gannet/storage/topic_partition.h"

namespace gannet::cluster {

// What every partition of this broker shares.
struct replica_settings {
  std::int32_t local_broker_id = 0;
  std::int64_t replica_lag_time_max_ms = 30000;  // replica.lag.time.max.ms
  isr_change_sink* sink = nullptr;               // null: the standalone broker, which never proposes
};

// The standalone broker's leadership of each partition: itself, epoch 0.
leader_and_isr standalone_state(std::int32_t broker_id);

// The end of an epoch in this log (OffsetForLeaderEpoch, and Fetch's
// diverging_epoch).
struct epoch_end {
  std::int32_t leader_epoch = -1;
  std::int64_t end_offset = -1;
};

// The leader's verdict on a follower's Fetch of this partition, before reading.
struct follower_fetch_check {
  protocol::error_code error = protocol::error_code::none;
  // Set when the follower's log diverges from ours: it truncates to this.
  std::optional<epoch_end> diverging_epoch;
};

class partition {
 public:
  using strand_type = boost::asio::strand<boost::asio::thread_pool::executor_type>;

  partition(storage::topic_partition tp, protocol::uuid topic_id, storage::log& log, strand_type strand,
            replica_settings settings = {});

  const storage::topic_partition& tp() const { return tp_; }
  const protocol::uuid& topic_id() const { return topic_id_; }
  strand_type strand() const { return strand_; }

  // On strand() only. After mark_deleted() the log is gone: callers check
  // deleted() before touching it.
  storage::log& log() { return log_; }
  bool deleted() const { return deleted_; }
  void mark_deleted();
  producer_state& producers() { return producers_; }
  // On strand() only, after anything changed the log: moves the high watermark
  // if the ISR allows, refreshes the snapshots, wakes waiting fetches and
  // completes the acks=all Produces the high watermark now covers.
  void on_log_changed(std::int64_t now_ms);
  void on_log_changed();  // at the wall clock's now

  // Thread-safe snapshots.
  std::int64_t high_watermark() const { return high_watermark_.load(std::memory_order_acquire); }
  std::int64_t log_start_offset() const { return log_start_offset_.load(std::memory_order_acquire); }
  std::int64_t log_end_offset() const { return log_end_offset_.load(std::memory_order_acquire); }
  std::int32_t leader_epoch() const { return leader_epoch_.load(std::memory_order_acquire); }
  std::int32_t leader_id() const { return leader_id_.load(std::memory_order_acquire); }
  bool is_leader() const { return leader_id() == settings_.local_broker_id && leader_epoch() >= 0; }
  // Kafka's checkCurrentLeaderEpoch: -1 (not given) always passes.
  protocol::error_code check_current_leader_epoch(std::int32_t requested) const;

  // Leadership (LeaderAndIsr), on strand(). Kafka's ReplicaManager refuses a
  // leader epoch that is not newer than ours (STALE_CONTROLLER_EPOCH) and a
  // replica set without this broker (UNKNOWN_TOPIC_OR_PARTITION); Partition
  // then skips a state whose partition epoch is older than ours (applied =
  // false, no error).
  struct state_change {
    protocol::error_code error = protocol::error_code::none;
    bool applied = false;
  };
  state_change become_leader(const leader_and_isr& s, std::int64_t now_ms);
  state_change become_follower(const leader_and_isr& s, std::int64_t now_ms);
  // StopReplica: FENCED_LEADER_EPOCH for an older leader epoch (no_epoch and
  // epoch_during_delete always pass); otherwise this broker neither leads nor
  // follows any more and waiting acks=all Produces get NOT_LEADER_OR_FOLLOWER.
  protocol::error_code stop(std::int32_t request_leader_epoch);

  // Strand only: the assignment as last applied.
  std::int32_t partition_epoch() const { return partition_epoch_; }
  const std::vector<std::int32_t>& replicas() const { return replicas_; }
  // The committed ISR (what the controller acknowledged; min.insync.replicas
  // counts it) and the maximal ISR (KIP-497: it also holds a member whose
  // addition is in flight, so the high watermark already waits for it).
  const std::vector<std::int32_t>& isr() const { return isr_; }
  const std::vector<std::int32_t>& maximal_isr() const { return maximal_isr_; }
  bool isr_change_in_flight() const { return in_flight_.has_value(); }
  const follower_replica* follower(std::int32_t broker_id) const;

  // Leader side, on strand(). Kafka's appendRecordsToLeader pre-checks:
  // NOT_LEADER_OR_FOLLOWER unless leading; for acks=all, NOT_ENOUGH_REPLICAS
  // when the committed ISR is smaller than min.insync.replicas (capped at the
  // replica count), and then nothing is written.
  protocol::error_code check_leader_append(std::int16_t acks, std::int32_t min_insync_replicas) const;
  // acks=all: completes `slot` of `w` once the high watermark reaches
  // `required_offset` (the batch's last offset + 1), at once if it already has.
  void add_produce_waiter(std::int64_t required_offset, std::int32_t min_insync_replicas,
                          const std::shared_ptr<produce_waiter>& w, std::size_t slot);

  // A follower's Fetch, on strand(): Kafka's fetchRecords checks (leader
  // epoch, known replica, diverging epoch from v12's last_fetched_epoch, -1
  // when not given) ...
  follower_fetch_check check_follower_fetch(std::int32_t replica_id, std::int32_t current_leader_epoch,
                                            std::int32_t last_fetched_epoch, std::int64_t fetch_offset) const;
  // ... and, after the read, Kafka's updateFollowerFetchState: the fetch
  // offset is the follower's log end; `leader_end_offset` is our log end
  // before the read. May expand the ISR and move the high watermark.
  void record_follower_fetch(std::int32_t replica_id, std::int64_t fetch_offset, std::int64_t follower_log_start_offset,
                             std::int64_t leader_end_offset, std::int64_t now_ms);
  // The periodic ISR check (Kafka's maybeShrinkIsr): proposes dropping the
  // followers not caught up for replica.lag.time.max.ms.
  void maybe_shrink_isr(std::int64_t now_ms);
  // The controller's answer to the proposal `proposal_id` (isr_proposal): on
  // success `committed` holds the leader epoch, ISR and partition epoch now in
  // force. Kafka's handleAlterPartitionUpdate / handleAlterPartitionError.
  void on_isr_change_answer(std::uint64_t proposal_id, protocol::error_code error, const leader_and_isr& committed,
                            std::int64_t now_ms);

  // OffsetForLeaderEpoch (leaders and followers alike): the largest epoch <=
  // `epoch` in the epoch cache and its end offset; the log end for the latest.
  epoch_end end_offset_for_epoch(std::int32_t epoch) const;

  // Follower side, on strand(): what the replica fetcher calls.
  // Appends batches fetched from the leader (their offsets and epochs kept)
  // and records their producers, as Kafka's appendRecordsToFollowerOrFutureReplica.
  result<storage::append_result> append_as_follower(std::span<std::uint8_t> batches, std::int64_t now_ms);
  // Removes every offset >= `o` (truncation by leader epoch) and rebuilds the
  // producer state from what is left.
  result<void> truncate_to(std::int64_t o, std::int64_t now_ms, std::int64_t producer_expiration_ms);
  // The leader's high watermark and log start offset from a Fetch answer: the
  // follower's high watermark is the leader's, capped at its own log end;
  // the log start moves up, never past the high watermark.
  void update_follower_offsets(std::int64_t leader_high_watermark, std::int64_t leader_log_start_offset);

  // Rebuilds the idempotent-producer state: the latest valid snapshot at or
  // below the log end (a corrupt one is deleted and the next older one tried), then the batch headers after it; deletes
  // stale snapshots. (Every roll of the log writes a snapshot, from construction on.) On strand() (or before the
  // partition is shared).
  void rebuild_producer_state(std::int64_t now_ms, std::int64_t expiration_ms);
  // Writes <o>.snapshot with the current state (state of every batch below o).
  // On strand(); errors are logged.
  void write_producer_snapshot(gannet::offset o);

  // Thread-safe: wakes `w` at the next change of the log.
  void add_waiter(const std::shared_ptr<data_waiter>& w);
  // Wakes every waiting Fetch (they re-read and answer). Thread-safe.
  void wake_waiters();

 private:
  struct pending_ack {
    std::int64_t required_offset;
    std::int32_t min_insync_replicas;
    std::weak_ptr<produce_waiter> waiter;
    std::size_t slot;
  };

  bool in_isr(std::int32_t id) const;
  bool in_maximal_isr(std::int32_t id) const;
  follower_replica* find_follower(std::int32_t broker_id);
  void set_assignment(const leader_and_isr& s);
  // Kafka's maybeIncrementLeaderHW; true when it moved.
  bool maybe_increment_high_watermark(std::int64_t now_ms);
  void maybe_expand_isr(const follower_replica& f);
  void propose(std::vector<std::int32_t> new_isr, bool expand);
  void complete_produce_waiters();
  void fail_produce_waiters(protocol::error_code error);
  void publish();
  std::int32_t effective_min_isr(std::int32_t configured) const;

  storage::topic_partition tp_;
  protocol::uuid topic_id_;
  storage::log& log_;
  strand_type strand_;
  replica_settings settings_;
  producer_state producers_;
  bool deleted_ = false;  // strand only

  // Replica state, strand only (leader_epoch_ and leader_id_ are also
  // published for other threads).
  std::int32_t partition_epoch_ = 0;
  std::vector<std::int32_t> replicas_;
  std::vector<std::int32_t> isr_;
  std::vector<std::int32_t> maximal_isr_;
  std::vector<follower_replica> followers_;  // every replica but this broker, while leading
  // Our log end when this epoch's leadership began: a follower joins the ISR
  // only once it has all of it (Kafka's leaderEpochStartOffsetOpt).
  std::optional<std::int64_t> leader_epoch_start_offset_;
  struct in_flight_change {
    std::uint64_t id;
    isr_proposal proposal;
  };
  std::optional<in_flight_change> in_flight_;
  std::uint64_t next_proposal_id_ = 1;
  std::vector<pending_ack> pending_acks_;

  std::atomic<std::int32_t> leader_epoch_{no_epoch};
  std::atomic<std::int32_t> leader_id_{no_leader};
  std::atomic<std::int64_t> high_watermark_{0};
  std::atomic<std::int64_t> log_start_offset_{0};
  std::atomic<std::int64_t> log_end_offset_{0};
  std::mutex waiters_mutex_;
  std::vector<std::weak_ptr<data_waiter>> waiters_;
};

}  // namespace gannet::cluster
