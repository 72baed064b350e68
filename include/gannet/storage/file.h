#pragma once
// The file seam: storage does its data-file I/O (segment .log files and the
// small metadata files) through `file`, created by a `file_system`. Production
// uses file_system::posix(); tests substitute a wrapper that injects ENOSPC/EIO
// or forgets unsynced bytes (tests/storage/fault_file_system.h), as leveldb's
// fault_injection_test does. Index files are mmap'ed and use the fd directly.
//
// Thread-safety: a file's positional calls may run concurrently (pread/pwrite);
// the log that owns it serialises writes. A file closes its fd on destruction;
// file_slice keepalives hold a shared_ptr<const file> so a segment deleted by
// retention stays readable until its bytes are on the wire.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>

#include "gannet/common/result.h"

namespace gannet::storage {

class file {
 public:
  virtual ~file() = default;
  // The descriptor for sendfile and mmap; valid for the file's lifetime.
  virtual int fd() const = 0;
  // Writes all of `bytes` at `position`, or fails (a partial write is reported
  // as the error that stopped it; the caller truncates back).
  virtual result<void> write_at(std::span<const std::uint8_t> bytes, std::int64_t position) = 0;
  // Reads up to bytes.size() at `position`; fewer only at end of file.
  virtual result<std::size_t> read_at(std::span<std::uint8_t> bytes, std::int64_t position) = 0;
  virtual result<void> sync() = 0;  // fdatasync
  virtual result<void> truncate(std::int64_t size) = 0;
  virtual result<void> allocate(std::int64_t position, std::int64_t length) = 0;  // fallocate, keep size
  virtual result<std::int64_t> size() const = 0;
};

enum class open_mode {
  read_only,
  read_write,  // existing file
  create,      // read-write, created if missing
};

class file_system {
 public:
  virtual ~file_system() = default;
  virtual result<std::shared_ptr<file>> open(const std::filesystem::path& path, open_mode mode) = 0;
  // The process-wide POSIX implementation (stateless, thread-safe).
  static file_system& posix();
  // False for test file systems whose sync() only simulates durability: then
  // the mmap'ed indexes and checkpoint files skip msync/fsync as well.
  virtual bool syncs_to_disk() const { return true; }
};

// fsyncs a directory so renames and creations in it are durable.
result<void> sync_directory(const std::filesystem::path& dir);
// The same, skipped when !fs.syncs_to_disk().
inline result<void> sync_directory(const file_system& fs, const std::filesystem::path& dir) {
  return fs.syncs_to_disk() ? sync_directory(dir) : result<void>{};
}

}  // namespace gannet::storage
