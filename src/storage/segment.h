#pragma once
// One segment of a partition log: `<base>.log` with its `.index` and
// `.timeindex` (names: 20-digit base offset; formats in docs/storage.md), as
// Kafka's LogSegment. The active (last) segment is appended to; older ones are
// read-only. Handles are opened lazily: a segment loaded at startup costs a
// few dozen bytes until it is read or appended to, and its log can close its
// handles again (close_handles) to bound open files and mappings.
//
// Owner: its log (one thread at a time). Not thread-safe. Lifecycle: create()
// (new, active) or existing() (found on disk, closed); seal() when it rolls;
// close_handles() any time; rename_to_deleted() + the deletion queue, or
// truncation, end it. file_slices handed out keep the .log descriptor alive.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "batch_scanner.h"
#include "gannet/common/file_slice.h"
#include "gannet/common/result.h"
#include "gannet/common/strong_type.h"
#include "gannet/storage/file.h"
#include "gannet/storage/log_config.h"
#include "offset_index.h"
#include "time_index.h"

namespace gannet::storage {

// "<20-digit offset>" + suffix, as Kafka's LogFileUtils.
std::string segment_file_name(offset base_offset, std::string_view suffix);

struct segment_read {
  file_slice slice;
  offset first_batch_offset;  // base offset of the first batch in the slice
  bool reached_max_position = false;
};

class segment {
 public:
  using batch_callback = std::function<void(const batch_header&, std::span<const std::uint8_t> header_bytes)>;

  // `suffix` is appended to the three file names (".cleaned": the cleaner's
  // output, renamed into place by change_suffix).
  static result<std::unique_ptr<segment>> create(file_system& fs, const std::filesystem::path& dir, offset base,
                                                 const log_config& config, std::int64_t now_ms,
                                                 std::string_view suffix = "");
  // A segment found on disk, `size` bytes long; nothing is opened yet.
  static std::unique_ptr<segment> existing(file_system& fs, const std::filesystem::path& dir, offset base,
                                           std::int64_t size, const log_config& config, std::int64_t now_ms);
  ~segment();

  offset base_offset() const { return base_offset_; }
  std::int64_t size() const { return size_; }
  // One past the last offset in this segment (base_offset when empty). Known
  // after create/recover/load_next_offset, and for segments followed by
  // another (set by the log from the next base offset).
  offset next_offset() const { return next_offset_; }
  void set_next_offset(offset o) { next_offset_ = o; }
  const std::filesystem::path& log_path() const { return log_path_; }
  bool has_open_handles() const { return log_file_ != nullptr || index_.is_open() || time_index_.is_open(); }
  void set_config(const log_config& c) { config_ = c; }

  // Reads the last batch offset from the index tail + a header scan (Kafka's readNextOffset).
  result<void> load_next_offset();
  // Whether an append of `bytes` ending at `last_offset` must go to a new segment.
  result<bool> should_roll(std::int64_t bytes, offset last_offset, std::int64_t now_ms);
  // Appends batches (already in final form) with one write; indexes updated
  // only after the write succeeded. On error nothing of this append remains.
  result<void> append(std::span<const std::uint8_t> bytes, std::span<const batch_header> batches);
  // The segment stops being active: final time index entry, indexes trimmed, fsync.
  result<void> seal();
  result<void> flush();
  void close_handles();

  // First batch with last_offset >= target, from the index's hint onwards.
  result<std::optional<batch_header>> find_batch(offset target);
  // Bytes from the batch holding `start` up to max_bytes (at least that whole
  // batch if min_one_batch) and never past max_position. nullopt: `start` is
  // past this segment.
  result<std::optional<segment_read>> read(offset start, std::int32_t max_bytes, std::int64_t max_position,
                                           bool min_one_batch);
  // Position where the batch holding `o` starts (size() if none does).
  result<std::int64_t> position_of(offset o);
  // First batch whose max timestamp >= ts, searching from the time index hint.
  result<std::optional<batch_header>> find_by_timestamp(std::int64_t ts, offset from);
  // Largest timestamp in the segment (time index tail, else file mtime), for retention.
  result<std::int64_t> largest_timestamp();
  // Walks batches from `from` (header only), stopping early at bytes that are not a batch.
  result<void> scan(offset from, const batch_callback& cb);

  // Validates every batch (structure, CRC, offsets increasing and in range),
  // rebuilds both indexes and truncates at the first invalid byte. Returns the
  // bytes truncated. `cb` sees every valid batch.
  result<std::int64_t> recover(const batch_callback& cb);
  // Removes the batches at and after the one holding `o`. Returns bytes removed.
  result<std::int64_t> truncate_to(offset o);

  result<void> rename_to_deleted();  // appends ".deleted" to the three files
  // Closes the handles and renames the three files from "<name><current
  // suffix>" to "<name><suffix>" (Kafka's changeFileSuffixes); missing index
  // files are skipped.
  result<void> change_suffix(std::string_view suffix);
  std::vector<std::filesystem::path> file_paths() const;

 private:
  segment(file_system& fs, const std::filesystem::path& dir, offset base, const log_config& config, std::int64_t now_ms,
          std::string_view suffix = "");
  result<void> open_log(bool writable);
  // Opens the indexes (rebuilding them from the log if they are inconsistent).
  result<void> open_indexes(bool writable);
  result<void> rebuild_indexes(bool writable);

  file_system& fs_;
  log_config config_;
  offset base_offset_;
  std::filesystem::path dir_;
  std::string suffix_;
  std::filesystem::path log_path_;
  std::int64_t size_ = 0;
  offset next_offset_;
  std::shared_ptr<file> log_file_;
  bool log_writable_ = false;
  offset_index index_;
  time_index time_index_;
  bool active_ = false;
  std::int64_t created_ms_ = 0;
  std::optional<std::int64_t> rolling_base_timestamp_;
  std::int64_t bytes_since_last_index_entry_ = 0;
  std::int64_t max_timestamp_so_far_ = -1;
  offset offset_of_max_timestamp_;
  bool max_timestamp_known_ = false;
  bool unsynced_ = false;  // appended or truncated since the last fsync of the .log
};

}  // namespace gannet::storage
