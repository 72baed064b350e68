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
  // With an explicit offset delta (default: the record's index). The log
  // cleaner keeps the original deltas of the records it retains (offset gaps).
  batch_builder& add(record_data record, std::int32_t offset_delta) {
    offset_deltas_.resize(records_.size());
    for (std::size_t i = 0; i < offset_deltas_.size(); ++i)
      if (!offset_deltas_[i]) offset_deltas_[i] = static_cast<std::int32_t>(i);
    offset_deltas_.push_back(offset_delta);
    records_.push_back(std::move(record));
    return *this;
  }
  std::size_t size() const { return records_.size(); }

  // For the log cleaner's rewrite of a batch (Kafka's MemoryRecordsBuilder as
  // used by MemoryRecords.filterTo): keep the original last offset delta (the
  // producer's last sequence stays derivable), the original max timestamp
  // (LogAppendTime), and set the delete horizon (KIP-534: attribute bit 6; the
  // base timestamp field then holds the horizon, record deltas are relative to it).
  batch_builder& keep_last_offset_delta(std::int32_t delta) {
    last_offset_delta_ = delta;
    return *this;
  }
  batch_builder& keep_max_timestamp(std::int64_t ts) {
    max_timestamp_ = ts;
    return *this;
  }
  batch_builder& set_delete_horizon(std::int64_t horizon_ms) {
    delete_horizon_ms_ = horizon_ms;
    return *this;
  }

  // The encoded batch. Fails only when compression fails.
  result<std::vector<std::uint8_t>> build() const;

 private:
  std::int32_t offset_delta(std::size_t i) const;

  batch_options options_;
  std::vector<record_data> records_;
  std::vector<std::optional<std::int32_t>> offset_deltas_;  // empty unless add(record, delta) was used
  std::optional<std::int32_t> last_offset_delta_;
  std::optional<std::int64_t> max_timestamp_;
  std::optional<std::int64_t> delete_horizon_ms_;
};

}  // namespace gannet::records
