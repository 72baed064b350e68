#pragma once
// A segment's sparse time index (`<base>.timeindex`), as Kafka's TimeIndex:
// 12-byte entries, 8-byte timestamp + 4-byte offset relative to the segment's
// base offset, big-endian. An entry (t, o): every record up to offset o has a
// timestamp <= t, and t is the largest timestamp seen so far. Timestamps are
// strictly increasing, offsets non-decreasing. One slot is kept free for the
// entry written when the segment rolls (the segment's max timestamp), so the
// last entry of a rolled segment gives its largest timestamp.
//
// Owner: its segment. Not thread-safe. Lifecycle: as offset_index.

#include <cstddef>
#include <cstdint>
#include <filesystem>

#include "gannet/common/result.h"
#include "gannet/common/strong_type.h"
#include "index_file.h"

namespace gannet::storage {

struct timestamp_offset {
  std::int64_t timestamp = -1;
  offset off;
};

class time_index {
 public:
  static constexpr std::size_t entry_size = 12;

  time_index(std::filesystem::path path, offset base_offset, std::size_t max_index_bytes)
      : path_(std::move(path)), base_offset_(base_offset), max_index_bytes_(max_index_bytes) {}

  // As offset_index::open; `next_offset` bounds the entries' offsets.
  result<void> open(bool writable, offset next_offset);
  bool is_open() const { return file_.is_open(); }
  void set_sync(bool sync) { file_.set_sync(sync); }
  bool writable() const { return file_.writable(); }
  void close() { file_.close(); }
  result<void> trim_and_close(bool sync = true) { return file_.trim_and_close(entries_ * entry_size, sync); }
  result<void> flush() { return file_.flush(entries_ * entry_size); }
  result<void> remove_file();

  // Largest entry with timestamp <= target, or {-1, base_offset} if none.
  timestamp_offset lookup(std::int64_t target) const;
  result<void> reserve(std::size_t count) { return file_.reserve((entries_ + count) * entry_size); }
  // Full while one slot is left: that one is for the roll entry.
  bool is_full() const { return entries_ + 1 >= file_.capacity_entries(); }
  // Appends when timestamp is above the last entry's (Kafka's maybeAppend).
  void maybe_append(std::int64_t timestamp, offset off, bool skip_full_check = false);
  // Drops entries whose offset is >= next_offset.
  void truncate_to(offset next_offset);
  void reset() { entries_ = 0; }

  std::size_t entries() const { return entries_; }
  timestamp_offset entry(std::size_t i) const;
  timestamp_offset last_entry() const {
    return entries_ == 0 ? timestamp_offset{-1, base_offset_} : entry(entries_ - 1);
  }
  const std::filesystem::path& path() const { return path_; }
  void set_path(std::filesystem::path p) { path_ = std::move(p); }

 private:
  std::filesystem::path path_;
  offset base_offset_;
  std::size_t max_index_bytes_;
  index_file file_;
  std::size_t entries_ = 0;
};

}  // namespace gannet::storage
