#pragma once
// The broker's logs: topic-partition -> log over one or more log dirs, the
// per-log-dir checkpoint files (recovery-point-offset-checkpoint,
// log-start-offset-checkpoint, replication-offset-checkpoint), the clean
// shutdown marker (.kafka_cleanshutdown), per-topic config overrides, and the
// retention / flush / deletion passes (Kafka's LogManager). Layout:
// docs/storage.md.
//
// Owner: the broker (server main). Executor: the storage pool. The partition
// map is guarded by a mutex, so get/create/remove may be called from any
// storage thread. Each log itself is single-threaded (see log.h): the periodic
// passes run_retention and flush_due call into every log, so run them where no
// other call on those logs can run at the same time, or use for_each_log to
// post per-log work onto each partition's strand. write_checkpoints may run on
// any thread at any time (it reads only what each log publishes atomically).
// Lifecycle: construct, startup() (loads and recovers every log), ...,
// shutdown() (flushes, checkpoints, writes the clean shutdown marker).

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/storage/deletion_queue.h"
#include "gannet/storage/file.h"
#include "gannet/storage/log.h"
#include "gannet/storage/log_config.h"
#include "gannet/storage/topic_partition.h"

namespace gannet::storage {

inline constexpr const char* clean_shutdown_file_name = ".kafka_cleanshutdown";

struct log_manager_config {
  std::vector<std::filesystem::path> log_dirs;                     // log.dirs
  log_config default_config;                                       // log.* defaults
  std::int64_t retention_check_interval_ms = 300000;               // log.retention.check.interval.ms
  std::int64_t flush_offset_checkpoint_interval_ms = 60000;        // log.flush.offset.checkpoint.interval.ms
  std::int64_t flush_start_offset_checkpoint_interval_ms = 60000;  // log.flush.start.offset.checkpoint.interval.ms
  int recovery_threads = 1;                                        // num.recovery.threads.per.data.dir
  file_system* fs = &file_system::posix();
  // Optional: a per-partition callback for each batch met during recovery.
  std::function<batch_header_callback(const topic_partition&)> recovery_hook;
};

class log_manager {
 public:
  explicit log_manager(log_manager_config config);
  ~log_manager();
  log_manager(const log_manager&) = delete;
  log_manager& operator=(const log_manager&) = delete;

  // Loads every partition directory found in the log dirs (recovering those
  // not cleanly shut down), deletes leftover "-delete" dirs, then removes the
  // clean shutdown markers.
  result<void> startup(std::int64_t now_ms);
  // Flushes and closes every log, writes the checkpoints and the markers.
  result<void> shutdown();

  log* get(const topic_partition& tp);
  // The partition's log, created (in the log dir with the fewest partitions)
  // when missing; `id` is written to partition.metadata.
  result<log*> get_or_create(const topic_partition& tp, std::int64_t now_ms,
                             const std::optional<std::array<std::uint8_t, 16>>& id = std::nullopt);
  // The topic id in the partition's partition.metadata: nullopt when the log
  // or the file is missing (a log of before topic ids) or it does not parse.
  // Any thread that may do file I/O.
  std::optional<std::array<std::uint8_t, 16>> topic_id_of(const topic_partition& tp) const;
  // Topic deletion: the log's directory is renamed "-delete" and removed after
  // file.delete.delay.ms. Callers must have stopped using the log.
  result<void> remove(const topic_partition& tp, std::int64_t now_ms);
  std::vector<topic_partition> partitions() const;
  std::size_t log_count() const;

  // Per-topic overrides (already merged with the defaults by the caller).
  void set_topic_config(const std::string& topic, const log_config& c);
  void clear_topic_config(const std::string& topic);
  log_config config_for(const std::string& topic) const;

  void for_each_log(const std::function<void(const topic_partition&, log&)>& fn);
  // Retention on every log plus deletion of files whose delay has passed.
  result<std::size_t> run_retention(std::int64_t now_ms);
  // flush.messages / flush.ms on every log.
  result<void> flush_due(std::int64_t now_ms);
  // Writes the three checkpoint files of every log dir. Thread-safe: reads each
  // log's published offsets and serialises writers.
  result<void> write_checkpoints();
  std::size_t delete_due(std::int64_t now_ms) { return deletions_.delete_due(now_ms); }
  // The log cleaner's first dirty offset of a compacted log, from
  // <log.dir>/cleaner-offset-checkpoint (Kafka's format); set after each clean,
  // which rewrites that log dir's file.
  std::optional<offset> cleaner_checkpoint(const topic_partition& tp) const;
  result<void> set_cleaner_checkpoint(const topic_partition& tp, offset o);
  deletion_queue& deletions() { return deletions_; }

 private:
  struct entry {
    std::unique_ptr<log> l;
    std::size_t dir_index = 0;
  };
  result<void> load_dir(std::size_t dir_index, std::int64_t now_ms);

  log_manager_config config_;
  deletion_queue deletions_;
  mutable std::mutex mutex_;
  std::mutex checkpoint_write_mutex_;  // one write_checkpoints at a time
  std::unordered_map<topic_partition, entry> logs_;
  std::map<std::string, log_config> topic_configs_;
  std::map<topic_partition, offset> loaded_high_watermarks_;
  std::map<topic_partition, offset> cleaner_checkpoints_;        // guarded by mutex_
  result<void> write_cleaner_checkpoint(std::size_t dir_index);  // mutex_ held
  bool started_ = false;
};

}  // namespace gannet::storage
