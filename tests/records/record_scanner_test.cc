#include "gannet/records/record_scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gannet/records/batch_builder.h"
#include "gannet/records/compression.h"
#include "gannet/records/decompressor.h"
#include "gannet/records/record_batch.h"

namespace gannet::records {
namespace {

std::vector<std::uint8_t> build(compression_type c, const std::vector<record_data>& records) {
  batch_builder b({.compression = c});
  for (const auto& r : records)
    b.add(r);
  auto bytes = b.build();
  EXPECT_TRUE(bytes);
  return *bytes;
}

// A batch whose records section is `section` (compressed with `c`), the CRC right.
std::vector<std::uint8_t> with_section(compression_type c, std::int32_t count,
                                       const std::vector<std::uint8_t>& section) {
  auto bytes = build(compression_type::none, {{.key = "k", .value = "v", .headers = {}, .timestamp_ms = 0}});
  bytes.resize(batch_header_size);
  std::vector<std::uint8_t> body;
  EXPECT_TRUE(compress(c, section, body));
  bytes.insert(bytes.end(), body.begin(), body.end());
  const auto length = static_cast<std::uint32_t>(bytes.size() - log_overhead);
  for (int i = 0; i < 4; ++i)
    bytes[field::batch_length + i] = static_cast<std::uint8_t>(length >> (24 - 8 * i));
  bytes[field::attributes + 1] = static_cast<std::uint8_t>(c);
  for (int i = 0; i < 4; ++i) {
    bytes[field::records_count + i] = static_cast<std::uint8_t>(static_cast<std::uint32_t>(count) >> (24 - 8 * i));
    bytes[field::last_offset_delta + i] =
        static_cast<std::uint8_t>(static_cast<std::uint32_t>(count - 1) >> (24 - 8 * i));
  }
  update_crc(bytes);
  return bytes;
}

// attributes 0, timestamp delta 0, offset delta `delta`, null key, value "v", no headers.
std::vector<std::uint8_t> raw_record(std::uint8_t delta) { return {0x0e, 0x00, 0x00, delta, 0x01, 0x02, 'v', 0x00}; }

result<scan_summary> scan(const std::vector<std::uint8_t>& bytes) {
  auto b = validate_batch(bytes);
  EXPECT_TRUE(b) << b.error().message();
  return scan_records(*b);
}

class RecordScannerCodecTest : public ::testing::TestWithParam<compression_type> {};

TEST_P(RecordScannerCodecTest, VisitsEveryRecordWithItsFields) {
  const auto bytes =
      build(GetParam(), {{.key = "a", .value = std::string(200000, 'x'), .headers = {}, .timestamp_ms = 50},
                         {.key = std::nullopt, .value = std::nullopt, .headers = {}, .timestamp_ms = 10},
                         {.key = "c", .value = "v", .headers = {{"h", std::nullopt}}, .timestamp_ms = 90}});
  std::vector<std::pair<std::int32_t, bool>> seen;
  auto b = validate_batch(bytes);
  ASSERT_TRUE(b);
  auto s = scan_records(*b, [&](std::int32_t i, const scanned_record& r) { seen.emplace_back(i, r.has_key); });
  ASSERT_TRUE(s) << s.error().message();
  EXPECT_EQ(seen, (std::vector<std::pair<std::int32_t, bool>>{{0, true}, {1, false}, {2, true}}));
  EXPECT_EQ(s->records.count, 3);
  EXPECT_EQ(s->records.max_timestamp, 90);
  EXPECT_EQ(s->records.min_timestamp, 10);
  EXPECT_EQ(s->records.offset_delta_of_max_timestamp, 2);
  EXPECT_TRUE(s->consecutive_offsets);
}

TEST_P(RecordScannerCodecTest, BytesAfterTheLastRecordAreInvalid) {
  auto section = raw_record(0);
  section.push_back(0);
  auto s = scan(with_section(GetParam(), 1, section));
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error(), errc::invalid_record);
}

TEST_P(RecordScannerCodecTest, FewerRecordsThanTheCountAreInvalid) {
  auto s = scan(with_section(GetParam(), 2, raw_record(0)));
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error(), errc::invalid_record);
}

TEST_P(RecordScannerCodecTest, DuplicateOffsetDeltasParseButAreNotConsecutive) {
  auto section = raw_record(0);
  const auto second = raw_record(0);
  section.insert(section.end(), second.begin(), second.end());
  auto s = scan(with_section(GetParam(), 2, section));
  ASSERT_TRUE(s) << s.error().message();
  EXPECT_FALSE(s->consecutive_offsets);
}

INSTANTIATE_TEST_SUITE_P(Codecs, RecordScannerCodecTest,
                         ::testing::Values(compression_type::none, compression_type::gzip, compression_type::snappy,
                                           compression_type::lz4, compression_type::zstd));

