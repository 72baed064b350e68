#include "produce_validation.h"

#include <algorithm>
#include <optional>

#include "gannet/records/record_batch.h"
#include "gannet/records/record_scanner.h"

namespace gannet::broker {
namespace {

using protocol::error_code;
namespace field = records::field;

// Kafka's LegacyRecord.RECORD_OVERHEAD_V0: ByteBufferLogInputStream refuses a
// smaller size field before it looks at anything else.
constexpr std::int32_t min_size_field = 14;
// Bytes up to and including the magic (ByteBufferLogInputStream's HEADER_SIZE_UP_TO_MAGIC).
constexpr std::size_t header_up_to_magic = 17;

produce_check fail(error_code code, std::string message) {
  produce_check c;
  c.error = code;
  c.message = std::move(message);
  // ReplicaManager.appendToLocalLog answers these two exceptions with
  // UNKNOWN_LOG_APPEND_INFO (log start offset -1), every other one with the
  // partition's log start offset.
  c.before_log = code == error_code::corrupt_message || code == error_code::message_too_large;
  return c;
}

// Refused before the partition's log sees it (KafkaApis): Kafka answers no log start offset.
produce_check fail_request(error_code code, std::string message) {
  produce_check c = fail(code, std::move(message));
  c.before_log = true;
  return c;
}
produce_check fail_request(produce_check c) {
  c.before_log = true;
  return c;
}

std::int32_t load32(std::span<const std::uint8_t> b, std::size_t at) {
  return static_cast<std::int32_t>((std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) |
                                   (std::uint32_t{b[at + 2]} << 8) | std::uint32_t{b[at + 3]});
}

// One step of Kafka's MemoryRecords batch iteration: the size of the batch at
// `bytes` (log overhead included), nullopt when the bytes end inside it, or
// CORRUPT_MESSAGE for a size field under the minimum.
struct next_batch {
  std::optional<std::size_t> size;
  bool corrupt = false;
};
next_batch peek_batch(std::span<const std::uint8_t> bytes) {
  if (bytes.size() < records::log_overhead) return {};
  const std::int32_t length = load32(bytes, field::batch_length);
  if (length < min_size_field) return {std::nullopt, true};
  if (bytes.size() < header_up_to_magic) return {};
  const std::size_t size = records::log_overhead + static_cast<std::size_t>(length);
  if (bytes.size() < size) return {};
  return {size, false};
}

std::string record_errors_message(const std::vector<std::pair<std::int32_t, std::string>>& errors) {
  std::string shown;
  for (std::size_t i = 0; i < std::min<std::size_t>(errors.size(), 3); ++i) {
    if (i > 0) shown += ", ";
    shown += "RecordError(batchIndex=" + std::to_string(errors[i].first) + ", message='" + errors[i].second + "')";
  }
  return "One or more records have been rejected due to " + std::to_string(errors.size()) +
         " record errors in total, and only showing the first three errors at most: [" + shown + "]";
}

}  // namespace

produce_check validate_produce_records(std::span<const std::uint8_t> records, const storage::log_config& config,
                                       const timestamp_bounds& bounds, std::int64_t now_ms,
                                       std::string_view partition_name, std::int16_t api_version) {
  const std::string v = std::to_string(api_version);
  // 1. ProduceRequest.validateRecords.
  const next_batch first = peek_batch(records);
  if (first.corrupt) {
    return fail_request(error_code::corrupt_message, "Record size " +
                                                         std::to_string(load32(records, field::batch_length)) +
                                                         " is less than the minimum record overhead (14)");
  }
  if (!first.size) {
    return fail_request(error_code::invalid_record,
                        "Produce requests with version " + v + " must have at least one record batch per partition");
  }
  const auto bytes = records.first(*first.size);
  if (static_cast<std::int8_t>(bytes[field::magic]) != 2) {
    return fail_request(
        error_code::invalid_record,
        "Produce requests with version " + v + " are only allowed to contain record batches with magic version 2");
  }
  const std::size_t codec = bytes.size() > field::attributes + 1 ? (bytes[field::attributes + 1] & 0x07) : 0;
  // Kafka reads the codec here only for Produce v6 and older (the zstd rule);
  // an unknown one is then an IllegalArgumentException, UNKNOWN_SERVER_ERROR.
  const auto unknown_codec = [&] {
    return fail(error_code::unknown_server_error, "Unknown compression type id: " + std::to_string(codec));
  };
  if (api_version < 7 && codec > 4) return fail_request(unknown_codec());
  if (api_version < 7 && codec == static_cast<std::size_t>(records::compression_type::zstd)) {
    return fail_request(error_code::unsupported_compression_type,
                        "Produce requests with version " + v + " are not allowed to use ZStandard compression");
  }
  const next_batch second = peek_batch(records.subspan(bytes.size()));
  if (second.corrupt)
    return fail_request(error_code::corrupt_message, "Record size is less than the minimum record overhead");
  if (second.size) {
    return fail_request(
        error_code::invalid_record,
        "Produce requests with version " + v + " are only allowed to contain exactly one record batch per partition");
  }

  // 2. UnifiedLog.analyzeAndValidateRecords.
  if (bytes.size() >= records::batch_header_size) {
    const records::batch_view header(bytes);
    if (header.base_offset() != 0) {
      return fail(error_code::invalid_record, "The baseOffset of the record batch in the append to " +
                                                  std::string(partition_name) + " should be 0, but it is " +
                                                  std::to_string(header.base_offset()));
    }
  } else if (std::any_of(bytes.begin(), bytes.begin() + 8, [](std::uint8_t x) { return x != 0; })) {
    return fail(error_code::invalid_record, "The baseOffset of the record batch should be 0");
  }
  if (static_cast<std::int64_t>(bytes.size()) > config.max_message_bytes) {
    return fail(error_code::message_too_large, "The record batch size in the append to " + std::string(partition_name) +
                                                   " is " + std::to_string(bytes.size()) +
                                                   " bytes which exceeds the maximum configured value of " +
                                                   std::to_string(config.max_message_bytes) + ".");
  }
  auto batch = records::validate_batch(bytes);
  if (!batch) return fail(error_code::corrupt_message, "Record is corrupt: " + batch.error().message());
  const records::batch_view b = *batch;
  if (codec > 4) return unknown_codec();  // UnifiedLog reads it after the CRC

  // 3. LogValidator.validateBatch.
  const std::int64_t count_from_offsets = std::int64_t{b.last_offset_delta()} + 1;
  if (count_from_offsets <= 0) {
    return fail(error_code::invalid_record,
                "Batch has an invalid offset range: [0, " + std::to_string(b.last_offset_delta()) + "]");
  }
  if (b.records_count() <= 0) {
    return fail(error_code::invalid_record,
                "Invalid reported count for record batch: " + std::to_string(b.records_count()));
  }
  if (count_from_offsets != b.records_count()) {
    return fail(error_code::invalid_record, "Inconsistent batch offset range [0, " +
                                                std::to_string(b.last_offset_delta()) + "] and count of records " +
                                                std::to_string(b.records_count()));
  }
  if (b.is_control()) return fail(error_code::invalid_record, "Clients are not allowed to write control records");
  if (b.producer_id() >= 0 && b.base_sequence() < 0) {
    return fail(error_code::invalid_record, "Invalid sequence number " + std::to_string(b.base_sequence()) +
                                                " in record batch with producerId " + std::to_string(b.producer_id()));
  }

  // 4. The records, and the per-record rules (LogValidator.validateRecord).
  produce_check out;
  const bool check_times = config.timestamp_type == storage::message_timestamp_type::create_time;
  // A LogAppendTime batch's records all carry its max timestamp (DefaultRecord.readFrom).
  const bool batch_append_time = b.timestamp_kind() == records::timestamp_type::log_append_time;
  std::optional<std::int64_t> bad_timestamp;
  auto visit = [&](std::int32_t index, const records::scanned_record& r) {
    if (config.cleanup_compact && !r.has_key) {
      out.record_errors.emplace_back(
          index, "Compacted topic cannot accept message without key in topic partition " + std::string(partition_name));
    }
    if (!check_times || bad_timestamp) return;
    records::record_view view;
    view.timestamp_delta = r.timestamp_delta;
    const std::int64_t ts = batch_append_time ? b.max_timestamp() : records::record_timestamp(b.base_timestamp(), view);
    if (ts == -1) return;  // NO_TIMESTAMP is not checked
    // Kafka's recordHasInvalidTimestamp, in its long arithmetic.
    const auto diff = static_cast<std::int64_t>(static_cast<std::uint64_t>(now_ms) - static_cast<std::uint64_t>(ts));
    const auto neg = static_cast<std::int64_t>(std::uint64_t{0} - static_cast<std::uint64_t>(diff));
    if (diff > bounds.before_max_ms || neg > bounds.after_max_ms) bad_timestamp = ts;
  };
  auto scan = records::scan_records(b, visit);
  if (!scan) {
    if (scan.error() == records::errc::invalid_record) {
      return fail(error_code::invalid_record,
                  "Found invalid record structure in topic partition " + std::string(partition_name));
    }
    // Kafka's KafkaException("Failed to decompress record stream").
    return fail(error_code::unknown_server_error, "Failed to decompress record stream: " + scan.error().message());
  }
  if (!scan->consecutive_offsets && b.compression() != records::compression_type::none) {
    // Kafka re-encodes such a batch (LogValidator's in-place assignment is off)
    // and 3.9 then fails the append with UNKNOWN_SERVER_ERROR; Gannet never
    // re-encodes, so it answers the same without storing it.
    return fail(error_code::unknown_server_error, "Compressed records with non-consecutive offset deltas");
  }
  if (!out.record_errors.empty()) {
    out.error = error_code::invalid_record;
    out.message = record_errors_message(out.record_errors);
    return out;
  }
  if (bad_timestamp) {
    return fail(error_code::invalid_timestamp,
                "Timestamp " + std::to_string(*bad_timestamp) + " of message is out of range. The timestamp " +
                    "should be within [" + std::to_string(now_ms - bounds.before_max_ms) + ", " +
                    std::to_string(now_ms + bounds.after_max_ms) + "]");
  }
  out.producer_id = b.producer_id();
  out.producer_epoch = b.producer_epoch();
  out.base_sequence = b.base_sequence();
  out.last_offset_delta = b.last_offset_delta();
  out.transactional = b.is_transactional();
  out.valid_bytes = bytes.size();
  return out;
}

}  // namespace gannet::broker
