#pragma once
// Produce-time checks of one partition's records, before anything is written,
// in the order Kafka 3.9 makes them, with its error codes:
//  1. ProduceRequest.validateRecords: the batches as MemoryRecords iterates
//     them (a partial batch at the end is not a batch; a size field under 14
//     is CORRUPT_MESSAGE), at least one, the first of magic 2, zstd only from
//     Produce v7, exactly one (INVALID_RECORD otherwise).
//  2. UnifiedLog.analyzeAndValidateRecords: base offset 0, size within
//     max.message.bytes (MESSAGE_TOO_LARGE), CRC (CORRUPT_MESSAGE).
//  3. LogValidator.validateBatch: offsets and count consistent, no control
//     batch, a producer id comes with a sequence >= 0 (INVALID_RECORD).
//  4. every record read (records::scan_records, streaming through a bounded
//     window for compressed batches): INVALID_RECORD when one does not parse,
//     UNKNOWN_SERVER_ERROR when the compressed bytes do not decompress (Kafka's
//     IOException), per-record key (compacted) and timestamp rules.
// `valid_bytes` is what is appended: the batch without a partial tail, which
// Kafka drops too (UnifiedLog.trimInvalidBytes).
//
// Stateless; any thread. The bytes are not modified.

#include <cstddef>
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
  // The answer carries log start offset -1 instead of the partition's: an
  // error found before the log sees the batch (step 1), or one Kafka's
  // ReplicaManager reports without it (CORRUPT_MESSAGE, MESSAGE_TOO_LARGE).
  bool before_log = false;
  std::size_t valid_bytes = 0;  // the one batch, without a partial batch after it
  // Per-record errors (Produce v8+ record_errors): index in the batch, message.
  std::vector<std::pair<std::int32_t, std::string>> record_errors;
};

struct timestamp_bounds {
  std::int64_t before_max_ms = INT64_MAX;  // message.timestamp.before.max.ms
  std::int64_t after_max_ms = INT64_MAX;   // message.timestamp.after.max.ms
};

// `partition_name` ("topic-partition") appears in record error messages;
// `api_version` is the Produce request's (zstd needs v7+).
produce_check validate_produce_records(std::span<const std::uint8_t> records, const storage::log_config& config,
                                       const timestamp_bounds& bounds, std::int64_t now_ms,
                                       std::string_view partition_name = {}, std::int16_t api_version = 9);

}  // namespace gannet::broker
