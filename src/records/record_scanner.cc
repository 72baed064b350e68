// One pass over a batch's records through a bounded window (record_scanner.h).
#include "gannet/records/record_scanner.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

#include "gannet/records/decompressor.h"
#include "varint.h"

namespace gannet::records {
namespace {

std::error_code invalid() { return make_error_code(errc::invalid_record); }

// The records section as a byte stream: the batch's own bytes when
// uncompressed, otherwise a window refilled from the decompressor.
class byte_source {
 public:
  explicit byte_source(std::span<const std::uint8_t> plain) : data_(plain.data()), end_(plain.size()) {}
  explicit byte_source(std::unique_ptr<decompressor> d) : codec_(std::move(d)), window_(scan_window_bytes) {
    data_ = window_.data();
  }

  // Makes up to n (<= scan_window_bytes) bytes readable; returns how many are
  // (fewer only at the end of the stream).
  result<std::size_t> ensure(std::size_t n) {
    if (end_ - begin_ >= n || !codec_ || eof_) return std::min(n, end_ - begin_);
    std::memmove(window_.data(), window_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
    while (end_ < n && !eof_) {
      auto got = codec_->read(std::span(window_).subspan(end_));
      if (!got) return got.error();
      if (*got == 0) eof_ = true;
      end_ += *got;
    }
    return std::min(n, end_);
  }

  const std::uint8_t* peek() const { return data_ + begin_; }
  void consume(std::size_t n) { begin_ += n; }

  // Skips n bytes; false if the stream ends first.
  result<bool> skip(std::size_t n) {
    while (n > 0) {
      const std::size_t want = std::min(n, scan_window_bytes);
      auto have = ensure(want);
      if (!have) return {boost::system::in_place_error, have.error()};
      if (*have == 0) return false;
      consume(*have);
      n -= *have;
    }
    return true;
  }

  result<bool> at_end() {
    auto have = ensure(1);
    if (!have) return {boost::system::in_place_error, have.error()};
    return *have == 0;
  }

 private:
  std::unique_ptr<decompressor> codec_;
  std::vector<std::uint8_t> window_;
  const std::uint8_t* data_ = nullptr;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
};

// Reads one record, every read bounded by what its length leaves.
class record_parser {
 public:
  explicit record_parser(byte_source& src) : src_(src) {}

  result<scanned_record> next() {
    // The length: a varint of at most 5 bytes before the record's bounds are known.
    auto length = varint(5, nullptr);
    if (!length) return length.error();
    if (*length < 0) return invalid();
    left_ = static_cast<std::uint64_t>(*length);
    scanned_record r;
    auto attributes = bytes_in_record(1);
    if (!attributes) return attributes.error();
    r.attributes = static_cast<std::int8_t>(**attributes);
    src_.consume(1);
    auto ts = varint(10, &left_);
    if (!ts) return ts.error();
    r.timestamp_delta = *ts;
    auto od = varint(5, &left_);
    if (!od) return od.error();
    r.offset_delta = static_cast<std::int32_t>(*od);
    auto key = skip_bytes();
    if (!key) return key.error();
    r.has_key = *key;
    if (auto value = skip_bytes(); !value) return value.error();
    auto headers = varint(5, &left_);
    if (!headers) return headers.error();
    // Each header takes two bytes at least (Kafka compares with what remains).
    if (*headers < 0 || static_cast<std::uint64_t>(*headers) > left_) return invalid();
    for (std::int64_t i = 0; i < *headers; ++i) {
      auto key_length = varint(5, &left_);
      if (!key_length) return key_length.error();
      if (*key_length < 0) return invalid();  // header keys are never null
      if (auto s = skip(static_cast<std::uint64_t>(*key_length)); !s) return s.error();
      if (auto v = skip_bytes(); !v) return v.error();
    }
    if (left_ != 0) return invalid();  // the length must cover exactly the fields
    return r;
  }

 private:
  // A pointer to n bytes of the record, not consumed.
  result<const std::uint8_t*> bytes_in_record(std::size_t n) {
    if (left_ < n) return invalid();
    auto have = src_.ensure(n);
    if (!have) return have.error();
    if (*have < n) return invalid();
    left_ -= n;
    return src_.peek();
  }

  // A zigzag varint of up to max_bytes; within *bound when given.
  result<std::int64_t> varint(int max_bytes, std::uint64_t* bound) {
    std::size_t limit = static_cast<std::size_t>(max_bytes);
    if (bound) limit = static_cast<std::size_t>(std::min<std::uint64_t>(limit, *bound));
    auto have = src_.ensure(limit);
    if (!have) return have.error();
    const std::uint8_t* p = src_.peek();
    const std::uint8_t* const start = p;
    std::int64_t v = 0;
    if (max_bytes == 10) {
      auto x = detail::read_varlong(p, start + *have);
      if (!x) return invalid();
      v = *x;
    } else {
      auto x = detail::read_varint(p, start + *have);
      if (!x) return invalid();
      v = *x;
    }
    const auto used = static_cast<std::size_t>(p - start);
    src_.consume(used);
    if (bound) *bound -= used;
    return v;
  }

  result<bool> skip(std::uint64_t n) {
    if (n > left_) return {boost::system::in_place_error, invalid()};
    left_ -= n;
    auto s = src_.skip(static_cast<std::size_t>(n));
    if (!s) return {boost::system::in_place_error, s.error()};
    if (!*s) return {boost::system::in_place_error, invalid()};
    return true;
  }

  // A length-prefixed byte string; false when null (any negative length, as
  // Kafka's Utils.readBytes).
  result<bool> skip_bytes() {
    auto n = varint(5, &left_);
    if (!n) return {boost::system::in_place_error, n.error()};
    if (*n < 0) return false;
    if (auto s = skip(static_cast<std::uint64_t>(*n)); !s) return {boost::system::in_place_error, s.error()};
    return true;
  }

  byte_source& src_;
  std::uint64_t left_ = 0;
};

}  // namespace

result<scan_summary> scan_records(batch_view batch, const record_visitor& visit) {
  const std::int32_t count = batch.records_count();
  if (count < 0) return invalid();
  const auto body = batch.bytes().subspan(batch_header_size);
  std::unique_ptr<byte_source> src;
  if (batch.compression() == compression_type::none) {
    src = std::make_unique<byte_source>(body);
  } else {
    auto codec = open_decompressor(batch.compression(), body);
    if (!codec) return codec.error();
    src = std::make_unique<byte_source>(std::move(*codec));
  }
  record_parser parser(*src);
  scan_summary out;
  records_summary& s = out.records;
  const std::int64_t base_timestamp = batch.base_timestamp();
  for (std::int32_t i = 0; i < count; ++i) {
    auto r = parser.next();
    if (!r) return r.error();
    record_view v;
    v.timestamp_delta = r->timestamp_delta;
    v.offset_delta = r->offset_delta;
    const std::int64_t ts = record_timestamp(base_timestamp, v);
    if (i == 0 || ts > s.max_timestamp) {
      s.max_timestamp = ts;
      s.offset_delta_of_max_timestamp = r->offset_delta;
    }
    if (i == 0 || ts < s.min_timestamp) s.min_timestamp = ts;
    if (r->offset_delta != i) out.consecutive_offsets = false;
    if (visit) visit(i, *r);
    ++s.count;
  }
  auto end = src->at_end();
  if (!end) return end.error();
  if (!*end) return invalid();  // bytes after the last record
  return out;
}

}  // namespace gannet::records
