#pragma once
// Kafka's zigzag varints (protobuf encoding), as in the records of batch v2:
// int32 values take at most 5 bytes, int64 at most 10. Like Kafka's
// ByteUtils.readVarint, bits past the type's width in the last byte are dropped;
// a continuation bit on the last allowed byte is an error.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace gannet::records::detail {

// Reads a varint from [p, end); advances p on success.
inline std::optional<std::uint64_t> read_unsigned_varint(const std::uint8_t*& p, const std::uint8_t* end,
                                                         int max_bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < max_bytes; ++i) {
    if (p + i == end) return std::nullopt;
    const std::uint8_t b = p[i];
    v |= std::uint64_t{b & 0x7Fu} << (7 * i);
    if ((b & 0x80u) == 0) {
      p += i + 1;
      return v;
    }
  }
  return std::nullopt;
}

inline std::optional<std::int32_t> read_varint(const std::uint8_t*& p, const std::uint8_t* end) {
  auto u = read_unsigned_varint(p, end, 5);
  if (!u) return std::nullopt;
  const auto v = static_cast<std::uint32_t>(*u);
  return static_cast<std::int32_t>((v >> 1) ^ (~(v & 1u) + 1u));
}

inline std::optional<std::int64_t> read_varlong(const std::uint8_t*& p, const std::uint8_t* end) {
  auto u = read_unsigned_varint(p, end, 10);
  if (!u) return std::nullopt;
  const std::uint64_t v = *u;
  return static_cast<std::int64_t>((v >> 1) ^ (~(v & 1u) + 1u));
}

inline void write_unsigned_varint(std::vector<std::uint8_t>& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<std::uint8_t>(v | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<std::uint8_t>(v));
}

inline void write_varint(std::vector<std::uint8_t>& out, std::int32_t v) {
  const auto u = static_cast<std::uint32_t>(v);
  write_unsigned_varint(out, (u << 1) ^ static_cast<std::uint32_t>(v >> 31));
}

inline void write_varlong(std::vector<std::uint8_t>& out, std::int64_t v) {
  const auto u = static_cast<std::uint64_t>(v);
  write_unsigned_varint(out, (u << 1) ^ static_cast<std::uint64_t>(v >> 63));
}

inline std::size_t varint_size(std::int32_t v) {
  auto u = (static_cast<std::uint32_t>(v) << 1) ^ static_cast<std::uint32_t>(v >> 31);
  std::size_t n = 1;
  while (u >= 0x80) {
    u >>= 7;
    ++n;
  }
  return n;
}

}  // namespace gannet::records::detail
