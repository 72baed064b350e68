#pragma once
// One partition's log: its segments (oldest first, the last one active), the
// log start and end offsets, the recovery point and the leader epoch history,
// in <log.dir>/<topic>-<partition>/ (Kafka's UnifiedLog + LocalLog + LogLoader;
// layout and recovery rules: docs/storage.md).
//
// Owner: log_manager. Executor: the partition's strand on the storage pool;
// every call may block on file I/O, so never call it from a network thread.
// Not thread-safe: one caller at a time, including retention and flush passes
// (checkpointed_offsets() excepted).
// Lifecycle: open() loads (recovering after an unclean shutdown); close() on
// clean shutdown flushes and trims; remove() deletes it for topic deletion.
// file_slices it returns stay valid (fd kept open) after the log or the
// segment is closed or deleted.

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "gannet/common/file_slice.h"
#include "gannet/common/result.h"
#include "gannet/common/strong_type.h"
#include "gannet/storage/deletion_queue.h"
#include "gannet/storage/file.h"
#include "gannet/storage/log_cleaner.h"
#include "gannet/storage/log_config.h"
#include "gannet/storage/topic_partition.h"

namespace gannet::storage {

class segment;
class leader_epoch_cache;

struct append_result {
  offset first_offset;
  offset last_offset;
  std::int64_t log_append_time_ms = -1;  // -1 unless the topic uses LogAppendTime
  offset log_start_offset;
  std::int32_t batch_count = 0;
  std::int64_t bytes = 0;
  // durable mode: the caller must flush() (once for many appends) before acking.
  bool needs_flush = false;
};

struct read_result {
  // In log order. All but the last end on a batch boundary; the last may end
  // inside a batch when max_bytes cut it (clients drop a partial tail batch,
  // as with Kafka).
  std::vector<file_slice> slices;
  std::int64_t bytes = 0;
  bool offset_out_of_range = false;
  offset first_batch_offset;  // base offset of the first batch returned (<= requested offset)
  offset log_start_offset;
  offset log_end_offset;
};

// What the log dir's checkpoint files record for a log.
struct checkpoint_offsets {
  offset recovery_point;
  offset log_start_offset;
  offset high_watermark;
};

struct offset_and_timestamp {
  offset off;
  std::int64_t timestamp = -1;
  std::optional<leader_epoch> epoch;
};

// Called for each valid batch met while recovering: `header` is the batch's
// 61-byte v2 header (records::batch_view can read it). The broker rebuilds
// producer state from these.
using batch_header_callback = std::function<void(std::span<const std::uint8_t> header)>;

struct log_open_options {
  log_config config;
  file_system* fs = &file_system::posix();
  deletion_queue* deletions = nullptr;  // null: segment files are removed at once
  offset recovery_point{0};             // from recovery-point-offset-checkpoint
  offset log_start_offset{0};           // from log-start-offset-checkpoint
  bool clean_shutdown = false;          // the log dir's .kafka_cleanshutdown existed
  std::int64_t now_ms = 0;
  batch_header_callback on_recovered_batch;
};

class log {
 public:
  // Loads (or creates) the log in `dir` (<log.dir>/<topic>-<partition>).
  static result<std::unique_ptr<log>> open(const std::filesystem::path& dir, topic_partition tp,
                                           log_open_options options);
  ~log();
  log(const log&) = delete;
  log& operator=(const log&) = delete;

  // Appends validated v2 batches (back to back, as in a Produce request):
  // assigns offsets from log_end_offset and `epoch` in place (and LogAppendTime
  // when configured), then writes the bytes as they are with one write. Rolls
  // first when segment.bytes / segment.ms / a full index say so. On error
  // (no_space, storage_error) nothing of the call is in the log.
  result<append_result> append(std::span<std::uint8_t> batches, leader_epoch epoch, std::int64_t now_ms);
  // Replication: batches keep their offsets and epochs; their base offset must
  // be >= log_end_offset.
  result<append_result> append_as_follower(std::span<std::uint8_t> batches, std::int64_t now_ms);

  // Up to max_bytes from the batch holding `start`, stopping before the batch
  // holding `upper_bound` (high watermark or last stable offset). With
  // min_one_batch the first batch is returned whole even if larger than
  // max_bytes. An offset outside [log_start, log_end] sets offset_out_of_range.
  result<read_result> read(offset start, std::int32_t max_bytes, offset upper_bound, bool min_one_batch);

  // ListOffsets by timestamp: the first batch whose max timestamp >= ts
  // (offset = its base offset, or log start if later); nullopt if none.
  result<std::optional<offset_and_timestamp>> find_offset_by_timestamp(std::int64_t ts);
  // ListOffsets MAX_TIMESTAMP (-3): the first batch holding the largest
  // timestamp (offset = its base offset; the record holding the timestamp is
  // found by reading the batch's records, as for find_offset_by_timestamp).
  result<std::optional<offset_and_timestamp>> max_timestamp_offset();
  // Batch headers from `from` on (e.g. to rebuild producer state).
  result<void> scan_batches(offset from, const batch_header_callback& cb);

