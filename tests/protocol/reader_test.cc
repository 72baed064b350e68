#include "gannet/protocol/reader.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace gannet::protocol {
namespace {

reader over(const std::vector<std::uint8_t>& b) { return reader(b); }

TEST(ReaderTest, ReadsBigEndianIntegers) {
  const std::vector<std::uint8_t> b = {0x01, 0x02, 0x03, 0x04, 0xff, 0xfe, 0x80, 0, 0, 0, 0, 0, 0, 1};
  auto r = over(b);
  EXPECT_EQ(r.read_int16(), 0x0102);
  EXPECT_EQ(r.read_uint16(), 0x0304);
  EXPECT_EQ(r.read_int16(), -2);
  EXPECT_EQ(r.read_int64(), static_cast<std::int64_t>(0x8000000000000001ull));
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.remaining(), 0u);
}

TEST(ReaderTest, ReadPastEndFailsStickyAndReturnsZero) {
  const std::vector<std::uint8_t> b = {0x01, 0x02, 0x03};
  auto r = over(b);
  EXPECT_EQ(r.read_int32(), 0);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.read_int8(), 0);  // sticky, even though a byte would have been left
  EXPECT_FALSE(r.ok());
}

TEST(ReaderTest, UnsignedVarintGoldenBytes) {
  const std::vector<std::uint8_t> b = {0x00, 0x7f, 0x80, 0x01, 0xac, 0x02, 0xff, 0xff, 0xff, 0xff, 0x0f};
  auto r = over(b);
  EXPECT_EQ(r.read_uvarint(), 0u);
  EXPECT_EQ(r.read_uvarint(), 127u);
  EXPECT_EQ(r.read_uvarint(), 128u);
  EXPECT_EQ(r.read_uvarint(), 300u);
  EXPECT_EQ(r.read_uvarint(), 0xffffffffu);
  EXPECT_TRUE(r.ok());
}

TEST(ReaderTest, UnsignedVarintLongerThanFiveBytesFails) {
  const std::vector<std::uint8_t> b = {0xff, 0xff, 0xff, 0xff, 0xff, 0x01};
  auto r = over(b);
  r.read_uvarint();
  EXPECT_FALSE(r.ok());
}

TEST(ReaderTest, ZigzagVarintsGoldenBytes) {
  // 0 -> 0, -1 -> 1, 1 -> 2, -2 -> 3, 150 -> 300 (0xac 0x02)
  const std::vector<std::uint8_t> b = {0x00, 0x01, 0x02, 0x03, 0xac, 0x02};
  auto r = over(b);
  EXPECT_EQ(r.read_varint(), 0);
  EXPECT_EQ(r.read_varint(), -1);
  EXPECT_EQ(r.read_varint(), 1);
  EXPECT_EQ(r.read_varint(), -2);
  EXPECT_EQ(r.read_varlong(), 150);
  EXPECT_TRUE(r.ok());
}

TEST(ReaderTest, VarlongExtremes) {
  // INT64_MIN zigzags to 0xffff...ff: ten bytes.
  const std::vector<std::uint8_t> b = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01};
  auto r = over(b);
  EXPECT_EQ(r.read_varlong(), INT64_MIN);
  EXPECT_TRUE(r.ok());
}

TEST(ReaderTest, ClassicAndCompactStrings) {
  const std::vector<std::uint8_t> b = {0x00, 0x03, 'a', 'b', 'c', 0x03, 'x', 'y', 0xff, 0xff, 0x00};
  auto r = over(b);
  EXPECT_EQ(r.read_string(false), "abc");
  EXPECT_EQ(r.read_string(true), "xy");
  EXPECT_EQ(r.read_nullable_string(false), std::nullopt);
  EXPECT_EQ(r.read_nullable_string(true), std::nullopt);
  EXPECT_TRUE(r.ok());
}

TEST(ReaderTest, NullInNonNullableStringFails) {
  const std::vector<std::uint8_t> b = {0xff, 0xff};
  auto r = over(b);
  r.read_string(false);
  EXPECT_FALSE(r.ok());
}

