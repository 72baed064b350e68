#include "gannet/cluster/producer_state.h"

#include <gtest/gtest.h>

namespace gannet::cluster {
namespace {

using protocol::error_code;

batch_identity batch(std::int64_t pid, std::int16_t epoch, std::int32_t first, std::int32_t last) {
  return {pid, epoch, first, last};
}

TEST(ProducerStateTest, SnapshotKeepsEachProducersLastBatch) {
  producer_state s;
  s.record(batch(7, 1, 0, 1), 0, 1, 5000);
  s.record(batch(7, 1, 2, 4), 2, 4, 5100);
  s.record(batch(3, 0, 0, 0), 5, 5, 5200);
  auto entries = s.snapshot();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0], (storage::producer_snapshot_entry{3, 0, 0, 5, 0, 5200, -1, -1}));
  EXPECT_EQ(entries[1], (storage::producer_snapshot_entry{7, 1, 4, 4, 2, 5100, -1, -1}));
}

TEST(ProducerStateTest, LoadedStateAnswersTheLastBatchAsADuplicateAndTakesTheNext) {
  producer_state s;
  s.record(batch(7, 1, 0, 1), 0, 1, 5000);
  s.record(batch(7, 1, 2, 4), 2, 4, 5100);
  producer_state t;
  t.load(s.snapshot(), 6000, 86400000);
  ASSERT_EQ(t.size(), 1u);
  auto dup = t.check(batch(7, 1, 2, 4));
  EXPECT_EQ(dup.error, error_code::none);
  ASSERT_TRUE(dup.duplicate_first_offset);
  EXPECT_EQ(*dup.duplicate_first_offset, 2);
  EXPECT_EQ(t.check(batch(7, 1, 5, 5)).error, error_code::none);
  EXPECT_FALSE(t.check(batch(7, 1, 5, 5)).duplicate_first_offset);
  EXPECT_EQ(t.check(batch(7, 1, 6, 6)).error, error_code::out_of_order_sequence_number);
  EXPECT_EQ(t.check(batch(7, 0, 5, 5)).error, error_code::invalid_producer_epoch);
  // Round trip: the loaded state snapshots to the same entries.
  EXPECT_EQ(t.snapshot(), s.snapshot());
}

TEST(ProducerStateTest, SequencesWrapWhenLoaded) {
  producer_state s;
  s.record(batch(9, 0, INT32_MAX - 1, 1), 100, 103, 5000);  // 4 records: MAX-1, MAX, 0, 1
  producer_state t;
  t.load(s.snapshot(), 5000, 86400000);
  auto dup = t.check(batch(9, 0, INT32_MAX - 1, 1));
  ASSERT_TRUE(dup.duplicate_first_offset);
  EXPECT_EQ(*dup.duplicate_first_offset, 100);
  EXPECT_EQ(t.check(batch(9, 0, 2, 2)).error, error_code::none);
}

TEST(ProducerStateTest, ExpiryCountsFromTheLastBatchTimestamp) {
  producer_state s;
  s.record(batch(1, 0, 0, 0), 0, 0, 1000);
  s.record(batch(2, 0, 0, 0), 1, 1, 2000);
  s.expire(1000 + 5000 - 1, 5000);
  EXPECT_EQ(s.size(), 2u);
  s.expire(1000 + 5000, 5000);  // Kafka: now - timestamp >= expiration
  EXPECT_EQ(s.size(), 1u);
  // An expired producer starts over at any sequence (no state).
  EXPECT_EQ(s.check(batch(1, 0, 17, 17)).error, error_code::none);
  // Expired entries of a snapshot are not loaded.
  producer_state t;
  t.load({{1, 0, 0, 0, 0, 1000, -1, -1}, {2, 0, 0, 1, 0, 2000, -1, -1}}, 6500, 5000);
  EXPECT_EQ(t.size(), 1u);
  EXPECT_EQ(t.snapshot().at(0).producer_id, 2);
}

}  // namespace
}  // namespace gannet::cluster