  offset log_start_offset() const { return log_start_offset_; }
  offset log_end_offset() const { return log_end_offset_; }
  offset recovery_point() const { return recovery_point_; }
  offset high_watermark() const { return high_watermark_; }
  // The partition sets it; retention and DeleteRecords never pass it.
  void set_high_watermark(offset hw);
  // Thread-safe (the one call that is): the values above as last published by
  // the log's own thread, for log_manager::write_checkpoints, which runs on
  // another thread than the partitions' strands.
  checkpoint_offsets checkpointed_offsets() const;
  std::int64_t size_bytes() const;
  std::size_t segment_count() const { return segments_.size(); }
  std::vector<offset> segment_base_offsets() const;
  const topic_partition& tp() const { return tp_; }
  const std::filesystem::path& dir() const { return dir_; }
  const log_config& config() const { return config_; }
  void set_config(const log_config& c);

  // DeleteRecords: moves log_start_offset up to `new_start` (<= high
  // watermark, else offset_out_of_range) and deletes segments below it.
  result<offset> delete_records_before(offset new_start, std::int64_t now_ms);
  // Retention: deletes the oldest segments per retention.ms, retention.bytes and
  // log_start_offset, never at or above the high watermark. Returns how many.
  result<std::size_t> delete_old_segments(std::int64_t now_ms);

  // Compaction, step 1 (log_cleaner.h): the segments below the first
  // uncleanable offset (active segment, high watermark, min.compaction.lag.ms)
  // and the dirty ratio from `first_dirty` (the cleaner-offset-checkpoint; the
  // log start offset when out of range). Source files are opened only when
  // the plan is worth_cleaning().
  result<clean_plan> plan_clean(offset first_dirty, std::int64_t now_ms);
  // Compaction, step 3: swaps the cleaned segments in (crash-safe renames).
  // false, and the output discarded, when the log changed since the plan.
  result<bool> apply_clean(clean_output& out, std::int64_t now_ms);

  // fsyncs everything below `up_to` (default: all) and moves the recovery point.
  result<void> flush(std::optional<offset> up_to = std::nullopt);
  // flush.messages / flush.ms policy; call on a timer and after appends.
  result<bool> flush_if_due(std::int64_t now_ms);
  result<void> roll(std::int64_t now_ms);
  // Follower truncation: removes every offset >= `o`.
  result<void> truncate_to(offset o);
  // Empties the log and restarts it at `o` (a follower far behind the leader's start).
  result<void> truncate_fully_and_start_at(offset o, std::int64_t now_ms);

  // Called on the log's thread after each roll with the new segment's base
  // offset, before the append that caused it goes on: the broker writes its
  // producer-state snapshot there (storage/producer_snapshot.h).
  void set_roll_listener(std::function<void(offset)> fn) { roll_listener_ = std::move(fn); }

  // Closes idle segment handles (open files, mappings); reopened on demand.
  void release_handles();
  // Clean shutdown: flush, trim indexes, close files.
  result<void> close();
  // Topic deletion: closes the log and renames its directory to
  // "<topic>-<partition>.<id>-delete" for the deletion queue.
  result<void> remove(std::int64_t now_ms);

  std::optional<leader_epoch> latest_epoch() const;
  // A new leader's epoch starts at `start` (its log end) before any batch of
  // it is written (Kafka's maybeAssignEpochStartOffset), so OffsetForLeaderEpoch
  // and followers' truncation know it at once.
  result<void> assign_epoch_start_offset(leader_epoch epoch, offset start);
  // OffsetsForLeaderEpoch: (largest epoch <= requested, its end offset).
  std::pair<leader_epoch, offset> end_offset_for_epoch(leader_epoch requested) const;

 private:
  log(const std::filesystem::path& dir, topic_partition tp, log_open_options options);
  result<void> load();
  // Completes a cleaner swap interrupted by a crash: "<base>.log.swap" replaces
  // the segments it covers (Kafka's LogLoader). Before the directory scan.
  result<void> complete_swaps();
  segment& active() { return *segments_.rbegin()->second; }
  segment* floor_segment(offset o);
  result<void> roll_at(offset base, std::int64_t now_ms);
  result<append_result> append_impl(std::span<std::uint8_t> batches, std::optional<leader_epoch> epoch,
                                    std::int64_t now_ms);
  result<void> delete_segments(std::size_t count, std::int64_t now_ms);
  result<void> remove_segment_files(segment& s, std::int64_t now_ms);
  result<void> update_log_start_offset(offset o);
  void note_open(segment* s);
  // After any change of recovery_point_, log_start_offset_ or high_watermark_.
  void publish_checkpoint_offsets();
  result<offset> delete_records_impl(offset new_start, std::int64_t now_ms);

  std::filesystem::path dir_;
  topic_partition tp_;
  log_config config_;
  file_system& fs_;
  deletion_queue* deletions_;
  log_open_options options_;
  std::map<offset, std::unique_ptr<segment>> segments_;
  std::unique_ptr<leader_epoch_cache> epochs_;
  offset log_start_offset_{0};
  offset log_end_offset_{0};
  offset recovery_point_{0};
  offset high_watermark_{0};
  std::atomic<std::int64_t> published_recovery_point_{0};
  std::atomic<std::int64_t> published_log_start_offset_{0};
  std::atomic<std::int64_t> published_high_watermark_{0};
  std::int64_t unflushed_messages_ = 0;
  std::int64_t last_flush_ms_ = 0;
  std::vector<segment*> open_inactive_;  // LRU, most recent last
  std::function<void(offset)> roll_listener_;
  bool closed_ = false;
  // Bumped whenever segments below the active one change (retention,
  // truncation, a clean): a cleaning planned before is then discarded.
  std::uint64_t version_ = 0;
};

}  // namespace gannet::storage
