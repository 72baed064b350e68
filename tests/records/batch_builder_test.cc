#include "gannet/records/batch_builder.h"

#include <gtest/gtest.h>

#include "gannet/records/record_batch.h"
#include "record_testing.h"

namespace gannet::records {
namespace {

TEST(BatchBuilderTest, HeaderCarriesOptions) {
  batch_builder b({.compression = compression_type::lz4,
                   .base_offset = 100,
                   .partition_leader_epoch = 4,
                   .producer_id = 1234,
                   .producer_epoch = 5,
                   .base_sequence = 66,
                   .transactional = true,
                   .timestamps = timestamp_type::log_append_time});
  b.add({.key = "a", .value = "1", .headers = {}, .timestamp_ms = 50});
  b.add({.key = "b", .value = "2", .headers = {}, .timestamp_ms = 40});
  const auto bytes = *b.build();
  auto v = validate_batch(bytes);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->base_offset(), 100);
  EXPECT_EQ(v->last_offset(), 101);
  EXPECT_EQ(v->partition_leader_epoch(), 4);
  EXPECT_EQ(v->producer_id(), 1234);
  EXPECT_EQ(v->producer_epoch(), 5);
  EXPECT_EQ(v->base_sequence(), 66);
  EXPECT_TRUE(v->is_transactional());
  EXPECT_FALSE(v->is_control());
  EXPECT_EQ(v->timestamp_kind(), timestamp_type::log_append_time);
  EXPECT_EQ(v->compression(), compression_type::lz4);
  EXPECT_EQ(v->base_timestamp(), 50);
  EXPECT_EQ(v->max_timestamp(), 50);
  EXPECT_EQ(v->records_count(), 2);
}

// Golden bytes of a one-record batch, checked by hand against the layout in
// docs/record-batch-format.md.
TEST(BatchBuilderTest, OneRecordGoldenBytes) {
  batch_builder b({.producer_id = 1, .producer_epoch = 0, .base_sequence = 0});
  b.add({.key = std::nullopt, .value = "hi", .headers = {{"k", "v"}}, .timestamp_ms = 0x10});
  const auto bytes = *b.build();
  const std::vector<std::uint8_t> expected_tail = {
      0x18,            // record length 12
      0x00,            // attributes
      0x00,            // timestamp delta 0
      0x00,            // offset delta 0
      0x01,            // key null
      0x04, 'h', 'i',  // value "hi"
      0x02,            // 1 header
      0x02, 'k',       // header key
      0x02, 'v',       // header value
  };
  ASSERT_EQ(bytes.size(), batch_header_size + expected_tail.size());
  EXPECT_EQ(std::vector<std::uint8_t>(bytes.begin() + batch_header_size, bytes.end()), expected_tail);
  const std::vector<std::uint8_t> expected_header = {
      0,    0,    0,    0,
      0,    0,    0,    0,                                                     // base offset
      0,    0,    0,    static_cast<std::uint8_t>(49 + expected_tail.size()),  // batch length
      0xFF, 0xFF, 0xFF, 0xFF,                                                  // leader epoch -1
      2,                                                                       // magic
  };
  EXPECT_EQ(std::vector<std::uint8_t>(bytes.begin(), bytes.begin() + 17), expected_header);
  const std::vector<std::uint8_t> after_crc = {
      0, 0,                       // attributes
      0, 0, 0, 0,                 // last offset delta
      0, 0, 0, 0, 0, 0, 0, 0x10,  // base timestamp
      0, 0, 0, 0, 0, 0, 0, 0x10,  // max timestamp
      0, 0, 0, 0, 0, 0, 0, 1,     // producer id
      0, 0,                       // producer epoch
      0, 0, 0, 0,                 // base sequence
      0, 0, 0, 1,                 // records count
  };
  EXPECT_EQ(std::vector<std::uint8_t>(bytes.begin() + 21, bytes.begin() + 61), after_crc);
  EXPECT_TRUE(validate_batch(bytes));
}

TEST(BatchBuilderTest, EmptyBatchValidates) {
  const auto bytes = *batch_builder().build();
  auto v = validate_batch(bytes);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->records_count(), 0);
  EXPECT_EQ(bytes.size(), batch_header_size);
}

}  // namespace
}  // namespace gannet::records
