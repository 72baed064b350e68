#include "gannet/records/batch_reader.h"

#include <gtest/gtest.h>

#include <vector>

#include "gannet/records/batch_builder.h"

namespace gannet::records {
namespace {

std::vector<std::uint8_t> batch_at(std::int64_t base_offset, int records) {
  batch_builder b({.base_offset = base_offset});
  for (int i = 0; i < records; ++i)
    b.add({.key = "k", .value = std::string(10 * i, 'v'), .headers = {}, .timestamp_ms = i});
  return *b.build();
}

std::vector<std::uint8_t> three_batches() {
  std::vector<std::uint8_t> all;
  for (auto [offset, n] : {std::pair{0, 2}, std::pair{2, 3}, std::pair{5, 1}}) {
    const auto b = batch_at(offset, n);
    all.insert(all.end(), b.begin(), b.end());
  }
  return all;
}

TEST(BatchReaderTest, ReadsBatchesBackToBack) {
  const auto all = three_batches();
  batch_reader reader(all);
  std::vector<std::int64_t> last_offsets;
  for (;;) {
    auto b = reader.next();
    ASSERT_TRUE(b);
    if (!*b) break;
    last_offsets.push_back((*b)->last_offset());
  }
  EXPECT_EQ(last_offsets, (std::vector<std::int64_t>{1, 4, 5}));
  EXPECT_EQ(reader.position(), all.size());
}

TEST(BatchReaderTest, EmptyInputHasNoBatches) {
  batch_reader reader({});
  auto b = reader.next();
  ASSERT_TRUE(b);
  EXPECT_FALSE(*b);
}

TEST(BatchReaderTest, PartialLastBatchIsTruncatedAtTheValidPrefix) {
  auto all = three_batches();
  const auto first_two = all.size() - batch_at(5, 1).size();
  all.resize(all.size() - 7);
  batch_reader reader(all);
  ASSERT_TRUE(*reader.next());
  ASSERT_TRUE(*reader.next());
  auto third = reader.next();
  ASSERT_FALSE(third);
  EXPECT_EQ(third.error(), errc::truncated);
  EXPECT_EQ(reader.position(), first_two);
}

TEST(BatchReaderTest, CorruptBatchStopsTheReader) {
  auto all = three_batches();
  const auto first = batch_at(0, 2).size();
  all[first + field::records_count] ^= 1;
  batch_reader reader(all);
  ASSERT_TRUE(*reader.next());
  auto second = reader.next();
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error(), errc::crc_mismatch);
  EXPECT_EQ(reader.position(), first);
}

}  // namespace
}  // namespace gannet::records
