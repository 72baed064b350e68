#pragma once
// The records inside a batch v2 (docs/record-batch-format.md, "Records"),
// read lazily and without allocation: record_reader walks the records section
// of an uncompressed (or already decompressed) batch; read_records and
// validate_records first decompress a compressed batch into a buffer the
// caller owns, bounded by a size the caller gives.
//
// Views point into the batch (or the caller's buffer): they must not outlive it.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/records/record_batch.h"

namespace gannet::records {

// Bytes that may be null (a length of -1 on the wire), as Kafka's keys and values.
using nullable_bytes = std::optional<std::span<const std::uint8_t>>;

struct record_header {
  std::span<const std::uint8_t> key;  // UTF-8 on the wire; not checked here
  nullable_bytes value;
};

// Iterates the headers of a record already checked by record_reader.
class header_iterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = record_header;
  using difference_type = std::ptrdiff_t;
  using pointer = const record_header*;
  using reference = const record_header&;

  header_iterator() = default;
  header_iterator(const std::uint8_t* p, const std::uint8_t* end, std::int32_t remaining);

  reference operator*() const { return current_; }
  pointer operator->() const { return &current_; }
  header_iterator& operator++();
  header_iterator operator++(int) {
    auto copy = *this;
    ++*this;
    return copy;
  }
  bool operator==(const header_iterator& o) const { return remaining_ == o.remaining_; }

 private:
  void parse();

  const std::uint8_t* p_ = nullptr;
  const std::uint8_t* end_ = nullptr;
  std::int32_t remaining_ = 0;
  record_header current_{};
};

class header_range {
 public:
  header_range() = default;
  header_range(std::span<const std::uint8_t> bytes, std::int32_t count) : bytes_(bytes), count_(count) {}
  header_iterator begin() const { return {bytes_.data(), bytes_.data() + bytes_.size(), count_}; }
  header_iterator end() const { return {}; }
  std::int32_t size() const { return count_; }
  bool empty() const { return count_ == 0; }

 private:
  std::span<const std::uint8_t> bytes_;
  std::int32_t count_ = 0;
};

// One record, as on the wire. Absolute values: base_offset + offset_delta,
// base_timestamp + timestamp_delta (see record_timestamp).
struct record_view {
  std::int32_t length = 0;  // bytes after the length varint
  std::int8_t attributes = 0;
  std::int64_t timestamp_delta = 0;
  std::int32_t offset_delta = 0;
  nullable_bytes key;
  nullable_bytes value;
  header_range headers;
  std::span<const std::uint8_t> bytes;  // the whole record, length varint included
};

// base_timestamp + delta, wrapping like Kafka's long arithmetic instead of overflowing.
inline std::int64_t record_timestamp(std::int64_t base_timestamp, const record_view& r) {
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(base_timestamp) +
                                   static_cast<std::uint64_t>(r.timestamp_delta));
}

// Reads `count` records from a records section (the bytes after the batch
// header, decompressed if the batch is compressed). Each call to next() checks
// one record completely (its length covers exactly its fields, every varint and
// length is in bounds, header keys are not null), so iterating its headers
// cannot fail. Not thread-safe; cheap to copy.
class record_reader {
 public:
  record_reader(std::span<const std::uint8_t> records, std::int32_t count) : records_(records), remaining_(count) {}

  // The next record; std::nullopt after `count` records. errc::invalid_record
  // when a record does not parse, the count is negative, or bytes remain after
  // the last record.
  result<std::optional<record_view>> next();
  std::int32_t remaining() const { return remaining_; }

 private:
  std::span<const std::uint8_t> records_;
  std::int32_t remaining_;
};

// The records section of a validated batch: the bytes after the header when
// uncompressed, otherwise the decompressed bytes, written into `buffer`
// (resized; its capacity is reused). errc::too_large when decompression would
// produce more than max_decompressed_bytes; errc::unsupported_compression,
// errc::decompression_failed.
result<std::span<const std::uint8_t>> records_section(batch_view batch, std::vector<std::uint8_t>& buffer,
                                                      std::size_t max_decompressed_bytes);

// A reader over the records of a validated batch (see records_section).
result<record_reader> read_records(batch_view batch, std::vector<std::uint8_t>& buffer,
                                   std::size_t max_decompressed_bytes);

struct record_checks {
  // Produce rules (Kafka's LogValidator.validateBatch): at least one record,
  // last_offset_delta == records_count - 1, and record i has offset_delta i.
  // A broker that never re-encodes batches relies on this for offsets.
  bool consecutive_offsets = true;
};

// What validate_records learned, for the append path (time index, LogAppendTime).
struct records_summary {
  std::int32_t count = 0;
  std::int64_t max_timestamp = -1;  // largest record timestamp (-1 with no records)
  std::int32_t offset_delta_of_max_timestamp = 0;
  std::int64_t min_timestamp = -1;  // smallest record timestamp (deltas may be negative)
};

// Checks that every record of a validated batch parses and that there are
// exactly records_count of them (plus `checks`). Errors: errc::invalid_record,
// and those of records_section.
result<records_summary> validate_records(batch_view batch, std::vector<std::uint8_t>& buffer,
                                         std::size_t max_decompressed_bytes, record_checks checks = {});

}  // namespace gannet::records
