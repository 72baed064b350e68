#include "gannet/records/record.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gannet/records/batch_builder.h"
#include "gannet/records/compression.h"
#include "gannet/records/record_batch.h"
#include "record_testing.h"

namespace gannet::records {
namespace {

using testing::decode_batch;
using testing::expected_from;
using testing::raw_batch;

std::vector<record_data> varied_records() {
  std::string binary("\0\x01\xff\x80 bytes", 10);
  return {
      {.key = "key", .value = "value", .headers = {}, .timestamp_ms = 1700000000000},
      {.key = std::nullopt, .value = std::nullopt, .headers = {}, .timestamp_ms = 1700000000100},
      {.key = "", .value = "", .headers = {{"", ""}, {"n", std::nullopt}}, .timestamp_ms = 1699999999000},
      {.key = binary, .value = std::string(70000, 'x'), .headers = {{"h1", binary}}, .timestamp_ms = -5},
      {.key = "k", .value = "v", .headers = {{"a", "1"}, {"b", "2"}, {"c", "3"}}, .timestamp_ms = 1700000050000},
  };
}

class RecordRoundTripTest : public ::testing::TestWithParam<compression_type> {};

TEST_P(RecordRoundTripTest, BuildValidateIterateGivesBackExactRecords) {
  const auto records = varied_records();
  batch_builder b({.compression = GetParam(), .producer_id = 9, .producer_epoch = 1, .base_sequence = 0});
  for (const auto& r : records)
    b.add(r);
  auto bytes = b.build();
  ASSERT_TRUE(bytes) << bytes.error().message();
  auto batch = validate_batch(*bytes);
  ASSERT_TRUE(batch);
  EXPECT_EQ(batch->compression(), GetParam());
  EXPECT_EQ(batch->records_count(), 5);
  EXPECT_EQ(batch->last_offset_delta(), 4);
  EXPECT_EQ(batch->base_timestamp(), 1700000000000);
  EXPECT_EQ(batch->max_timestamp(), 1700000050000);
  auto decoded = decode_batch(*bytes);
  ASSERT_TRUE(decoded) << decoded.error().message();
  EXPECT_EQ(*decoded, expected_from(records));

  std::vector<std::uint8_t> buffer;
  auto summary = validate_records(*batch, buffer, 1 << 20);
  ASSERT_TRUE(summary) << summary.error().message();
  EXPECT_EQ(summary->count, 5);
  EXPECT_EQ(summary->max_timestamp, 1700000050000);
  EXPECT_EQ(summary->offset_delta_of_max_timestamp, 4);
}

INSTANTIATE_TEST_SUITE_P(AllCodecs, RecordRoundTripTest,
                         ::testing::Values(compression_type::none, compression_type::gzip, compression_type::snappy,
                                           compression_type::lz4, compression_type::zstd),
                         [](const auto& info) { return std::string(compression_name(info.param)); });

TEST(RecordTest, RecordViewExposesWireFields) {
  batch_builder b;
  b.add({.key = "ab", .value = "cde", .headers = {{"h", std::nullopt}}, .timestamp_ms = 10});
  b.add({.key = "x", .value = "y", .headers = {}, .timestamp_ms = 7});
  auto bytes = *b.build();
  auto batch = *validate_batch(bytes);
  std::vector<std::uint8_t> buffer;
  auto reader = *read_records(batch, buffer, 0);
  auto first = *reader.next();
  ASSERT_TRUE(first);
  // attributes, ts delta 0, offset delta 0, key len 2 + "ab", value len 3 + "cde", 1 header: len 1 + "h", null.
  EXPECT_EQ(first->length, 1 + 1 + 1 + 1 + 2 + 1 + 3 + 1 + 1 + 1 + 1);
  EXPECT_EQ(first->bytes.size(), static_cast<std::size_t>(first->length) + 1);
  EXPECT_EQ(first->attributes, 0);
  EXPECT_EQ(first->headers.size(), 1);
  // Headers can be walked more than once.
  for (int pass = 0; pass < 2; ++pass) {
    int n = 0;
    for (const auto& h : first->headers) {
      EXPECT_EQ(testing::to_string(h.key), "h");
      EXPECT_FALSE(h.value);
      ++n;
    }
    EXPECT_EQ(n, 1);
  }
  auto second = *reader.next();
  ASSERT_TRUE(second);
  EXPECT_EQ(second->timestamp_delta, -3);
  EXPECT_EQ(second->offset_delta, 1);
  EXPECT_TRUE(second->headers.empty());
  EXPECT_EQ(reader.remaining(), 0);
  auto end = reader.next();
  ASSERT_TRUE(end);
  EXPECT_FALSE(*end);
}

// A record body: attributes 0, timestamp delta 0, offset delta `od`, then `rest`
// (already encoded), with a correct length prefix.
std::vector<std::uint8_t> record_bytes(std::vector<std::uint8_t> rest, std::uint8_t od = 0) {
  std::vector<std::uint8_t> body = {0, 0, static_cast<std::uint8_t>(od * 2)};
  body.insert(body.end(), rest.begin(), rest.end());
  std::vector<std::uint8_t> out = {static_cast<std::uint8_t>(body.size() * 2)};  // zigzag, < 64 bytes
  out.insert(out.end(), body.begin(), body.end());
  return out;
}

std::error_code records_error(const std::vector<std::uint8_t>& section, std::int32_t count, record_checks checks = {}) {
  const auto bytes = raw_batch(section, count);
  auto batch = validate_batch(bytes);
  if (!batch) return batch.error();
  std::vector<std::uint8_t> buffer;
  auto r = validate_records(*batch, buffer, 1 << 20, checks);
  return r ? std::error_code{} : r.error();
}

TEST(RecordTest, HandMadeRecordParses) {
  // key "k" (len 1 -> 0x02), value null (-1 -> 0x01), no headers.
  EXPECT_EQ(records_error(record_bytes({0x02, 'k', 0x01, 0x00}), 1), std::error_code{});
}

TEST(RecordTest, MalformedRecordsAreInvalidRecord) {
  const std::vector<std::vector<std::uint8_t>> bad = {
      {},                                                                        // no bytes for one record
      {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01},                                      // length varint longer than 5 bytes
      {0x01},                                                                    // negative length (-1)
      {0x7E, 0x00},                                                              // length 63 past the end
      {0x00},                                                                    // length 0: no attributes
      record_bytes({0x03, 0x01, 0x00}),                                          // key length -2
      record_bytes({0x0A, 'k', 0x01, 0x00}),                                     // key length 5 past the record
      record_bytes({0x02, 'k', 0x01, 0x01}),                                     // header count -1
      record_bytes({0x02, 'k', 0x01, 0x02, 0x01, 0x01}),                         // header key null
      record_bytes({0x02, 'k', 0x01, 0x02, 0x02, 'h'}),                          // header value missing
      record_bytes({0x02, 'k', 0x01, 0x00, 0x00}),                               // a byte left inside the record
      record_bytes({0x02, 'k', 0x01}),                                           // header count missing
      {0x16, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF},  // timestamp varlong > 10 bytes
      {0x14, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x01, 0x00},        // offset varint > 5 bytes
  };
  for (std::size_t i = 0; i < bad.size(); ++i) {
    EXPECT_EQ(records_error(bad[i], 1, {.consecutive_offsets = false}), errc::invalid_record) << "case " << i;
  }
}

TEST(RecordTest, CountMustMatchTheRecords) {
  const auto one = record_bytes({0x01, 0x01, 0x00});
  auto two = one;
  const auto second = record_bytes({0x01, 0x01, 0x00}, 1);
  two.insert(two.end(), second.begin(), second.end());
  EXPECT_EQ(records_error(two, 2), std::error_code{});
  EXPECT_EQ(records_error(two, 1, {.consecutive_offsets = false}), errc::invalid_record);  // bytes left over
  EXPECT_EQ(records_error(one, 2, {.consecutive_offsets = false}), errc::invalid_record);  // one short
  EXPECT_EQ(records_error(one, 0, {.consecutive_offsets = false}), errc::invalid_record);
  EXPECT_EQ(records_error(one, -1, {.consecutive_offsets = false}), errc::invalid_record);
  EXPECT_EQ(records_error({}, 0, {.consecutive_offsets = false}), std::error_code{});
  EXPECT_EQ(records_error({}, 0), errc::invalid_record);  // Produce needs a record
}

TEST(RecordTest, ProduceChecksNeedConsecutiveOffsetDeltas) {
  auto records = record_bytes({0x01, 0x01, 0x00}, 0);
  const auto skip = record_bytes({0x01, 0x01, 0x00}, 2);
  records.insert(records.end(), skip.begin(), skip.end());
  EXPECT_EQ(records_error(records, 2), errc::invalid_record);
  EXPECT_EQ(records_error(records, 2, {.consecutive_offsets = false}), std::error_code{});
  // last_offset_delta must agree with the count too.
  const auto one = record_bytes({0x01, 0x01, 0x00});
  const auto bytes = raw_batch(one, 1, 0, 5);
  std::vector<std::uint8_t> buffer;
  auto r = validate_records(*validate_batch(bytes), buffer, 1 << 20);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), errc::invalid_record);
}

