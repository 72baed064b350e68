#include "gannet/records/record_batch.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "gannet/records/batch_builder.h"
#include "gannet/records/crc32c.h"
#include "record_testing.h"

namespace gannet::records {
namespace {

using testing::raw_batch;

std::vector<std::uint8_t> sample_batch(compression_type c = compression_type::none) {
  batch_builder b({.compression = c, .base_offset = 5, .partition_leader_epoch = 9, .producer_id = 77});
  b.add({.key = "k1", .value = "v1", .headers = {{"h", "x"}}, .timestamp_ms = 1000});
  b.add({.key = std::nullopt, .value = std::string(300, 'z'), .headers = {}, .timestamp_ms = 990});
  b.add({.key = "k3", .value = std::nullopt, .headers = {}, .timestamp_ms = 1010});
  return *b.build();
}

std::error_code error_of(std::span<const std::uint8_t> bytes) {
  auto r = validate_batch(bytes);
  return r ? std::error_code{} : r.error();
}

TEST(RecordBatchTest, HeaderFieldsReadBigEndian) {
  const auto b = raw_batch({1, 2, 3}, 3, attribute::transactional | 3, 2);
  auto v = validate_batch(b);
  ASSERT_TRUE(v) << v.error().message();
  EXPECT_EQ(v->base_offset(), 1000);
  EXPECT_EQ(v->batch_length(), 52);
  EXPECT_EQ(v->size_bytes(), 64u);
  EXPECT_EQ(v->partition_leader_epoch(), 7);
  EXPECT_EQ(v->magic(), 2);
  EXPECT_EQ(v->crc(), crc32c::value(std::span(b).subspan(field::attributes)));
  EXPECT_EQ(v->compression(), compression_type::lz4);
  EXPECT_TRUE(v->is_transactional());
  EXPECT_FALSE(v->is_control());
  EXPECT_EQ(v->timestamp_kind(), timestamp_type::create_time);
  EXPECT_EQ(v->last_offset_delta(), 2);
  EXPECT_EQ(v->last_offset(), 1002);
  EXPECT_EQ(v->base_timestamp(), 1700000000000);
  EXPECT_EQ(v->max_timestamp(), 1700000000005);
  EXPECT_EQ(v->producer_id(), 42);
  EXPECT_EQ(v->producer_epoch(), 3);
  EXPECT_EQ(v->base_sequence(), 100);
  EXPECT_EQ(v->records_count(), 3);
}

TEST(RecordBatchTest, ViewCoversExactlyTheFirstBatch) {
  auto b = raw_batch({9}, 1);
  const auto one = b.size();
  b.insert(b.end(), b.begin(), b.end());
  auto v = validate_batch(b);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->bytes().size(), one);
}

TEST(RecordBatchTest, EveryTruncationIsTruncated) {
  for (auto c : {compression_type::none, compression_type::zstd}) {
    const auto b = sample_batch(c);
    ASSERT_TRUE(validate_batch(b));
    for (std::size_t n = 0; n < b.size(); ++n) {
      EXPECT_EQ(error_of(std::span(b).first(n)), errc::truncated) << "prefix " << n;
    }
  }
}

TEST(RecordBatchTest, AnyFlippedBitAfterTheCrcFieldIsCrcMismatch) {
  const auto good = sample_batch();
  for (std::size_t i = field::crc; i < good.size(); ++i) {
    for (int bit = 0; bit < 8; ++bit) {
      auto b = good;
      b[i] ^= static_cast<std::uint8_t>(1u << bit);
      ASSERT_EQ(error_of(b), errc::crc_mismatch) << "byte " << i << " bit " << bit;
    }
  }
}

TEST(RecordBatchTest, BaseOffsetAndLeaderEpochAreNotCoveredByTheCrc) {
  auto b = sample_batch();
  for (std::size_t i = 0; i < field::batch_length; ++i)
    b[i] ^= 0xFF;
  for (std::size_t i = field::partition_leader_epoch; i < field::magic; ++i)
    b[i] ^= 0x5A;
  EXPECT_TRUE(validate_batch(b));
}

TEST(RecordBatchTest, MagicOtherThanTwoIsUnsupported) {
  for (std::uint8_t magic : {0, 1, 3, 0xFF}) {
    auto b = sample_batch();
    b[field::magic] = magic;
    EXPECT_EQ(error_of(b), errc::unsupported_magic) << int{magic};
  }
}

TEST(RecordBatchTest, NegativeOrTooSmallLengthIsInvalidLength) {
  const auto good = sample_batch();
  for (std::uint32_t length : {0xFFFFFFFFu, 0x80000000u, 0u, 12u, 48u}) {
    auto b = good;
    b[8] = static_cast<std::uint8_t>(length >> 24);
    b[9] = static_cast<std::uint8_t>(length >> 16);
    b[10] = static_cast<std::uint8_t>(length >> 8);
    b[11] = static_cast<std::uint8_t>(length);
    EXPECT_EQ(error_of(b), errc::invalid_length) << length;
  }
}

TEST(RecordBatchTest, HugeLengthIsTruncated) {
  auto b = sample_batch();
  b[8] = 0x7F;
  b[9] = b[10] = b[11] = 0xFF;
  EXPECT_EQ(error_of(b), errc::truncated);
}

TEST(RecordBatchTest, HeaderOnlyBatchOfMinimumLengthValidates) {
  const auto b = raw_batch({}, 0);
  ASSERT_EQ(b.size(), batch_header_size);
  auto v = validate_batch(b);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->batch_length(), 49);
}

TEST(RecordBatchTest, OffsetAndEpochRewritesKeepTheCrc) {
  auto b = sample_batch();
  const auto crc = batch_view(b).crc();
  set_base_offset(b, 123456789012345);
  set_partition_leader_epoch(b, 42);
  auto v = validate_batch(b);
  ASSERT_TRUE(v) << v.error().message();
  EXPECT_EQ(v->base_offset(), 123456789012345);
  EXPECT_EQ(v->last_offset(), 123456789012345 + 2);
  EXPECT_EQ(v->partition_leader_epoch(), 42);
  EXPECT_EQ(v->crc(), crc);
}

TEST(RecordBatchTest, LogAppendTimeRewriteRecomputesTheCrc) {
  auto b = sample_batch(compression_type::gzip);
  const auto crc = batch_view(b).crc();
  set_log_append_time(b, 1800000000000);
  auto v = validate_batch(b);
  ASSERT_TRUE(v) << v.error().message();
  EXPECT_NE(v->crc(), crc);
  EXPECT_EQ(v->timestamp_kind(), timestamp_type::log_append_time);
  EXPECT_EQ(v->max_timestamp(), 1800000000000);
  EXPECT_EQ(v->compression(), compression_type::gzip);  // other attribute bits kept
  EXPECT_EQ(v->producer_id(), 77);
}

TEST(RecordBatchTest, UpdateCrcCoversOnlyTheBatchInALongerBuffer) {
  auto b = sample_batch();
  const auto size = b.size();
  b.resize(size + 100, 0xAB);
  b[field::max_timestamp] ^= 1;
  update_crc(b);
  auto v = validate_batch(b);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->size_bytes(), size);
}

TEST(RecordBatchTest, ErrorCodesHaveTheRecordsCategory) {
  const std::error_code ec = errc::crc_mismatch;
  EXPECT_STREQ(ec.category().name(), "gannet.records");
  EXPECT_EQ(ec.message(), "record batch CRC mismatch");
}

}  // namespace
}  // namespace gannet::records
