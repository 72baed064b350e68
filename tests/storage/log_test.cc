#include "gannet/storage/log.h"

#include <gtest/gtest.h>

#include "gannet/records/record_batch.h"
#include "gannet/storage/errc.h"
#include "segment.h"
#include "storage_test_util.h"

namespace gannet::storage {
namespace {

using testing::batch_summary;
using testing::make_batch;
using testing::read_bytes;
using testing::whole_batches;

class LogTest : public ::testing::Test {
 protected:
  std::unique_ptr<log> open(log_config c = testing::small_config()) {
    return std::move(log::open(dir_.path() / "t-0", {"t", 0}, testing::options(c, now_)).value());
  }
  append_result append(log& l, int records, std::size_t value_bytes = 50, std::int64_t ts = 1000) {
    auto b = make_batch(records, value_bytes, ts);
    return l.append(b, leader_epoch(3), now_).value();
  }
  std::vector<batch_summary> read_all(log& l, offset from, std::int32_t max_bytes = 1 << 20) {
    return whole_batches(read_bytes(l.read(from, max_bytes, l.log_end_offset(), true).value()));
  }

  testing::temp_dir dir_;
  std::int64_t now_ = 1'000'000;
};

TEST_F(LogTest, AppendAssignsOffsetsAndEpochInPlace) {
  auto l = open();
  auto a = make_batch(3, 10, 1000);
  auto b = make_batch(2, 10, 1000);
  std::vector<std::uint8_t> both = a;
  both.insert(both.end(), b.begin(), b.end());
  auto r = l->append(both, leader_epoch(7), now_).value();
  EXPECT_EQ(r.first_offset, offset(0));
  EXPECT_EQ(r.last_offset, offset(4));
  EXPECT_EQ(r.batch_count, 2);
  EXPECT_EQ(r.log_append_time_ms, -1);
  EXPECT_EQ(l->log_end_offset(), offset(5));
  records::batch_view second(std::span<const std::uint8_t>(both).subspan(a.size()));
  EXPECT_EQ(second.base_offset(), 3);
  EXPECT_EQ(second.partition_leader_epoch(), 7);
  EXPECT_EQ(read_all(*l, offset(0)), (std::vector<batch_summary>{{0, 2}, {3, 4}}));
  EXPECT_EQ(l->latest_epoch(), leader_epoch(7));
}

TEST_F(LogTest, ReadInsideBatchStartsAtBatchStart) {
  auto l = open();
  append(*l, 5);
  append(*l, 5);
  auto r = l->read(offset(7), 1 << 20, l->log_end_offset(), true).value();
  EXPECT_EQ(r.first_batch_offset, offset(5));
  EXPECT_EQ(whole_batches(read_bytes(r)), (std::vector<batch_summary>{{5, 9}}));
}

TEST_F(LogTest, ReadStopsBeforeUpperBoundBatch) {
  auto l = open();
  for (int i = 0; i < 4; ++i)
    append(*l, 2);
  auto r = l->read(offset(0), 1 << 20, offset(4), true).value();
  EXPECT_EQ(whole_batches(read_bytes(r)), (std::vector<batch_summary>{{0, 1}, {2, 3}}));
  EXPECT_TRUE(l->read(offset(4), 1 << 20, offset(4), true).value().slices.empty());
}

TEST_F(LogTest, MinOneBatchReturnsWholeFirstBatchBeyondMaxBytes) {
  auto l = open();
  append(*l, 4, 200);
  auto with = l->read(offset(0), 10, l->log_end_offset(), true).value();
  EXPECT_EQ(whole_batches(read_bytes(with)), (std::vector<batch_summary>{{0, 3}}));
  auto without = l->read(offset(0), 10, l->log_end_offset(), false).value();
  EXPECT_EQ(without.bytes, 10);
  EXPECT_TRUE(whole_batches(read_bytes(without)).empty());
}

TEST_F(LogTest, OutOfRangeOffsetsAreReported) {
  auto l = open();
  append(*l, 2);
  EXPECT_TRUE(l->read(offset(3), 100, offset(2), true).value().offset_out_of_range);
  EXPECT_TRUE(l->read(offset(-1), 100, offset(2), true).value().offset_out_of_range);
  auto at_end = l->read(offset(2), 100, offset(2), true).value();
  EXPECT_FALSE(at_end.offset_out_of_range);
  EXPECT_TRUE(at_end.slices.empty());
  EXPECT_EQ(at_end.log_end_offset, offset(2));
}

TEST_F(LogTest, RollsOnSegmentBytesAndReadsAcrossSegments) {
  auto l = open();
  for (int i = 0; i < 30; ++i)
    append(*l, 2, 100);
  EXPECT_GE(l->segment_count(), 3u);
  auto all = read_all(*l, offset(0), 1 << 24);
  ASSERT_EQ(all.size(), 30u);
  for (int i = 0; i < 30; ++i)
    EXPECT_EQ(all[static_cast<std::size_t>(i)], (batch_summary{2 * i, 2 * i + 1}));
  auto names = l->segment_base_offsets();
  for (std::size_t i = 0; i < names.size(); ++i) {
    EXPECT_TRUE(std::filesystem::exists(dir_.path() / "t-0" / segment_file_name(names[i], ".log")));
  }
}

TEST_F(LogTest, RollsOnSegmentMs) {
  auto c = testing::small_config();
  c.segment_bytes = 1 << 20;
  c.segment_ms = 1000;
  auto l = open(c);
  auto b1 = make_batch(1, 10, now_);
  ASSERT_TRUE(l->append(b1, leader_epoch(0), now_));
  auto b2 = make_batch(1, 10, now_);
  ASSERT_TRUE(l->append(b2, leader_epoch(0), now_ + 500));
  EXPECT_EQ(l->segment_count(), 1u);
  auto b3 = make_batch(1, 10, now_);
  ASSERT_TRUE(l->append(b3, leader_epoch(0), now_ + 1500));
  EXPECT_EQ(l->segment_base_offsets(), (std::vector<offset>{offset(0), offset(2)}));
}

TEST_F(LogTest, RollsWhenOffsetIndexIsFull) {
  auto c = testing::small_config();
  c.segment_bytes = 1 << 20;
  c.index_interval_bytes = 1;
  c.segment_index_bytes = 8 * 4;  // four offset index entries (time index: two)
  auto l = open(c);
  for (int i = 0; i < 12; ++i)
    append(*l, 1, 10, 1000 + i);
  EXPECT_GT(l->segment_count(), 2u);
  EXPECT_EQ(read_all(*l, offset(0)).size(), 12u);
}

TEST_F(LogTest, LogAppendTimeRewritesTimestamps) {
  auto c = testing::small_config();
  c.timestamp_type = message_timestamp_type::log_append_time;
  auto l = open(c);
  auto b = make_batch(2, 10, 5);
  auto r = l->append(b, leader_epoch(0), 123456).value();
  EXPECT_EQ(r.log_append_time_ms, 123456);
  auto v = records::validate_batch(b).value();
  EXPECT_EQ(v.max_timestamp(), 123456);
  EXPECT_EQ(v.timestamp_kind(), records::timestamp_type::log_append_time);
}

TEST_F(LogTest, FindsOffsetByTimestampAcrossSegments) {
  auto l = open();
  for (int i = 0; i < 40; ++i)
    append(*l, 2, 100, 10'000 + 10 * i);  // batch i: ts 10000+10i, +1
  ASSERT_GE(l->segment_count(), 3u);
  for (int i = 0; i < 40; ++i) {
    auto f = l->find_offset_by_timestamp(10'000 + 10 * i).value();
    ASSERT_TRUE(f);
    EXPECT_EQ(f->off, offset(2 * i)) << i;
    auto g = l->find_offset_by_timestamp(10'000 + 10 * i + 5).value();
    ASSERT_TRUE(g || i == 39);
    if (g) {
      EXPECT_EQ(g->off, offset(2 * i + 2));
    }
  }
  EXPECT_FALSE(l->find_offset_by_timestamp(20'000).value());
  EXPECT_EQ(l->find_offset_by_timestamp(0).value()->off, offset(0));
  auto m = l->max_timestamp_offset().value();
  ASSERT_TRUE(m);
  EXPECT_EQ(m->timestamp, 10'000 + 390 + 1);
  EXPECT_EQ(m->off, offset(78));  // the batch (78-79) holding it
}

TEST_F(LogTest, ReopenContinuesOffsetsAfterCleanClose) {
  {
    auto l = open();
    for (int i = 0; i < 20; ++i)
      append(*l, 3, 100);
    ASSERT_TRUE(l->close());
  }
  auto l = open();
  EXPECT_EQ(l->log_end_offset(), offset(60));
  EXPECT_EQ(append(*l, 1).first_offset, offset(60));
  EXPECT_EQ(read_all(*l, offset(0), 1 << 24).size(), 21u);
}

TEST_F(LogTest, InvalidFramingIsRejected) {
  auto l = open();
  auto b = make_batch(1, 10, 0);
  b.resize(b.size() - 1);
  EXPECT_EQ(l->append(b, leader_epoch(0), now_).error(), errc::invalid_batch);
  std::vector<std::uint8_t> empty;
  EXPECT_EQ(l->append(empty, leader_epoch(0), now_).error(), errc::invalid_batch);
  EXPECT_EQ(l->log_end_offset(), offset(0));
}

TEST_F(LogTest, FollowerAppendKeepsOffsetsAndRejectsGoingBack) {
  auto l = open();
  auto b = make_batch(2, 10, 0);
  records::set_base_offset(b, 10);
  records::set_partition_leader_epoch(b, 4);
  ASSERT_TRUE(l->append_as_follower(b, now_));
  EXPECT_EQ(l->log_end_offset(), offset(12));
  EXPECT_EQ(l->segment_base_offsets(), (std::vector<offset>{offset(0)}));  // offset 10 fits relative to base 0
  EXPECT_EQ(l->append_as_follower(b, now_).error(), errc::invalid_batch);
  EXPECT_EQ(l->end_offset_for_epoch(leader_epoch(4)), (std::pair{leader_epoch(4), offset(12)}));
}

TEST_F(LogTest, TruncateToRemovesTailAndContinues) {
  auto l = open();
  for (int i = 0; i < 30; ++i)
    append(*l, 2, 100);
  ASSERT_TRUE(l->truncate_to(offset(31)));  // inside batch 30..31: the batch goes
  EXPECT_EQ(l->log_end_offset(), offset(30));
  EXPECT_EQ(append(*l, 1).first_offset, offset(30));
  auto all = read_all(*l, offset(0), 1 << 24);
  ASSERT_EQ(all.size(), 16u);
  EXPECT_EQ(all.back(), (batch_summary{30, 30}));
}

TEST_F(LogTest, LeaderEpochHistory) {
  auto l = open();
  auto b = make_batch(2, 10, 0);
  ASSERT_TRUE(l->append(b, leader_epoch(1), now_));
  b = make_batch(3, 10, 0);
  ASSERT_TRUE(l->append(b, leader_epoch(3), now_));
  EXPECT_EQ(l->end_offset_for_epoch(leader_epoch(1)), (std::pair{leader_epoch(1), offset(2)}));
  EXPECT_EQ(l->end_offset_for_epoch(leader_epoch(2)), (std::pair{leader_epoch(1), offset(2)}));
  EXPECT_EQ(l->end_offset_for_epoch(leader_epoch(3)), (std::pair{leader_epoch(3), offset(5)}));
  EXPECT_EQ(l->end_offset_for_epoch(leader_epoch(0)), (std::pair{leader_epoch(-1), offset(-1)}));
}

}  // namespace
}  // namespace gannet::storage
