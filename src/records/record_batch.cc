// Record batch v2 header view, validation and rewrites (docs/record-batch-format.md).
#include "gannet/records/record_batch.h"

#include <string>

#include "byte_order.h"
#include "gannet/common/assert.h"
#include "gannet/records/crc32c.h"

namespace gannet::records {
namespace {

using detail::load_be16;
using detail::load_be32;
using detail::load_be64;

class category final : public std::error_category {
 public:
  const char* name() const noexcept override { return "gannet.records"; }
  std::string message(int ev) const override {
    switch (static_cast<errc>(ev)) {
      case errc::truncated:
        return "record batch truncated";
      case errc::invalid_length:
        return "invalid record batch length";
      case errc::unsupported_magic:
        return "unsupported record batch magic";
      case errc::crc_mismatch:
        return "record batch CRC mismatch";
      case errc::invalid_record:
        return "invalid record";
      case errc::unsupported_compression:
        return "unsupported compression type";
      case errc::decompression_failed:
        return "decompression failed";
      case errc::too_large:
        return "decompressed records exceed the size bound";
    }
    return "unknown gannet.records error";
  }
};

// CRC-32C of attributes..end of a batch of at least batch_header_size bytes.
std::uint32_t compute_crc(std::span<const std::uint8_t> batch) {
  return crc32c::value(batch.subspan(field::attributes));
}

}  // namespace

const std::error_category& records_category() noexcept {
  static const category c;
  return c;
}

std::int64_t batch_view::base_offset() const {
  return static_cast<std::int64_t>(load_be64(bytes_.data() + field::base_offset));
}
std::int32_t batch_view::batch_length() const {
  return static_cast<std::int32_t>(load_be32(bytes_.data() + field::batch_length));
}
std::int32_t batch_view::partition_leader_epoch() const {
  return static_cast<std::int32_t>(load_be32(bytes_.data() + field::partition_leader_epoch));
}
std::int8_t batch_view::magic() const { return static_cast<std::int8_t>(bytes_[field::magic]); }
std::uint32_t batch_view::crc() const { return load_be32(bytes_.data() + field::crc); }
std::int16_t batch_view::attributes() const {
  return static_cast<std::int16_t>(load_be16(bytes_.data() + field::attributes));
}
std::int32_t batch_view::last_offset_delta() const {
  return static_cast<std::int32_t>(load_be32(bytes_.data() + field::last_offset_delta));
}
std::int64_t batch_view::base_timestamp() const {
  return static_cast<std::int64_t>(load_be64(bytes_.data() + field::base_timestamp));
}
std::int64_t batch_view::max_timestamp() const {
  return static_cast<std::int64_t>(load_be64(bytes_.data() + field::max_timestamp));
}
std::int64_t batch_view::producer_id() const {
  return static_cast<std::int64_t>(load_be64(bytes_.data() + field::producer_id));
}
std::int16_t batch_view::producer_epoch() const {
  return static_cast<std::int16_t>(load_be16(bytes_.data() + field::producer_epoch));
}
std::int32_t batch_view::base_sequence() const {
  return static_cast<std::int32_t>(load_be32(bytes_.data() + field::base_sequence));
}
std::int32_t batch_view::records_count() const {
  return static_cast<std::int32_t>(load_be32(bytes_.data() + field::records_count));
}
compression_type batch_view::compression() const {
  return static_cast<compression_type>(attributes() & attribute::compression_mask);
}
timestamp_type batch_view::timestamp_kind() const {
  return (attributes() & attribute::timestamp_type) != 0 ? timestamp_type::log_append_time
                                                         : timestamp_type::create_time;
}
bool batch_view::is_transactional() const { return (attributes() & attribute::transactional) != 0; }
bool batch_view::is_control() const { return (attributes() & attribute::control) != 0; }

result<batch_view> validate_batch(std::span<const std::uint8_t> bytes) {
  if (bytes.size() < log_overhead) return make_error_code(errc::truncated);
  const auto length = static_cast<std::int32_t>(load_be32(bytes.data() + field::batch_length));
  // Check the length before comparing it with what we hold, so a garbage
  // length reads as corruption rather than as "wait for more bytes".
  if (length < static_cast<std::int32_t>(batch_header_size - log_overhead))
    return make_error_code(errc::invalid_length);
  const std::size_t total = log_overhead + static_cast<std::size_t>(length);
  if (bytes.size() < total) return make_error_code(errc::truncated);
  const auto batch = bytes.first(total);
  if (batch[field::magic] != 2) return make_error_code(errc::unsupported_magic);
  if (load_be32(batch.data() + field::crc) != compute_crc(batch)) return make_error_code(errc::crc_mismatch);
  return batch_view(batch);
}

void set_base_offset(std::span<std::uint8_t> batch, std::int64_t base_offset) {
  detail::store_be64(batch.data() + field::base_offset, static_cast<std::uint64_t>(base_offset));
}

void set_partition_leader_epoch(std::span<std::uint8_t> batch, std::int32_t epoch) {
  detail::store_be32(batch.data() + field::partition_leader_epoch, static_cast<std::uint32_t>(epoch));
}

void set_log_append_time(std::span<std::uint8_t> batch, std::int64_t timestamp_ms) {
  const auto attrs = static_cast<std::uint16_t>(load_be16(batch.data() + field::attributes) |
                                                static_cast<std::uint16_t>(attribute::timestamp_type));
  detail::store_be16(batch.data() + field::attributes, attrs);
  detail::store_be64(batch.data() + field::max_timestamp, static_cast<std::uint64_t>(timestamp_ms));
  update_crc(batch);
}

void update_crc(std::span<std::uint8_t> batch) {
  // The span may run past the batch (e.g. a segment's buffer); cover the batch only.
  const batch_view view(batch);
  GANNET_ASSERT(batch.size() >= batch_header_size && view.size_bytes() <= batch.size());
  detail::store_be32(batch.data() + field::crc, compute_crc(batch.first(view.size_bytes())));
}

}  // namespace gannet::records
