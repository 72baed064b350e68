#pragma once
// An mmap'ed, fixed-entry-size index file (the storage shared by offset_index
// and time_index, as Kafka's AbstractIndex). Writable indexes (the active
// segment's) are preallocated to max_bytes with ftruncate (sparse: pages cost
// disk and RAM only when touched) and mapped read-write; before entries are
// written into a new page the page is fallocate'd, so a full disk is an error
// value (no_space) and never a SIGBUS. Read-only indexes (old segments) are
// mapped at their trimmed size. Formats: docs/storage.md.
//
// Owner: its offset_index / time_index (owned by a segment, used via its log on
// one thread at a time). Not thread-safe. Unmaps and closes on destruction.

#include <cstddef>
#include <cstdint>
#include <filesystem>

#include "gannet/common/result.h"

namespace gannet::storage {

class index_file {
 public:
  index_file() = default;
  index_file(const index_file&) = delete;
  index_file& operator=(const index_file&) = delete;
  index_file(index_file&& o) noexcept;
  index_file& operator=(index_file&& o) noexcept;
  ~index_file();

  // Opens (creating if missing) `path`. `writable`: resizes the file to
  // max_bytes (rounded down to entry_size) and maps it read-write; otherwise
  // maps the existing length read-only. `file_bytes_before` receives the file's
  // length before any resize (so callers can tell a preallocated tail).
  result<void> open(const std::filesystem::path& path, std::size_t entry_size, std::size_t max_bytes, bool writable,
                    std::size_t* file_bytes_before = nullptr);
  bool is_open() const { return fd_ >= 0; }
  bool writable() const { return writable_; }
  void close();

  const std::uint8_t* data() const { return data_; }
  std::uint8_t* data() { return data_; }
  std::size_t mapped_bytes() const { return mapped_bytes_; }
  std::size_t capacity_entries() const { return mapped_bytes_ / entry_size_; }

  // Makes sure the disk blocks behind bytes [0, end) exist before the mapping is
  // written there (fallocate per page); no_space if the disk is full.
  result<void> reserve(std::size_t end);
  // msync of the first `used` bytes.
  result<void> flush(std::size_t used);
  // Tests with a simulated file system turn msync/fdatasync off.
  void set_sync(bool sync) { sync_ = sync; }
  // Unmaps, truncates the file to `used` bytes, closes. Reopen read-only later.
  result<void> trim_and_close(std::size_t used, bool sync = true);

 private:
  int fd_ = -1;
  std::uint8_t* data_ = nullptr;
  std::size_t mapped_bytes_ = 0;
  std::size_t entry_size_ = 1;
  std::size_t reserved_ = 0;
  bool writable_ = false;
  bool sync_ = true;
};

}  // namespace gannet::storage
