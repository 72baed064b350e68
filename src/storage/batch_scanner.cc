#include "batch_scanner.h"

#include <algorithm>

#include "byte_order.h"
#include "gannet/records/record_batch.h"

namespace gannet::storage {

std::optional<batch_header> parse_batch_header(std::span<const std::uint8_t> bytes, std::int64_t position) {
  namespace f = records::field;
  if (bytes.size() < records::batch_header_size) return std::nullopt;
  auto length = static_cast<std::int32_t>(be::load32(bytes.data() + f::batch_length));
  if (length < static_cast<std::int32_t>(records::batch_header_size - records::log_overhead)) return std::nullopt;
  if (bytes[f::magic] != 2) return std::nullopt;
  batch_header h;
  h.base_offset = offset(static_cast<std::int64_t>(be::load64(bytes.data() + f::base_offset)));
  auto delta = static_cast<std::int32_t>(be::load32(bytes.data() + f::last_offset_delta));
  if (delta < 0 || h.base_offset.value() < 0) return std::nullopt;
  h.last_offset = h.base_offset + delta;
  h.size = length + static_cast<std::int32_t>(records::log_overhead);
  if (h.size < length) return std::nullopt;  // overflow
  h.partition_leader_epoch = static_cast<std::int32_t>(be::load32(bytes.data() + f::partition_leader_epoch));
  h.max_timestamp = static_cast<std::int64_t>(be::load64(bytes.data() + f::max_timestamp));
  h.records_count = static_cast<std::int32_t>(be::load32(bytes.data() + f::records_count));
  h.position = position;
  return h;
}

result<bool> batch_scanner::fill(std::size_t need) {
  auto have_from = position_ - buffer_position_;
  if (have_from >= 0 && static_cast<std::size_t>(have_from) + need <= buffer_.size()) return true;
  auto remaining = static_cast<std::size_t>(end_ - position_);
  if (need > remaining) return false;
  std::size_t want = std::min(remaining, std::max(need, chunk_bytes_));
  buffer_.resize(want);
  auto n = file_.read_at(buffer_, position_);
  if (!n) return {boost::system::in_place_error, n.error()};
  buffer_.resize(*n);
  buffer_position_ = position_;
  return *n >= need;
}

result<std::optional<batch_header>> batch_scanner::next(bool full) {
  last_batch_ = {};
  last_header_ = {};
  if (position_ >= end_) return std::optional<batch_header>{};
  auto ok = fill(records::batch_header_size);
  if (!ok) return ok.error();
  if (!*ok) {
    stopped_early_ = true;
    return std::optional<batch_header>{};
  }
  auto at = static_cast<std::size_t>(position_ - buffer_position_);
  auto h = parse_batch_header(std::span(buffer_).subspan(at), position_);
  if (!h || h->size > end_ - position_) {
    stopped_early_ = true;
    return std::optional<batch_header>{};
  }
  last_header_ = std::span<const std::uint8_t>(buffer_).subspan(at, records::batch_header_size);
  if (full) {
    auto whole = fill(static_cast<std::size_t>(h->size));
    if (!whole) return whole.error();
    if (!*whole) {
      stopped_early_ = true;
      return std::optional<batch_header>{};
    }
    at = static_cast<std::size_t>(position_ - buffer_position_);
    last_batch_ = std::span<const std::uint8_t>(buffer_).subspan(at, static_cast<std::size_t>(h->size));
    last_header_ = last_batch_.first(records::batch_header_size);
  }
  position_ += h->size;
  return h;
}

}  // namespace gannet::storage
