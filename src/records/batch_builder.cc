// Encodes record batches v2 (docs/record-batch-format.md).
#include "gannet/records/batch_builder.h"

#include <algorithm>
#include <limits>

#include "byte_order.h"
#include "gannet/records/compression.h"
#include "varint.h"

namespace gannet::records {
namespace {

using detail::write_varint;
using detail::write_varlong;

void write_nullable(std::vector<std::uint8_t>& out, const std::optional<std::string>& s) {
  if (!s) {
    write_varint(out, -1);
    return;
  }
  write_varint(out, static_cast<std::int32_t>(s->size()));
  out.insert(out.end(), s->begin(), s->end());
}

// One record: its body first, then the length varint in front of it.
void write_record(std::vector<std::uint8_t>& out, std::vector<std::uint8_t>& body, const record_data& r,
                  std::int64_t base_timestamp, std::int32_t offset_delta) {
  body.clear();
  body.push_back(0);  // attributes: unused
  write_varlong(body, static_cast<std::int64_t>(static_cast<std::uint64_t>(r.timestamp_ms) -
                                                static_cast<std::uint64_t>(base_timestamp)));
  write_varint(body, offset_delta);
  write_nullable(body, r.key);
  write_nullable(body, r.value);
  write_varint(body, static_cast<std::int32_t>(r.headers.size()));
  for (const auto& h : r.headers) {
    write_varint(body, static_cast<std::int32_t>(h.key.size()));
    body.insert(body.end(), h.key.begin(), h.key.end());
    write_nullable(body, h.value);
  }
  write_varint(out, static_cast<std::int32_t>(body.size()));
  out.insert(out.end(), body.begin(), body.end());
}

void put16(std::vector<std::uint8_t>& b, std::size_t at, std::int16_t v) {
  detail::store_be16(b.data() + at, static_cast<std::uint16_t>(v));
}
void put32(std::vector<std::uint8_t>& b, std::size_t at, std::int32_t v) {
  detail::store_be32(b.data() + at, static_cast<std::uint32_t>(v));
}
void put64(std::vector<std::uint8_t>& b, std::size_t at, std::int64_t v) {
  detail::store_be64(b.data() + at, static_cast<std::uint64_t>(v));
}

}  // namespace

record_data make_control_record(control_type type, std::int32_t coordinator_epoch, std::int64_t timestamp_ms) {
  // Key: version int16 (0), type int16. Value: version int16 (0), coordinator epoch int32.
  std::string key(4, '\0');
  key[3] = static_cast<char>(static_cast<std::int16_t>(type));
  std::string value(6, '\0');
  for (int i = 0; i < 4; ++i)
    value[2 + i] = static_cast<char>(static_cast<std::uint32_t>(coordinator_epoch) >> (24 - 8 * i));
  return record_data{.key = std::move(key), .value = std::move(value), .headers = {}, .timestamp_ms = timestamp_ms};
}

std::int32_t batch_builder::offset_delta(std::size_t i) const {
  if (i < offset_deltas_.size() && offset_deltas_[i]) return *offset_deltas_[i];
  return static_cast<std::int32_t>(i);
}

result<std::vector<std::uint8_t>> batch_builder::build() const {
  const std::int64_t base_timestamp =
      delete_horizon_ms_ ? *delete_horizon_ms_ : (records_.empty() ? -1 : records_.front().timestamp_ms);
  std::int64_t max_timestamp = -1;
  for (const auto& r : records_)
    max_timestamp = std::max(max_timestamp, r.timestamp_ms);
  if (max_timestamp_) max_timestamp = *max_timestamp_;

  std::vector<std::uint8_t> plain;
  std::vector<std::uint8_t> body;
  for (std::size_t i = 0; i < records_.size(); ++i)
    write_record(plain, body, records_[i], base_timestamp, offset_delta(i));

  std::vector<std::uint8_t> batch(batch_header_size);
  if (options_.compression == compression_type::none) {
    batch.insert(batch.end(), plain.begin(), plain.end());
  } else {
    std::vector<std::uint8_t> packed;
    if (auto r = compress(options_.compression, plain, packed); !r) return r.error();
    batch.insert(batch.end(), packed.begin(), packed.end());
  }
  if (batch.size() - log_overhead > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
    return make_error_code(errc::too_large);

  std::int16_t attributes = static_cast<std::int16_t>(options_.compression);
  if (options_.timestamps == timestamp_type::log_append_time) attributes |= attribute::timestamp_type;
  if (options_.transactional) attributes |= attribute::transactional;
  if (options_.control) attributes |= attribute::control;
  if (delete_horizon_ms_) attributes |= attribute::delete_horizon;

  const auto count = static_cast<std::int32_t>(records_.size());
  put64(batch, field::base_offset, options_.base_offset);
  put32(batch, field::batch_length, static_cast<std::int32_t>(batch.size() - log_overhead));
  put32(batch, field::partition_leader_epoch, options_.partition_leader_epoch);
  batch[field::magic] = 2;
  put16(batch, field::attributes, attributes);
  std::int32_t last_delta = count == 0 ? 0 : offset_delta(records_.size() - 1);
  put32(batch, field::last_offset_delta, last_offset_delta_.value_or(last_delta));
  put64(batch, field::base_timestamp, base_timestamp);
  put64(batch, field::max_timestamp, max_timestamp);
  put64(batch, field::producer_id, options_.producer_id);
  put16(batch, field::producer_epoch, options_.producer_epoch);
  put32(batch, field::base_sequence, options_.base_sequence);
  put32(batch, field::records_count, count);
  update_crc(batch);
  return batch;
}

}  // namespace gannet::records