TEST(RecordScannerTest, NegativeValueLengthReadsAsNull) {
  // value length varint 0x03 = -2: Kafka's Utils.readBytes gives null for any negative length.
  auto s = scan(with_section(compression_type::none, 1, {0x0c, 0x00, 0x00, 0x00, 0x01, 0x03, 0x00}));
  ASSERT_TRUE(s) << s.error().message();
  EXPECT_EQ(s->records.count, 1);
}

TEST(RecordScannerTest, RecordLengthThatDisagreesWithItsFieldsIsInvalid) {
  for (std::uint8_t length : {0x0c, 0x10}) {  // one byte short, one byte long
    auto section = raw_record(0);
    section[0] = length;
    section.push_back(0);
    auto s = scan(with_section(compression_type::gzip, 1, section));
    ASSERT_FALSE(s) << int{length};
    EXPECT_EQ(s.error(), errc::invalid_record);
  }
}

TEST(RecordScannerTest, NegativeHeaderKeyLengthAndHeaderCountAreInvalid) {
  // one header whose key length is -1
  auto s = scan(with_section(compression_type::none, 1, {0x12, 0x00, 0x00, 0x00, 0x01, 0x02, 'v', 0x02, 0x01, 0x00}));
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error(), errc::invalid_record);
  // header count -1
  s = scan(with_section(compression_type::none, 1, {0x0e, 0x00, 0x00, 0x00, 0x01, 0x02, 'v', 0x01}));
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error(), errc::invalid_record);
}

TEST(RecordScannerTest, GarbageCompressedBytesFailDecompression) {
  auto bytes = with_section(compression_type::none, 1, {'g', 'a', 'r', 'b', 'a', 'g', 'e', '!', '!', '!'});
  for (auto c : {compression_type::gzip, compression_type::lz4, compression_type::zstd, compression_type::snappy}) {
    bytes[field::attributes + 1] = static_cast<std::uint8_t>(c);
    update_crc(bytes);
    auto s = scan(bytes);
    ASSERT_FALSE(s) << compression_name(c);
    EXPECT_EQ(s.error(), errc::decompression_failed) << compression_name(c);
  }
}

// The bomb shape: zeros from a few KB of zstd. The first record's
// length (0) already fails, so the scan stops after one window of output.
TEST(RecordScannerTest, ZeroFillBombFailsOnTheFirstRecord) {
  std::vector<std::uint8_t> zeros(std::size_t{16} << 20);
  std::vector<std::uint8_t> z;
  ASSERT_TRUE(compress(compression_type::zstd, zeros, z));
  std::vector<std::uint8_t>().swap(zeros);
  auto bytes = with_section(compression_type::none, 1, z);
  bytes[field::attributes + 1] = static_cast<std::uint8_t>(compression_type::zstd);
  update_crc(bytes);
  auto s = scan(bytes);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error(), errc::invalid_record);
}

TEST(DecompressorTest, StreamsInPiecesOfTheCallersSize) {
  std::vector<std::uint8_t> data(300000);
  for (std::size_t i = 0; i < data.size(); ++i)
    data[i] = static_cast<std::uint8_t>(i * 7 + i / 1000);
  for (auto c : {compression_type::gzip, compression_type::snappy, compression_type::lz4, compression_type::zstd}) {
    std::vector<std::uint8_t> packed;
    ASSERT_TRUE(compress(c, data, packed));
    auto d = open_decompressor(c, packed);
    ASSERT_TRUE(d);
    std::vector<std::uint8_t> out;
    std::uint8_t piece[777];
    for (;;) {
      auto n = (*d)->read(piece);
      ASSERT_TRUE(n) << compression_name(c) << ": " << n.error().message();
      if (*n == 0) break;
      out.insert(out.end(), piece, piece + *n);
    }
    EXPECT_EQ(out, data) << compression_name(c);
  }
}

TEST(DecompressorTest, TruncatedInputFails) {
  std::vector<std::uint8_t> data(100000, 'a');
  for (std::size_t i = 0; i < data.size(); i += 3)
    data[i] = static_cast<std::uint8_t>(i);
  for (auto c : {compression_type::gzip, compression_type::snappy, compression_type::lz4, compression_type::zstd}) {
    std::vector<std::uint8_t> packed;
    ASSERT_TRUE(compress(c, data, packed));
    packed.resize(packed.size() - 5);
    auto d = open_decompressor(c, packed);
    ASSERT_TRUE(d);
    std::vector<std::uint8_t> piece(4096);
    result<std::size_t> n = std::size_t{1};
    while (n && *n > 0)
      n = (*d)->read(piece);
    ASSERT_FALSE(n) << compression_name(c);
    EXPECT_EQ(n.error(), errc::decompression_failed);
  }
}

}  // namespace
}  // namespace gannet::records
