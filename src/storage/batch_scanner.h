#pragma once
// Walks the record batches of a segment file from a position, reading the file
// in large chunks (one pread per chunk, not per batch). Header checks are
// structural (length, magic, bounds); with `full` the whole batch is buffered so
// the caller can check its CRC (records::validate_batch).
//
// Owner: the caller's stack frame; borrows the file. Not thread-safe.

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/common/strong_type.h"
#include "gannet/storage/file.h"

namespace gannet::storage {

// What storage needs from a batch header (records::field layout).
struct batch_header {
  offset base_offset;
  offset last_offset;
  std::int32_t size = 0;  // whole batch: log_overhead + batch_length
  std::int32_t partition_leader_epoch = -1;
  std::int64_t max_timestamp = -1;
  std::int32_t records_count = 0;
  std::int64_t position = 0;  // in the segment file
};

// Parses and checks a header (at least records::batch_header_size bytes);
// nullopt if the length or magic cannot be a v2 batch.
std::optional<batch_header> parse_batch_header(std::span<const std::uint8_t> bytes, std::int64_t position);

class batch_scanner {
 public:
  batch_scanner(file& f, std::int64_t start, std::int64_t end, std::size_t chunk_bytes = 256 * 1024)
      : file_(f), position_(start), end_(end), chunk_bytes_(chunk_bytes) {}

  // The next batch's header, or nullopt at `end` or at bytes that are not a
  // batch (then stopped_early() is true). With `full`, batch_bytes() holds the
  // whole batch afterwards.
  result<std::optional<batch_header>> next(bool full = false);
  std::span<const std::uint8_t> batch_bytes() const { return last_batch_; }
  // The last header's records::batch_header_size bytes (valid until next()).
  std::span<const std::uint8_t> header_bytes() const { return last_header_; }
  bool stopped_early() const { return stopped_early_; }
  // Position after the last batch returned.
  std::int64_t position() const { return position_; }

 private:
  result<bool> fill(std::size_t need);

  file& file_;
  std::int64_t position_;
  std::int64_t end_;
  std::size_t chunk_bytes_;
  std::vector<std::uint8_t> buffer_;
  std::int64_t buffer_position_ = 0;  // file position of buffer_[0]
  std::span<const std::uint8_t> last_batch_;
  std::span<const std::uint8_t> last_header_;
  bool stopped_early_ = false;
};

}  // namespace gannet::storage