TEST(RecordTest, EveryTruncatedRecordsSectionIsInvalidRecord) {
  batch_builder b;
  for (const auto& r : varied_records())
    b.add(r);
  const auto good = *b.build();
  const auto section = std::vector<std::uint8_t>(good.begin() + batch_header_size, good.end());
  for (std::size_t n = 0; n < section.size(); n += (n < 200 || section.size() - n < 200) ? 1 : 97) {
    const std::vector<std::uint8_t> cut(section.begin(), section.begin() + static_cast<std::ptrdiff_t>(n));
    ASSERT_EQ(records_error(cut, 5), errc::invalid_record) << n;
  }
}

TEST(RecordTest, CompressedGarbageIsDecompressionFailed) {
  const std::vector<std::uint8_t> junk = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  for (auto c : {compression_type::gzip, compression_type::snappy, compression_type::lz4, compression_type::zstd}) {
    const auto bytes = raw_batch(junk, 1, static_cast<std::int16_t>(c));
    std::vector<std::uint8_t> buffer;
    auto r = validate_records(*validate_batch(bytes), buffer, 1 << 20);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), errc::decompression_failed) << compression_name(c);
  }
  const auto bytes = raw_batch(junk, 1, 5);
  std::vector<std::uint8_t> buffer;
  auto r = validate_records(*validate_batch(bytes), buffer, 1 << 20);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), errc::unsupported_compression);
}

TEST(RecordTest, ControlRecordHasKafkaLayout) {
  batch_builder b({.producer_id = 5, .producer_epoch = 0, .transactional = true, .control = true});
  b.add(make_control_record(control_type::commit, 0x01020304, 99));
  const auto bytes = *b.build();
  auto batch = validate_batch(bytes);
  ASSERT_TRUE(batch);
  EXPECT_TRUE(batch->is_control());
  EXPECT_TRUE(batch->is_transactional());
  auto decoded = decode_batch(bytes);
  ASSERT_TRUE(decoded);
  ASSERT_EQ(decoded->size(), 1u);
  EXPECT_EQ((*decoded)[0].key, std::string("\0\0\0\1", 4));
  EXPECT_EQ((*decoded)[0].value, std::string("\0\0\1\2\3\4", 6));
}

}  // namespace
}  // namespace gannet::records
