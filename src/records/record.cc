// Lazy, allocation-free reading of batch v2 records (docs/record-batch-format.md, "Records").
#include "gannet/records/record.h"

#include "gannet/records/compression.h"
#include "varint.h"

namespace gannet::records {
namespace {

using detail::read_varint;
using detail::read_varlong;

std::error_code invalid() { return make_error_code(errc::invalid_record); }

// Reads a length-prefixed byte string (-1 = null when nullable) from [p, end).
bool read_bytes(const std::uint8_t*& p, const std::uint8_t* end, bool nullable, nullable_bytes& out) {
  auto len = read_varint(p, end);
  if (!len) return false;
  if (*len == -1 && nullable) {
    out = std::nullopt;
    return true;
  }
  if (*len < 0 || static_cast<std::size_t>(*len) > static_cast<std::size_t>(end - p)) return false;
  out = std::span<const std::uint8_t>(p, static_cast<std::size_t>(*len));
  p += *len;
  return true;
}

}  // namespace

header_iterator::header_iterator(const std::uint8_t* p, const std::uint8_t* end, std::int32_t remaining)
    : p_(p), end_(end), remaining_(remaining) {
  if (remaining_ > 0) parse();
}

header_iterator& header_iterator::operator++() {
  if (--remaining_ > 0) parse();
  return *this;
}

// The bytes were checked by record_reader::next; a failure here is a bug.
void header_iterator::parse() {
  nullable_bytes key;
  read_bytes(p_, end_, false, key);
  current_.key = key.value_or(std::span<const std::uint8_t>{});
  read_bytes(p_, end_, true, current_.value);
}

result<std::optional<record_view>> record_reader::next() {
  if (remaining_ < 0) return invalid();
  if (remaining_ == 0) {
    if (!records_.empty()) return invalid();  // bytes after the declared count
    return std::optional<record_view>{};
  }
  const std::uint8_t* p = records_.data();
  const std::uint8_t* const section_end = p + records_.size();
  record_view r;
  auto length = read_varint(p, section_end);
  if (!length || *length < 0 || static_cast<std::size_t>(*length) > static_cast<std::size_t>(section_end - p))
    return invalid();
  r.length = *length;
  const std::uint8_t* const end = p + *length;
  if (p == end) return invalid();
  r.attributes = static_cast<std::int8_t>(*p++);
  auto ts = read_varlong(p, end);
  if (!ts) return invalid();
  r.timestamp_delta = *ts;
  auto od = read_varint(p, end);
  if (!od) return invalid();
  r.offset_delta = *od;
  if (!read_bytes(p, end, true, r.key) || !read_bytes(p, end, true, r.value)) return invalid();
  auto header_count = read_varint(p, end);
  if (!header_count || *header_count < 0) return invalid();
  const std::uint8_t* const headers_begin = p;
  for (std::int32_t i = 0; i < *header_count; ++i) {
    nullable_bytes key, value;
    // Each header takes at least two bytes, so a huge count fails on bounds quickly.
    if (!read_bytes(p, end, false, key) || !read_bytes(p, end, true, value)) return invalid();
  }
  if (p != end) return invalid();  // the length must cover exactly the fields
  r.headers = header_range({headers_begin, end}, *header_count);
  const std::size_t consumed = static_cast<std::size_t>(end - records_.data());
  r.bytes = records_.first(consumed);
  records_ = records_.subspan(consumed);
  --remaining_;
  return std::optional<record_view>{r};
}

result<std::span<const std::uint8_t>> records_section(batch_view batch, std::vector<std::uint8_t>& buffer,
                                                      std::size_t max_decompressed_bytes) {
  const auto body = batch.bytes().subspan(batch_header_size);
  const auto type = batch.compression();
  if (type == compression_type::none) return body;
  auto r = decompress(type, body, buffer, max_decompressed_bytes);
  if (!r) return r.error();
  return std::span<const std::uint8_t>(buffer);
}

result<record_reader> read_records(batch_view batch, std::vector<std::uint8_t>& buffer,
                                   std::size_t max_decompressed_bytes) {
  auto section = records_section(batch, buffer, max_decompressed_bytes);
  if (!section) return section.error();
  return record_reader(*section, batch.records_count());
}

result<records_summary> validate_records(batch_view batch, std::vector<std::uint8_t>& buffer,
                                         std::size_t max_decompressed_bytes, record_checks checks) {
  const std::int32_t count = batch.records_count();
  if (count < 0) return invalid();
  if (checks.consecutive_offsets && (count == 0 || batch.last_offset_delta() != count - 1)) return invalid();
  auto reader = read_records(batch, buffer, max_decompressed_bytes);
  if (!reader) return reader.error();
  records_summary summary;
  const std::int64_t base_timestamp = batch.base_timestamp();
  for (;;) {
    auto r = reader->next();
    if (!r) return r.error();
    if (!*r) break;
    const record_view& rec = **r;
    if (checks.consecutive_offsets && rec.offset_delta != summary.count) return invalid();
    const std::int64_t ts = record_timestamp(base_timestamp, rec);
    if (summary.count == 0 || ts > summary.max_timestamp) {
      summary.max_timestamp = ts;
      summary.offset_delta_of_max_timestamp = rec.offset_delta;
    }
    if (summary.count == 0 || ts < summary.min_timestamp) summary.min_timestamp = ts;
    ++summary.count;
  }
  return summary;
}

}  // namespace gannet::records
