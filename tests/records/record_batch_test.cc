#include "gannet/records/record_batch.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "gannet/records/crc32c.h"

namespace gannet::records {
namespace {

void put_be(std::vector<std::uint8_t>& out, std::uint64_t v, int bytes) {
  for (int i = bytes - 1; i >= 0; --i)
    out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

// A header-only batch with `payload` after it (not necessarily valid records).
std::vector<std::uint8_t> raw_batch(std::vector<std::uint8_t> payload = {}, std::int16_t attributes = 0) {
  std::vector<std::uint8_t> b;
  put_be(b, 1000, 8);                                               // base offset
  put_be(b, batch_header_size - log_overhead + payload.size(), 4);  // batch length
  put_be(b, 7, 4);                                                  // leader epoch
  b.push_back(2);                                                   // magic
  put_be(b, 0, 4);                                                  // crc
  put_be(b, static_cast<std::uint16_t>(attributes), 2);
  put_be(b, 2, 4);              // last offset delta
  put_be(b, 1700000000000, 8);  // base timestamp
  put_be(b, 1700000000005, 8);  // max timestamp
  put_be(b, 42, 8);             // producer id
  put_be(b, 3, 2);              // producer epoch
  put_be(b, 100, 4);            // base sequence
  put_be(b, 3, 4);              // records count
  b.insert(b.end(), payload.begin(), payload.end());
  update_crc(b);
  return b;
}

TEST(RecordBatchTest, HeaderFieldsReadBigEndian) {
  const auto b = raw_batch({1, 2, 3}, attribute::transactional | 3);
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
  auto b = raw_batch({9});
  const auto one = b.size();
  b.insert(b.end(), b.begin(), b.end());
  auto v = validate_batch(b);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->bytes().size(), one);
}

}  // namespace
}  // namespace gannet::records
