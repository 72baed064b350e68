#pragma once
// Record batch v2 (magic 2): the header view, validation, and in-place rewrites
// the broker does on append. Layout: docs/record-batch-format.md (and the
// table in Kafka's protocol guide). All integers are big-endian.
//
// Contract shared by protocol (Produce validation), storage (append, recovery)
// and tools: a batch is never re-encoded by the broker; it is validated,
// then its base offset / leader epoch (not covered by the CRC) and, for
// LogAppendTime, max timestamp (covered: the CRC is recomputed) are rewritten.

#include <cstddef>
#include <cstdint>
#include <span>

#include "gannet/common/result.h"

namespace gannet::records {

// Byte positions of the header fields.
namespace field {
inline constexpr std::size_t base_offset = 0;
inline constexpr std::size_t batch_length = 8;
inline constexpr std::size_t partition_leader_epoch = 12;
inline constexpr std::size_t magic = 16;
inline constexpr std::size_t crc = 17;
inline constexpr std::size_t attributes = 21;  // the CRC covers attributes .. end
inline constexpr std::size_t last_offset_delta = 23;
inline constexpr std::size_t base_timestamp = 27;
inline constexpr std::size_t max_timestamp = 35;
inline constexpr std::size_t producer_id = 43;
inline constexpr std::size_t producer_epoch = 51;
inline constexpr std::size_t base_sequence = 53;
inline constexpr std::size_t records_count = 57;
}  // namespace field

inline constexpr std::size_t batch_header_size = 61;
// base_offset + batch_length: the bytes not counted by batch_length.
inline constexpr std::size_t log_overhead = 12;

enum class compression_type : std::uint8_t { none = 0, gzip = 1, snappy = 2, lz4 = 3, zstd = 4 };
enum class timestamp_type : std::uint8_t { create_time = 0, log_append_time = 1 };

namespace attribute {
inline constexpr std::int16_t compression_mask = 0x07;
inline constexpr std::int16_t timestamp_type = 0x08;
inline constexpr std::int16_t transactional = 0x10;
inline constexpr std::int16_t control = 0x20;
inline constexpr std::int16_t delete_horizon = 0x40;
}  // namespace attribute

// Errors of batch validation (std::error_code category "gannet.records").
enum class errc {
  truncated = 1,      // fewer bytes than the header or batch_length says
  invalid_length,     // batch_length too small for a header, or negative
  unsupported_magic,  // magic != 2
  crc_mismatch,       // stored CRC != CRC-32C of attributes..end
  invalid_record,     // a record inside does not parse (lengths, varints, count)
  unsupported_compression,
  decompression_failed,
  too_large,  // decompressed size over the caller's bound
};
const std::error_category& records_category() noexcept;
inline std::error_code make_error_code(errc e) noexcept { return {static_cast<int>(e), records_category()}; }

// A read-only view of a batch header. The bytes must outlive the view and hold
// at least batch_header_size bytes; nothing else is checked (see validate_batch).
class batch_view {
 public:
  explicit batch_view(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}

  std::int64_t base_offset() const;
  std::int32_t batch_length() const;
  std::int32_t partition_leader_epoch() const;
  std::int8_t magic() const;
  std::uint32_t crc() const;
  std::int16_t attributes() const;
  std::int32_t last_offset_delta() const;
  std::int64_t base_timestamp() const;
  std::int64_t max_timestamp() const;
  std::int64_t producer_id() const;
  std::int16_t producer_epoch() const;
  std::int32_t base_sequence() const;
  std::int32_t records_count() const;

  std::int64_t last_offset() const { return base_offset() + last_offset_delta(); }
  // Whole batch, header included: log_overhead + batch_length.
  std::size_t size_bytes() const { return log_overhead + static_cast<std::size_t>(batch_length()); }
  compression_type compression() const;
  timestamp_type timestamp_kind() const;
  bool is_transactional() const;
  bool is_control() const;
  // The batch's own bytes (size_bytes() of them, when validated).
  std::span<const std::uint8_t> bytes() const { return bytes_; }

 private:
  std::span<const std::uint8_t> bytes_;
};

// Validates the batch at the start of `bytes`: lengths, magic, CRC. Does not
// decompress or parse the records (see record_iterator / validate_records).
// On success the view covers exactly the batch (size_bytes()).
result<batch_view> validate_batch(std::span<const std::uint8_t> bytes);

// In-place rewrites on a validated batch.
void set_base_offset(std::span<std::uint8_t> batch, std::int64_t base_offset);
void set_partition_leader_epoch(std::span<std::uint8_t> batch, std::int32_t epoch);
// Sets the timestamp-type bit and max timestamp, and recomputes the CRC.
void set_log_append_time(std::span<std::uint8_t> batch, std::int64_t timestamp_ms);
// Recomputes and stores the CRC of attributes..end.
void update_crc(std::span<std::uint8_t> batch);

}  // namespace gannet::records

template <>
struct std::is_error_code_enum<gannet::records::errc> : std::true_type {};