TEST(ReaderTest, StringLengthBeyondBufferFails) {
  const std::vector<std::uint8_t> b = {0x00, 0x10, 'a'};
  auto r = over(b);
  r.read_string(false);
  EXPECT_FALSE(r.ok());
}

TEST(ReaderTest, NegativeLengthOtherThanMinusOneFails) {
  const std::vector<std::uint8_t> b = {0xff, 0xfe, 0, 0};
  auto r = over(b);
  r.read_nullable_string(false);
  EXPECT_FALSE(r.ok());
}

TEST(ReaderTest, HostileArrayCountFailsBeforeAllocating) {
  // 2^31 - 1 elements announced, 10 bytes left.
  std::vector<std::uint8_t> b = {0x7f, 0xff, 0xff, 0xff};
  b.resize(14, 0);
  auto r = over(b);
  EXPECT_EQ(r.read_array_length(false), 0);
  EXPECT_FALSE(r.ok());
  // compact: uvarint 0x80000000 (count 2^31 - 1)
  const std::vector<std::uint8_t> c = {0x80, 0x80, 0x80, 0x80, 0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  auto rc = over(c);
  rc.read_array_length(true);
  EXPECT_FALSE(rc.ok());
}

TEST(ReaderTest, ArrayCountEqualToRemainingIsAccepted) {
  const std::vector<std::uint8_t> b = {0x00, 0x00, 0x00, 0x02, 1, 2};
  auto r = over(b);
  EXPECT_EQ(r.read_array_length(false), 2);
  EXPECT_TRUE(r.ok());
}

TEST(ReaderTest, NullArrayCount) {
  const std::vector<std::uint8_t> b = {0xff, 0xff, 0xff, 0xff, 0x00};
  auto r = over(b);
  EXPECT_EQ(r.read_array_length(false), -1);
  EXPECT_EQ(r.read_array_length(true), -1);
  EXPECT_TRUE(r.ok());
}

TEST(ReaderTest, RecordsAreAViewIntoTheBuffer) {
  const std::vector<std::uint8_t> b = {0x00, 0x00, 0x00, 0x03, 7, 8, 9, 0x00};
  auto r = over(b);
  const records rec = r.read_records(false);
  ASSERT_EQ(rec.content(), records::kind::view);
  EXPECT_EQ(rec.view().data(), b.data() + 4);
  EXPECT_EQ(rec.size_bytes(), 3u);
  EXPECT_TRUE(r.read_records(true).is_null());
  EXPECT_TRUE(r.ok());
}

TEST(ReaderTest, SkipsTaggedFields) {
  const std::vector<std::uint8_t> b = {0x02, 0x05, 0x01, 0xaa, 0x07, 0x00, 0x42};
  auto r = over(b);
  r.skip_tagged_fields();
  EXPECT_EQ(r.read_int8(), 0x42);
  EXPECT_TRUE(r.ok());
}

TEST(ReaderTest, TaggedFieldSizeBeyondBufferFails) {
  const std::vector<std::uint8_t> b = {0x01, 0x05, 0x7f, 0xaa};
  auto r = over(b);
  r.skip_tagged_fields();
  EXPECT_FALSE(r.ok());
}

TEST(ReaderTest, UuidAndFloat) {
  std::vector<std::uint8_t> b(16);
  for (int i = 0; i < 16; ++i)
    b[i] = static_cast<std::uint8_t>(i);
  const std::vector<std::uint8_t> d = {0x3f, 0xf8, 0, 0, 0, 0, 0, 0};  // 1.5
  b.insert(b.end(), d.begin(), d.end());
  auto r = over(b);
  const uuid u = r.read_uuid();
  EXPECT_EQ(u[0], 0);
  EXPECT_EQ(u[15], 15);
  EXPECT_EQ(r.read_float64(), 1.5);
  EXPECT_TRUE(r.ok());
}

}  // namespace
}  // namespace gannet::protocol
