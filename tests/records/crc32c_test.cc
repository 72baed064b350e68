#include "gannet/records/crc32c.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <random>
#include <string_view>
#include <vector>

namespace gannet::records {
namespace {

std::span<const std::uint8_t> bytes_of(std::string_view s) {
  return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

// Runs a check against both implementations (hardware when present).
template <class F>
void for_each_impl(F f) {
  f(&crc32c::extend_software, "software");
  if (crc32c::hardware_available()) f(&crc32c::extend_hardware, "hardware");
  f(&crc32c::extend, "dispatch");
}

TEST(Crc32cTest, KnownAnswers) {
  for_each_impl([](auto extend, const char* name) {
    SCOPED_TRACE(name);
    EXPECT_EQ(extend(0, {}), 0u);
    EXPECT_EQ(extend(0, bytes_of("123456789")), 0xE3069283u);
    EXPECT_EQ(extend(0, bytes_of("a")), 0xC1D04330u);
  });
}

// RFC 3720 (iSCSI), appendix B.4.
TEST(Crc32cTest, Rfc3720Vectors) {
  std::array<std::uint8_t, 32> buf{};
  const std::array<std::uint8_t, 48> read_pdu = {
      0x01, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
      0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x18,
      0x28, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
  for_each_impl([&](auto extend, const char* name) {
    SCOPED_TRACE(name);
    buf.fill(0);
    EXPECT_EQ(extend(0, buf), 0x8A9136AAu);
    buf.fill(0xFF);
    EXPECT_EQ(extend(0, buf), 0x62A8AB43u);
    for (std::size_t i = 0; i < 32; ++i)
      buf[i] = static_cast<std::uint8_t>(i);
    EXPECT_EQ(extend(0, buf), 0x46DD794Eu);
    for (std::size_t i = 0; i < 32; ++i)
      buf[i] = static_cast<std::uint8_t>(31 - i);
    EXPECT_EQ(extend(0, buf), 0x113FDB5Cu);
    EXPECT_EQ(extend(0, read_pdu), 0xD9963A56u);
  });
}

TEST(Crc32cTest, ExtendEqualsValueOfConcatenation) {
  const auto all = bytes_of("hello world, this is a longer string crossing word boundaries");
  for (std::size_t split = 0; split <= all.size(); ++split) {
    EXPECT_EQ(crc32c::extend(crc32c::value(all.first(split)), all.subspan(split)), crc32c::value(all)) << split;
  }
}

TEST(Crc32cTest, HardwareMatchesSoftwareOnEveryLengthAndAlignment) {
  if (!crc32c::hardware_available()) GTEST_SKIP() << "no SSE4.2 on this CPU";
  std::mt19937 rng(42);
  std::vector<std::uint8_t> buf(1024 + 16);
  for (auto& b : buf)
    b = static_cast<std::uint8_t>(rng());
  for (std::size_t offset = 0; offset < 16; ++offset) {
    for (std::size_t len = 0; len <= 1024; ++len) {
      const std::span<const std::uint8_t> s(buf.data() + offset, len);
      const std::uint32_t seed = static_cast<std::uint32_t>(len * 2654435761u);
      ASSERT_EQ(crc32c::extend_hardware(seed, s), crc32c::extend_software(seed, s))
          << "offset " << offset << " len " << len;
    }
  }
}

// Lengths around the three-stream block sizes (3 x 256 and 3 x 4096 bytes).
TEST(Crc32cTest, HardwareMatchesSoftwareOnLongBuffers) {
  if (!crc32c::hardware_available()) GTEST_SKIP() << "no SSE4.2 on this CPU";
  std::mt19937 rng(7);
  std::vector<std::uint8_t> buf((1 << 20) + 64);
  for (auto& b : buf)
    b = static_cast<std::uint8_t>(rng());
  std::vector<std::size_t> lengths = {767, 768, 769, 1535, 1536, 12287, 12288, 12289, 13056, 24576, 1 << 20};
  for (int i = 0; i < 200; ++i)
    lengths.push_back(rng() % 100000);
  for (const std::size_t len : lengths) {
    for (std::size_t offset : {0, 3, 8}) {
      const std::span<const std::uint8_t> s(buf.data() + offset, len);
      ASSERT_EQ(crc32c::extend_hardware(0x12345678u, s), crc32c::extend_software(0x12345678u, s))
          << "offset " << offset << " len " << len;
    }
  }
}

}  // namespace
}  // namespace gannet::records
