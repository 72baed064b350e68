#pragma once
// Decodes Kafka wire primitives from a byte span (docs/protocol.md, "Encoding").
//
// The reader never throws and never reads out of bounds. The first error (a read past the
// end, a negative or oversized length, a malformed varint) makes it sticky-failed: every
// later read returns a zero value and ok() stays false, so decoders check once at the end.
// Lengths and array counts are checked against the bytes left before anything is allocated
// (each array element takes at least one byte, so count <= remaining()).
//
// Strings and bytes are copied out; records are views into the span, which must outlive
// the decoded message. Not thread-safe; cheap to copy.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "gannet/protocol/records.h"
#include "gannet/protocol/uuid.h"

namespace gannet::protocol {

class reader {
 public:
  reader() = default;
  explicit reader(std::span<const std::uint8_t> buf) : buf_(buf) {}

  bool ok() const { return ok_; }
  void fail() {
    ok_ = false;
    pos_ = buf_.size();
  }
  std::size_t position() const { return pos_; }
  std::size_t remaining() const { return buf_.size() - pos_; }
  // The unread bytes.
  std::span<const std::uint8_t> rest() const { return buf_.subspan(pos_); }

  std::int8_t read_int8() { return static_cast<std::int8_t>(read_be<std::uint8_t>()); }
  std::int16_t read_int16() { return static_cast<std::int16_t>(read_be<std::uint16_t>()); }
  std::int32_t read_int32() { return static_cast<std::int32_t>(read_be<std::uint32_t>()); }
  std::int64_t read_int64() { return static_cast<std::int64_t>(read_be<std::uint64_t>()); }
  std::uint16_t read_uint16() { return read_be<std::uint16_t>(); }
  std::uint32_t read_uint32() { return read_be<std::uint32_t>(); }
  double read_float64() { return std::bit_cast<double>(read_be<std::uint64_t>()); }
  // Kafka reads any non-zero byte as true.
  bool read_bool() { return read_be<std::uint8_t>() != 0; }
  uuid read_uuid() {
    uuid u{};
    if (need(16)) {
      std::memcpy(u.data(), buf_.data() + pos_, 16);
      pos_ += 16;
    }
    return u;
  }

