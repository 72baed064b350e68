#pragma once
// Encodes Kafka wire primitives into an outbound_frame (docs/protocol.md, "Encoding").
//
// Appends to frame.bytes; a `records` field made of file slices gets its length prefix
// written and its slices recorded as splices at the current position (no bytes copied).
// Errors are sticky, as in the reader: writing what the version cannot carry (a null in a
// non-nullable version, a non-default field the version lacks and that is not ignorable,
// a string over 32767 bytes) sets failed; Kafka throws UnsupportedVersionException there.
// The frame must outlive the writer. Not thread-safe.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gannet/common/outbound_frame.h"
#include "gannet/protocol/records.h"
#include "gannet/protocol/uuid.h"

namespace gannet::protocol {

class writer {
 public:
  explicit writer(outbound_frame& frame) : frame_(&frame) {}

  bool ok() const { return ok_; }
  void fail() { ok_ = false; }
  outbound_frame& frame() { return *frame_; }
  // Bytes written to the frame so far, splices included.
  std::size_t wire_size() const { return frame_->wire_size(); }

  void write_int8(std::int8_t v) { frame_->bytes.push_back(static_cast<std::uint8_t>(v)); }
  void write_int16(std::int16_t v) { write_be(static_cast<std::uint16_t>(v)); }
  void write_int32(std::int32_t v) { write_be(static_cast<std::uint32_t>(v)); }
  void write_int64(std::int64_t v) { write_be(static_cast<std::uint64_t>(v)); }
  void write_uint16(std::uint16_t v) { write_be(v); }
  void write_uint32(std::uint32_t v) { write_be(v); }
  void write_float64(double v) { write_be(std::bit_cast<std::uint64_t>(v)); }
  void write_bool(bool v) { frame_->bytes.push_back(v ? 1 : 0); }
  void write_uuid(const uuid& u) { write_raw(u); }

  void write_uvarint(std::uint32_t v) {
    while (v >= 0x80) {
      frame_->bytes.push_back(static_cast<std::uint8_t>(v | 0x80));
      v >>= 7;
    }
    frame_->bytes.push_back(static_cast<std::uint8_t>(v));
  }
  void write_uvarlong(std::uint64_t v) {
    while (v >= 0x80) {
      frame_->bytes.push_back(static_cast<std::uint8_t>(v | 0x80));
      v >>= 7;
    }
    frame_->bytes.push_back(static_cast<std::uint8_t>(v));
  }
  void write_varint(std::int32_t v) {
    write_uvarint((static_cast<std::uint32_t>(v) << 1) ^ static_cast<std::uint32_t>(v >> 31));
  }
  void write_varlong(std::int64_t v) {
    write_uvarlong((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
  }

  void write_string(std::string_view s, bool compact) {
    if (s.size() > 0x7fff) {
      fail();
      return;
    }
    if (compact)
      write_uvarint(static_cast<std::uint32_t>(s.size() + 1));
    else
      write_int16(static_cast<std::int16_t>(s.size()));
    write_raw({reinterpret_cast<const std::uint8_t*>(s.data()), s.size()});
  }
  void write_nullable_string(const std::optional<std::string>& s, bool compact) {
    if (!s)
      write_null_length(compact, false);
    else
      write_string(*s, compact);
  }
  void write_bytes(std::span<const std::uint8_t> b, bool compact) {
    write_length(b.size(), compact);
    write_raw(b);
  }
  void write_nullable_bytes(const std::optional<std::vector<std::uint8_t>>& b, bool compact) {
    if (!b)
      write_null_length(compact, true);
    else
      write_bytes(*b, compact);
  }
  void write_array_length(std::size_t n, bool compact) { write_length(n, compact); }
  void write_null_array_length(bool compact) { write_null_length(compact, true); }
  void write_records(const records& r, bool compact) {
    if (r.is_null()) {
      write_null_length(compact, true);
      return;
    }
    write_length(r.size_bytes(), compact);
    if (r.content() == records::kind::slices) {
      for (const auto& s : r.slices())
        frame_->splices.push_back({frame_->bytes.size(), s});
    } else {
      write_raw(r.view());
    }
  }
  void write_raw(std::span<const std::uint8_t> b) { frame_->bytes.insert(frame_->bytes.end(), b.begin(), b.end()); }

 private:
  template <class U>
  void write_be(U v) {
    std::uint8_t b[sizeof(U)];
    for (std::size_t i = 0; i < sizeof(U); ++i)
      b[i] = static_cast<std::uint8_t>(v >> (8 * (sizeof(U) - 1 - i)));
    frame_->bytes.insert(frame_->bytes.end(), b, b + sizeof(U));
  }
  void write_length(std::size_t n, bool compact) {
    if (n > 0x7fffffffu - 1) {
      fail();
      return;
    }
    if (compact)
      write_uvarint(static_cast<std::uint32_t>(n + 1));
    else
      write_int32(static_cast<std::int32_t>(n));
  }
  void write_null_length(bool compact, bool int32_length) {
    if (compact)
      write_uvarint(0);
    else if (int32_length)
      write_int32(-1);
    else
      write_int16(-1);
  }

  outbound_frame* frame_;
  bool ok_ = true;
};

}  // namespace gannet::protocol
