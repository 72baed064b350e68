#include "produce_validation.h"

#include <vector>

#include "gannet/records/record.h"
#include "gannet/records/record_batch.h"

namespace gannet::broker {
namespace {

using protocol::error_code;

// Decompressed records of one batch may not exceed this; a larger batch is
// refused as corrupt (it would be a decompression bomb or absurdly large).
constexpr std::size_t max_decompressed_bytes = 256u << 20;
// Keep the per-thread buffer's memory bounded after a large batch.
constexpr std::size_t kept_buffer_capacity = 16u << 20;

produce_check fail(error_code code, std::string message) {
  produce_check c;
  c.error = code;
  c.message = std::move(message);
  return c;
}

}  // namespace

// Kafka's LogValidator.validateKey: a compacted topic refuses records without
// a key, with one record error per such record and InvalidRecordException's
// summary as the error message.
produce_check check_keys(const records::batch_view& b, std::vector<std::uint8_t>& buffer,
                         std::string_view partition_name) {
  produce_check out;
  auto reader = records::read_records(b, buffer, max_decompressed_bytes);
  if (!reader) return out;  // validate_records accepted it; cannot happen
  for (std::int32_t index = 0;; ++index) {
    auto r = reader->next();
    if (!r || !*r) break;
    if (!(*r)->key) {
      out.record_errors.emplace_back(
          index, "Compacted topic cannot accept message without key in topic partition " + std::string(partition_name));
    }
  }
  if (out.record_errors.empty()) return out;
  std::string shown;
  for (std::size_t i = 0; i < std::min<std::size_t>(out.record_errors.size(), 3); ++i) {
    if (i > 0) shown += ", ";
    shown += "RecordError(batchIndex=" + std::to_string(out.record_errors[i].first) + ", message='" +
             out.record_errors[i].second + "')";
  }
  out.error = error_code::invalid_record;
  out.message = "One or more records have been rejected due to " + std::to_string(out.record_errors.size()) +
                " record errors in total, and only showing the first three errors at most: [" + shown + "]";
  return out;
}

produce_check validate_produce_records(std::span<const std::uint8_t> records, const storage::log_config& config,
                                       const timestamp_bounds& bounds, std::int64_t now_ms,
                                       std::string_view partition_name) {
  if (records.empty()) return fail(error_code::invalid_record, "Produce requests must contain a record batch");
  auto batch = records::validate_batch(records);
  if (!batch) {
    auto e = static_cast<records::errc>(batch.error().value());
    if (e == records::errc::unsupported_magic) {
      return fail(error_code::invalid_record,
                  "Produce requests with version 3 are only allowed to contain record batches with magic version 2");
    }
    return fail(error_code::corrupt_message, "Record batch is corrupt: " + batch.error().message());
  }
  const records::batch_view b = *batch;
  if (b.size_bytes() != records.size()) {
    return fail(error_code::invalid_record,
                "Produce requests with version 3 are only allowed to contain exactly one record batch");
  }
  if (static_cast<std::int64_t>(b.size_bytes()) > config.max_message_bytes) {
    return fail(error_code::message_too_large, "The record batch size " + std::to_string(b.size_bytes()) +
                                                   " exceeds the maximum allowed batch size " +
                                                   std::to_string(config.max_message_bytes));
  }
  if (b.is_control()) return fail(error_code::invalid_record, "Clients are not allowed to write control records");

  static thread_local std::vector<std::uint8_t> buffer;
  auto summary = records::validate_records(b, buffer, max_decompressed_bytes);
  if (summary && config.cleanup_compact) {
    if (auto keys = check_keys(b, buffer, partition_name); keys.error != error_code::none) {
      if (buffer.capacity() > kept_buffer_capacity) std::vector<std::uint8_t>().swap(buffer);
      return keys;
    }
  }
  if (buffer.capacity() > kept_buffer_capacity) std::vector<std::uint8_t>().swap(buffer);
  if (!summary) {
    auto e = static_cast<records::errc>(summary.error().value());
    if (e == records::errc::invalid_record) {
      return fail(error_code::invalid_record, "Found invalid record structure: " + summary.error().message());
    }
    return fail(error_code::corrupt_message, "Record batch is corrupt: " + summary.error().message());
  }
  if (config.timestamp_type == storage::message_timestamp_type::create_time && summary->count > 0) {
    // Kafka checks each record; the extremes of the records bound them all.
    std::int64_t low = summary->min_timestamp;
    std::int64_t high = summary->max_timestamp;
    bool too_old = bounds.before_max_ms < now_ms && low < now_ms - bounds.before_max_ms;
    bool too_new = bounds.after_max_ms < INT64_MAX - now_ms && high > now_ms + bounds.after_max_ms;
    if (too_old || too_new) {
      return fail(error_code::invalid_timestamp,
                  "Timestamp " + std::to_string(too_old ? low : high) + " of message is out of range. The timestamp " +
                      "should be within [" + std::to_string(now_ms - bounds.before_max_ms) + ", " +
                      std::to_string(now_ms + bounds.after_max_ms) + "]");
    }
  }
  produce_check ok;
  ok.producer_id = b.producer_id();
  ok.producer_epoch = b.producer_epoch();
  ok.base_sequence = b.base_sequence();
  ok.last_offset_delta = b.last_offset_delta();
  ok.transactional = b.is_transactional();
  return ok;
}

}  // namespace gannet::broker
