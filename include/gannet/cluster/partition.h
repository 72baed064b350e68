#pragma once
// One partition as the broker serves it: its log, the strand every log call
// runs on, snapshots of its offsets for readers on other threads, and the
// fetches waiting for data. A standalone broker is the only replica, so the
// high watermark is the log end offset once an append has been written.
//
// Owner: partition_manager (shared with in-flight requests, so topic deletion
// can drop it while a request still holds it). Executor: strand() on the
// storage pool for log() and everything that touches the log; the offset
// snapshots and add_waiter() are thread-safe.

#include <atomic>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <memory>
#include <mutex>
#include <vector>

#include "gannet/cluster/data_waiter.h"
#include "gannet/cluster/producer_state.h"
#include "gannet/protocol/uuid.h"
#include "gannet/storage/log.h"
#include "gannet/storage/topic_partition.h"

namespace gannet::cluster {

class partition {
 public:
  using strand_type = boost::asio::strand<boost::asio::thread_pool::executor_type>;

  partition(storage::topic_partition tp, protocol::uuid topic_id, storage::log& log, strand_type strand);

  const storage::topic_partition& tp() const { return tp_; }
  const protocol::uuid& topic_id() const { return topic_id_; }
  strand_type strand() const { return strand_; }

  // On strand() only. After mark_deleted() the log is gone: callers check
  // deleted() before touching it.
  storage::log& log() { return log_; }
  bool deleted() const { return deleted_; }
  void mark_deleted() { deleted_ = true; }
  producer_state& producers() { return producers_; }
  // On strand() only, after anything changed the log: moves the high watermark
  // to the log end, refreshes the snapshots and wakes waiting fetches.
  void on_log_changed();

  // Thread-safe snapshots.
  std::int64_t high_watermark() const { return high_watermark_.load(std::memory_order_acquire); }
  std::int64_t log_start_offset() const { return log_start_offset_.load(std::memory_order_acquire); }
  std::int64_t log_end_offset() const { return log_end_offset_.load(std::memory_order_acquire); }
  std::int32_t leader_epoch() const { return 0; }

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
  storage::topic_partition tp_;
  protocol::uuid topic_id_;
  storage::log& log_;
  strand_type strand_;
  producer_state producers_;
  bool deleted_ = false;  // strand only
  std::atomic<std::int64_t> high_watermark_{0};
  std::atomic<std::int64_t> log_start_offset_{0};
  std::atomic<std::int64_t> log_end_offset_{0};
  std::mutex waiters_mutex_;
  std::vector<std::weak_ptr<data_waiter>> waiters_;
};

}  // namespace gannet::cluster
