#pragma once
// A segment's sparse offset index (`<base>.index`), as Kafka's OffsetIndex:
// 8-byte entries, 4-byte offset relative to the segment's base offset + 4-byte
// position in the .log file, both big-endian, strictly increasing. An entry
// (o, p) says: the batch starting at byte p ends at offset o, so every offset
// > o starts at or after p. Lookups return the largest entry <= target; the
// segment then scans batch headers forward. The index is a hint: it is never
// checksummed; a missing or inconsistent index is rebuilt from the log.
//
// Owner: its segment. Not thread-safe. Lifecycle: constructed closed; open()
// maps it (read-write, preallocated, for the active segment; read-only at its
// trimmed size otherwise); trim_and_close() on roll and on close.

#include <cstddef>
#include <cstdint>
#include <filesystem>

#include "gannet/common/result.h"
#include "gannet/common/strong_type.h"
#include "index_file.h"

namespace gannet::storage {

struct offset_position {
  offset off;
  std::int64_t position = 0;
};

class offset_index {
 public:
  static constexpr std::size_t entry_size = 8;

  offset_index(std::filesystem::path path, offset base_offset, std::size_t max_index_bytes)
      : path_(std::move(path)), base_offset_(base_offset), max_index_bytes_(max_index_bytes) {}

  // Maps the file and checks its entries against the segment's log size.
  // corrupt_log if an entry is out of order or points past the log: the
  // caller rebuilds. A writable index ends at its first all-zero entry after
  // the first one (the preallocated tail).
  result<void> open(bool writable, std::int64_t log_size);
  bool is_open() const { return file_.is_open(); }
  void set_sync(bool sync) { file_.set_sync(sync); }
  bool writable() const { return file_.writable(); }
  void close() { file_.close(); }
  result<void> trim_and_close(bool sync = true) { return file_.trim_and_close(entries_ * entry_size, sync); }
  result<void> flush() { return file_.flush(entries_ * entry_size); }
  // Deletes the file's content (before a rebuild); the index must be closed.
  result<void> remove_file();

  offset_position lookup(offset target) const;
  // Backs the next `count` entries with disk blocks (see index_file::reserve).
  result<void> reserve(std::size_t count) { return file_.reserve((entries_ + count) * entry_size); }
  bool is_full() const { return entries_ >= file_.capacity_entries(); }
  // Appends (o, p); o and p must be above the last entry's. Ignored when full.
  void append(offset last_offset, std::int64_t position);
  // Drops the entries whose position is >= `position`.
  void truncate_to_position(std::int64_t position);
  void reset() { entries_ = 0; }

  std::size_t entries() const { return entries_; }
  std::size_t max_entries() const { return max_index_bytes_ / entry_size; }
  offset_position entry(std::size_t i) const;
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
