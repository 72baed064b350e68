#pragma once
// Everything generated message code needs: reader, writer, records, uuid, error_code and the
// encoded sizes of the variable-length primitives. Format: docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/error_code.h"
#include "gannet/protocol/reader.h"
#include "gannet/protocol/records.h"
#include "gannet/protocol/uuid.h"
#include "gannet/protocol/writer.h"

namespace gannet::protocol::wire {

constexpr std::size_t uvarint_size(std::uint32_t v) {
  std::size_t n = 1;
  while (v >= 0x80) {
    v >>= 7;
    ++n;
  }
  return n;
}
constexpr std::size_t uvarlong_size(std::uint64_t v) {
  std::size_t n = 1;
  while (v >= 0x80) {
    v >>= 7;
    ++n;
  }
  return n;
}
constexpr std::size_t varint_size(std::int32_t v) {
  return uvarint_size((static_cast<std::uint32_t>(v) << 1) ^ static_cast<std::uint32_t>(v >> 31));
}
constexpr std::size_t varlong_size(std::int64_t v) {
  return uvarlong_size((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
}
// Size of a length prefix: int16 (classic strings), int32 (classic bytes and arrays) or compact.
inline std::size_t length_size(std::size_t n, bool compact, std::size_t classic) {
  return compact ? uvarint_size(static_cast<std::uint32_t>(n + 1)) : classic;
}
inline std::size_t string_size(const std::string& s, bool compact) {
  return length_size(s.size(), compact, 2) + s.size();
}
inline std::size_t nullable_string_size(const std::optional<std::string>& s, bool compact) {
  return s ? string_size(*s, compact) : (compact ? 1 : 2);
}
inline std::size_t bytes_size(const std::vector<std::uint8_t>& b, bool compact) {
  return length_size(b.size(), compact, 4) + b.size();
}
inline std::size_t nullable_bytes_size(const std::optional<std::vector<std::uint8_t>>& b, bool compact) {
  return b ? bytes_size(*b, compact) : (compact ? 1 : 4);
}
inline std::size_t records_size(const records& r, bool compact) {
  if (r.is_null()) return compact ? 1 : 4;
  const std::size_t n = r.size_bytes();
  return length_size(n, compact, 4) + n;
}
inline std::size_t array_length_size(std::size_t n, bool compact) { return length_size(n, compact, 4); }
inline std::size_t null_array_length_size(bool compact) { return compact ? 1 : 4; }

}  // namespace gannet::protocol::wire