  // Unsigned varint of at most 5 bytes (32 bits), as Kafka's ByteUtils.readUnsignedVarint.
  std::uint32_t read_uvarint() {
    std::uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (!need(1)) return 0;
      const std::uint8_t b = buf_[pos_++];
      if (shift == 28 && (b & 0xf0) != 0) break;  // more than 32 bits
      v |= static_cast<std::uint32_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return v;
    }
    fail();
    return 0;
  }
  // Unsigned varlong of at most 10 bytes (64 bits).
  std::uint64_t read_uvarlong() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 70; shift += 7) {
      if (!need(1)) return 0;
      const std::uint8_t b = buf_[pos_++];
      if (shift == 63 && (b & 0xfe) != 0) break;  // more than 64 bits
      v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return v;
    }
    fail();
    return 0;
  }
  // Zigzag-encoded signed varint / varlong (record fields).
  std::int32_t read_varint() {
    const std::uint32_t u = read_uvarint();
    return static_cast<std::int32_t>((u >> 1) ^ (~(u & 1) + 1));
  }
  std::int64_t read_varlong() {
    const std::uint64_t u = read_uvarlong();
    return static_cast<std::int64_t>((u >> 1) ^ (~(u & 1) + 1));
  }

  // A string length: int16 (classic) or unsigned varint of length + 1 (compact). -1 is
  // null; any other negative length, or one beyond the bytes left or 32767, fails.
  std::int32_t read_string_length(bool compact) {
    std::int64_t n = compact ? static_cast<std::int64_t>(read_uvarint()) - 1 : read_int16();
    return checked_length(n, 0x7fff);
  }
  // A bytes / records length: int32 or compact. -1 is null.
  std::int32_t read_bytes_length(bool compact) {
    std::int64_t n = compact ? static_cast<std::int64_t>(read_uvarint()) - 1 : read_int32();
    return checked_length(n, INT32_MAX);
  }
  // An array count: int32 or compact. -1 is null. A count above the bytes left fails.
  std::int32_t read_array_length(bool compact) { return read_bytes_length(compact); }

  std::string read_string(bool compact) {
    const std::int32_t n = read_string_length(compact);
    if (n < 0) {
      fail();  // null in a non-nullable field
      return {};
    }
    return take_string(static_cast<std::size_t>(n));
  }
  std::optional<std::string> read_nullable_string(bool compact) {
    const std::int32_t n = read_string_length(compact);
    if (n < 0) return std::nullopt;
    return take_string(static_cast<std::size_t>(n));
  }
  std::vector<std::uint8_t> read_bytes(bool compact) {
    const std::int32_t n = read_bytes_length(compact);
    if (n < 0) {
      fail();
      return {};
    }
    auto s = read_span(static_cast<std::size_t>(n));
    return {s.begin(), s.end()};
  }
  std::optional<std::vector<std::uint8_t>> read_nullable_bytes(bool compact) {
    const std::int32_t n = read_bytes_length(compact);
    if (n < 0) return std::nullopt;
    auto s = read_span(static_cast<std::size_t>(n));
    return std::vector<std::uint8_t>(s.begin(), s.end());
  }
  // A view into the buffer; null stays null (the caller checks nullability).
  records read_records(bool compact) {
    const std::int32_t n = read_bytes_length(compact);
    if (n < 0) return ok_ ? records::null() : records{};
    return records::from_view(read_span(static_cast<std::size_t>(n)));
  }

  std::span<const std::uint8_t> read_span(std::size_t n) {
    if (!need(n)) return {};
    auto s = buf_.subspan(pos_, n);
    pos_ += n;
    return s;
  }
  void skip(std::size_t n) { read_span(n); }
  // A reader over the next n bytes, which this reader skips.
  reader sub_reader(std::size_t n) {
    reader r(read_span(n));
    if (!ok_) r.fail();
    return r;
  }
  // Skips a tagged-fields section (count, then tag, size, bytes for each).
  void skip_tagged_fields() {
    const std::uint32_t count = read_uvarint();
    for (std::uint32_t i = 0; i < count && ok_; ++i) {
      read_uvarint();
      skip(read_uvarint());
    }
  }

 private:
  bool need(std::size_t n) {
    if (!ok_ || n > buf_.size() - pos_) [[unlikely]] {
      fail();
      return false;
    }
    return true;
  }
  template <class U>
  U read_be() {
    if (!need(sizeof(U))) return 0;
    U v;
    std::memcpy(&v, buf_.data() + pos_, sizeof(U));
    pos_ += sizeof(U);
    if constexpr (std::endian::native == std::endian::little && sizeof(U) > 1) v = byteswap(v);
    return v;
  }
  template <class U>
  static U byteswap(U v) {
    if constexpr (sizeof(U) == 2) return static_cast<U>(__builtin_bswap16(v));
    if constexpr (sizeof(U) == 4) return static_cast<U>(__builtin_bswap32(v));
    if constexpr (sizeof(U) == 8) return static_cast<U>(__builtin_bswap64(v));
    return v;
  }
  std::int32_t checked_length(std::int64_t n, std::int64_t max) {
    if (!ok_) return 0;
    if (n == -1) return -1;
    if (n < 0 || n > max || static_cast<std::uint64_t>(n) > remaining()) {
      fail();
      return 0;
    }
    return static_cast<std::int32_t>(n);
  }
  std::string take_string(std::size_t n) {
    auto s = read_span(n);
    return std::string(reinterpret_cast<const char*>(s.data()), s.size());
  }

  std::span<const std::uint8_t> buf_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace gannet::protocol
