#pragma once
// Log compaction (cleanup.policy=compact), as Kafka's LogCleaner: keeps only
// the latest record of each key in the segments below the active one. Rules
// and file protocol: docs/storage.md, "Compaction".
//
// One cleaning of one log runs in three steps so the partition's strand is
// held only for cheap work:
//   1. log::plan_clean (on the strand): which segments, dirty ratio, open
//      descriptors of the source segments;
//   2. clean_log (anywhere, e.g. a cleaner thread of the storage pool): builds
//      the key -> latest offset map over the dirty section, then writes each
//      group of source segments into one new "<base>.log.cleaned" segment
//      (indexes included, fsynced). It reads the source files through the
//      plan's descriptors and never touches the log object;
//   3. log::apply_clean (on the strand): swaps the cleaned segments in with
//      renames (.cleaned -> .swap, old segments -> .deleted, .swap -> final),
//      unless the log changed underneath (retention, truncation), in which
//      case the output is discarded.
// Old segment files go through the deletion queue (file.delete.delay.ms) and
// Fetch slices keep their descriptors, so a read in flight stays valid.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/common/strong_type.h"
#include "gannet/storage/file.h"
#include "gannet/storage/log_config.h"

namespace gannet::storage {

class segment;
class offset_map;

// Broker-wide cleaner settings (log.cleaner.*), Kafka's defaults.
struct cleaner_config {
  bool enable = true;                           // log.cleaner.enable
  int threads = 1;                              // log.cleaner.threads
  std::int64_t backoff_ms = 15000;              // log.cleaner.backoff.ms
  std::int64_t dedupe_buffer_size = 134217728;  // log.cleaner.dedupe.buffer.size (split over the threads)
  double io_buffer_load_factor = 0.9;           // log.cleaner.io.buffer.load.factor (offset map fill)
};

struct clean_plan {
  struct source {
    offset base;
    offset next;  // the next segment's base offset
    std::int64_t size = 0;
    std::int64_t index_bytes = 0;
    std::int64_t time_index_bytes = 0;
    std::shared_ptr<file> log_file;  // opened at plan time: renames cannot pull it away
  };
  std::filesystem::path dir;
  file_system* fs = nullptr;
  log_config config;
  offset first_dirty;
  offset first_uncleanable;  // a segment boundary; nothing at or above it is touched
  std::int64_t clean_bytes = 0;
  std::int64_t cleanable_bytes = 0;
  bool compaction_due = false;   // max.compaction.lag.ms passed for a dirty segment
  std::vector<source> segments;  // log start .. first_uncleanable, oldest first
  // Last offsets of the batches holding each active idempotent producer's last
  // sequence: kept (empty if all their records go) so producer state survives.
  std::set<std::int64_t> retain_batches_ending_at;
  std::uint64_t log_version = 0;

  double cleanable_ratio() const {
    std::int64_t total = clean_bytes + cleanable_bytes;
    return total == 0 ? 0.0 : static_cast<double>(cleanable_bytes) / static_cast<double>(total);
  }
  // Kafka's grabFilthiestCompactedLog condition.
  bool worth_cleaning() const {
    return (compaction_due && cleanable_bytes > 0) || cleanable_ratio() > config.min_cleanable_dirty_ratio;
  }
};

struct clean_stats {
  std::int64_t records_read = 0;
  std::int64_t records_retained = 0;
  std::int64_t bytes_read = 0;
  std::int64_t bytes_written = 0;
  std::int64_t keyless_records_dropped = 0;
};

// What clean_log produced: cleaned segments (still "<base>.*.cleaned") and the
// source segments each one replaces.
class clean_output {
 public:
  clean_output();
  ~clean_output();
  clean_output(clean_output&&) noexcept;
  clean_output& operator=(clean_output&&) noexcept;

  struct group {
    std::vector<offset> replaced;  // base offsets of the source segments
    std::unique_ptr<segment> cleaned;
  };
  std::vector<group> groups;
  offset end_offset;  // the next cleaning's first dirty offset (cleaner-offset-checkpoint)
  std::uint64_t log_version = 0;
  clean_stats stats;

  // Removes the .cleaned files (an aborted clean).
  void discard();
};

// Step 2. `map` is cleared and reused. Errors leave no .cleaned file behind.
result<clean_output> clean_log(const clean_plan& plan, offset_map& map, double map_load_factor, std::int64_t now_ms);

}  // namespace gannet::storage
