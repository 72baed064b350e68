#pragma once
// Produce-time checks of one partition's records, before anything is written
// (Kafka's ProduceRequest.validateRecords and LogValidator): exactly one v2
// batch (Produce v3+), structure and CRC, size against max.message.bytes,
// every record parses with consecutive offset deltas (compressed batches are
// decompressed into a reused per-thread buffer for this), no control batches,
// timestamps within message.timestamp.{before,after}.max.ms for CreateTime.
//
// Stateless; any thread. The bytes are not modified.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gannet/protocol/error_code.h"
#include "gannet/storage/log_config.h"

namespace gannet::broker {

struct produce_check {
  protocol::error_code error = protocol::error_code::none;
  std::string message;  // for the response's error_message (v8+)
  std::int64_t producer_id = -1;
  std::int16_t producer_epoch = -1;
  std::int32_t base_sequence = -1;
  std::int32_t last_offset_delta = 0;
  bool transactional = false;
  // Per-record errors (Produce v8+ record_errors): index in the batch, message.
  std::vector<std::pair<std::int32_t, std::string>> record_errors;
};

struct timestamp_bounds {
  std::int64_t before_max_ms = INT64_MAX;  // message.timestamp.before.max.ms
  std::int64_t after_max_ms = INT64_MAX;   // message.timestamp.after.max.ms
};

// `partition_name` ("topic-partition") appears in record error messages.
produce_check validate_produce_records(std::span<const std::uint8_t> records, const storage::log_config& config,
                                       const timestamp_bounds& bounds, std::int64_t now_ms,
                                       std::string_view partition_name = {});

}  // namespace gannet::broker
