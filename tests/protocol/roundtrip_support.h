#pragma once
// Support for the generated round-trip tests (src/protocol/generated/tests/): deterministic
// non-default values, and the check every message and version goes through.

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "gannet/common/outbound_frame.h"
#include "gannet/protocol/reader.h"
#include "gannet/protocol/records.h"
#include "gannet/protocol/uuid.h"
#include "gannet/protocol/writer.h"

namespace gannet::protocol::testing {

// A value different from `def`, varying with the seed.
template <class T>
T next_int(T def, std::uint32_t& seed) {
  T v = static_cast<T>(1 + (seed++ % 97));
  if (v == def) v = static_cast<T>(v + 1);
  return v;
}
inline double next_double(std::uint32_t& seed) { return 0.5 + (seed++ % 1000); }
inline std::string next_string(std::uint32_t& seed) {
  std::string s(1, 's');
  s.append(std::to_string(seed++));  // not "s" + ...: GCC 12 warns falsely (-Wrestrict)
  return s;
}
inline std::vector<std::uint8_t> next_bytes(std::uint32_t& seed) {
  const auto s = static_cast<std::uint8_t>(seed++);
  return {s, 0, 0xff, static_cast<std::uint8_t>(s + 1)};
}
inline uuid next_uuid(std::uint32_t& seed) {
  uuid u{};
  for (std::size_t i = 0; i < u.size(); ++i)
    u[i] = static_cast<std::uint8_t>(seed + i * 13);
  ++seed;
  return u;
}
inline records next_records(std::uint32_t& seed) {
  static const std::array<std::uint8_t, 16> bytes = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
  const std::size_t n = 1 + seed++ % bytes.size();
  return records::from_view(std::span<const std::uint8_t>(bytes.data(), n));
}

// Encodes msg at version, checks size(), decodes it back and compares; then checks that every
// truncated prefix fails to decode; with unknown_tag, also that an unknown tagged field
// appended to the (empty) top-level tagged section is skipped.
template <class M>
void check_round_trip(const M& msg, std::int16_t version, bool unknown_tag) {
  SCOPED_TRACE(::testing::Message() << "version " << version);
  outbound_frame f;
  writer w(f);
  msg.encode(w, version);
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE(f.splices.empty());
  ASSERT_EQ(msg.size(version), f.wire_size());
  {
    M decoded;
    reader r(f.bytes);
    decoded.decode(r, version);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.remaining(), 0u);
    EXPECT_TRUE(decoded == msg);
  }
  const std::size_t step = f.bytes.size() > 4096 ? f.bytes.size() / 1024 : 1;
  for (std::size_t n = 0; n < f.bytes.size(); n += step) {
    M decoded;
    reader r(std::span<const std::uint8_t>(f.bytes.data(), n));
    decoded.decode(r, version);
    ASSERT_FALSE(r.ok()) << "prefix of " << n << " of " << f.bytes.size() << " bytes decoded";
  }
  if (unknown_tag) {
    auto bytes = f.bytes;
    ASSERT_EQ(bytes.back(), 0u);  // empty tagged-fields section
    bytes.back() = 1;             // one field: tag 99, 2 bytes
    bytes.insert(bytes.end(), {99, 2, 0xab, 0xcd});
    M decoded;
    reader r(bytes);
    decoded.decode(r, version);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.remaining(), 0u);
    EXPECT_TRUE(decoded == msg);
  }
}

}  // namespace gannet::protocol::testing
