#pragma once
// Builds record batches v2 from records, for tools and tests (the broker itself
// never re-encodes a batch it received). Produces what Kafka's Java
// MemoryRecordsBuilder produces: offset deltas 0..n-1, base timestamp = the
// first record's, max timestamp = the largest, CRC-32C over attributes..end.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/records/record_batch.h"

namespace gannet::records {

// Keys and values are bytes; std::string is only their container.
struct header_data {
  std::string key;
  std::optional<std::string> value;
};

struct record_data {
  std::optional<std::string> key;
  std::optional<std::string> value;
  std::vector<header_data> headers;
  std::int64_t timestamp_ms = 0;
};

struct batch_options {
  compression_type compression = compression_type::none;
  std::int64_t base_offset = 0;
  std::int32_t partition_leader_epoch = -1;
  std::int64_t producer_id = -1;  // -1: not idempotent
  std::int16_t producer_epoch = -1;
  std::int32_t base_sequence = -1;
  bool transactional = false;
  bool control = false;
  timestamp_type timestamps = timestamp_type::create_time;
};

// Control records end a transaction (control batches hold exactly one).
enum class control_type : std::int16_t { abort = 0, commit = 1 };
record_data make_control_record(control_type type, std::int32_t coordinator_epoch, std::int64_t timestamp_ms);

// Collects records, then encodes them as one batch. Not thread-safe.
class batch_builder {
 public:
  explicit batch_builder(batch_options options = {}) : options_(options) {}

  batch_builder& add(record_data record) {
    records_.push_back(std::move(record));
    return *this;
  }
  std::size_t size() const { return records_.size(); }

  // The encoded batch. Fails only when compression fails.
  result<std::vector<std::uint8_t>> build() const;

 private:
  batch_options options_;
  std::vector<record_data> records_;
};

}  // namespace gannet::records
