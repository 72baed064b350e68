#pragma once
// Validation of every record of a batch in one streaming pass, as Kafka's
// LogValidator reads them (DefaultRecord.readFrom): a compressed batch is
// decompressed through a window of scan_window_bytes, keys, values and header
// values are skipped without being held, so memory does not depend on what
// the batch expands to. Strict as the reading a consumer does: each record's
// length covers exactly its fields, key and header lengths within it, header
// keys not null, header count not negative, exactly records_count records and
// nothing after them. Negative key and value lengths read as null, as Kafka's.
//
// Stateless functions; any thread. The batch bytes must outlive the call.

#include <cstddef>
#include <cstdint>
#include <functional>

#include "gannet/common/result.h"
#include "gannet/records/record.h"
#include "gannet/records/record_batch.h"

namespace gannet::records {

inline constexpr std::size_t scan_window_bytes = 64 * 1024;

// What a visitor sees of one record (the key's bytes are not kept).
struct scanned_record {
  std::int8_t attributes = 0;
  std::int64_t timestamp_delta = 0;
  std::int32_t offset_delta = 0;
  bool has_key = false;
};

struct scan_summary {
  records_summary records;
  bool consecutive_offsets = true;  // record i has offset_delta i
};

using record_visitor = std::function<void(std::int32_t index, const scanned_record&)>;

// Errors: errc::invalid_record (a record does not parse, too few or too many
// records, a negative count), errc::decompression_failed (the compressed bytes
// are malformed or truncated), errc::unsupported_compression.
result<scan_summary> scan_records(batch_view batch, const record_visitor& visit = {});

}  // namespace gannet::records
