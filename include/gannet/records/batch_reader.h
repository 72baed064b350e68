#pragma once
// Walks the record batches laid back to back in a byte range: a Produce
// request's `records` field, a Fetch response, or a slice of a segment file.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

#include "gannet/common/result.h"
#include "gannet/records/record_batch.h"

namespace gannet::records {

// Validates each batch (validate_batch) as it steps over it. Views point into
// the bytes, which must outlive them. Not thread-safe; cheap to copy.
class batch_reader {
 public:
  explicit batch_reader(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}

  // The next batch, std::nullopt after the last one. On an error the reader
  // stays where it is: position() is then the length of the valid prefix
  // (errc::truncated there means the bytes end inside a batch, as the tail of
  // a Fetch response or of a segment torn by a crash).
  result<std::optional<batch_view>> next() {
    if (position_ == bytes_.size()) return std::optional<batch_view>{};
    auto batch = validate_batch(bytes_.subspan(position_));
    if (!batch) return batch.error();
    position_ += batch->size_bytes();
    return std::optional<batch_view>{*batch};
  }

  std::size_t position() const { return position_; }

 private:
  std::span<const std::uint8_t> bytes_;
  std::size_t position_ = 0;
};

}  // namespace gannet::records
