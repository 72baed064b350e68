#include <gtest/gtest.h>

#include "gannet/storage/deletion_queue.h"
#include "gannet/storage/errc.h"
#include "gannet/storage/log.h"
#include "storage_test_util.h"

namespace gannet::storage {
namespace {

class LogRetentionTest : public ::testing::Test {
 protected:
  std::unique_ptr<log> open(log_config c) {
    auto o = testing::options(c, now_);
    o.deletions = &deletions_;
    return std::move(log::open(dir_.path() / "x-0", {"x", 0}, o).value());
  }
  void fill(log& l, int n, std::int64_t ts) {
    for (int i = 0; i < n; ++i) {
      auto b = testing::make_batch(2, 100, ts);
      ASSERT_TRUE(l.append(b, leader_epoch(0), now_));
    }
    l.set_high_watermark(l.log_end_offset());
  }
  std::size_t files_with(std::string_view suffix) {
    std::size_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir_.path() / "x-0")) {
      auto name = e.path().filename().string();
      if (name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix) ++n;
    }
    return n;
  }

  testing::temp_dir dir_;
  deletion_queue deletions_;
  std::int64_t now_ = 10'000'000;
};

TEST_F(LogRetentionTest, RetentionMsDeletesSegmentsOlderThanLimitAsync) {
  auto c = testing::small_config();
  c.retention_ms = 60'000;
  c.file_delete_delay_ms = 1000;
  auto l = open(c);
  fill(*l, 20, now_ - 120'000);  // old
  auto old_segments = l->segment_count();
  l->roll(now_).value();
  fill(*l, 20, now_);  // new
  auto n = l->delete_old_segments(now_).value();
  EXPECT_EQ(n, old_segments);
  EXPECT_EQ(l->log_start_offset(), offset(40));
  EXPECT_EQ(files_with(".log.deleted"), old_segments);
  EXPECT_EQ(deletions_.delete_due(now_ + 999), 0u);
  EXPECT_EQ(deletions_.delete_due(now_ + 1000), 3 * old_segments);
  EXPECT_EQ(files_with(".deleted"), 0u);
  EXPECT_TRUE(l->read(offset(0), 100, l->log_end_offset(), true).value().offset_out_of_range);
}

TEST_F(LogRetentionTest, RetentionMsCanEmptyTheLogByRolling) {
  auto c = testing::small_config();
  c.retention_ms = 1000;
  auto l = open(c);
  fill(*l, 5, now_ - 5000);
  EXPECT_EQ(l->delete_old_segments(now_).value(), 1u);
  EXPECT_EQ(l->segment_count(), 1u);
  EXPECT_EQ(l->log_start_offset(), offset(10));
  EXPECT_EQ(l->log_end_offset(), offset(10));
}

TEST_F(LogRetentionTest, NeverDeletesAboveHighWatermark) {
  auto c = testing::small_config();
  c.retention_ms = 1000;
  auto l = open(c);
  fill(*l, 40, now_ - 5000);
  l->set_high_watermark(offset(0));
  EXPECT_EQ(l->delete_old_segments(now_).value(), 0u);
  EXPECT_EQ(l->log_start_offset(), offset(0));
}

TEST_F(LogRetentionTest, RetentionBytesKeepsNewestWithinLimit) {
  auto c = testing::small_config();
  auto l = open(c);
  fill(*l, 60, now_);
  auto before = l->segment_count();
  c.retention_bytes = 3 * 4096;
  l->set_config(c);
  auto n = l->delete_old_segments(now_).value();
  EXPECT_GT(n, 0u);
  EXPECT_EQ(l->segment_count(), before - n);
  // Kafka's rule: delete oldest segments while the rest still holds >= retention.bytes.
  EXPECT_GE(l->size_bytes(), c.retention_bytes);
  EXPECT_LT(l->size_bytes(), c.retention_bytes + c.segment_bytes);
  EXPECT_EQ(l->log_start_offset(), l->segment_base_offsets().front());
}

TEST_F(LogRetentionTest, DeleteRecordsAdvancesLogStartAndDropsSegments) {
  auto l = open(testing::small_config());
  fill(*l, 60, now_);
  auto bases = l->segment_base_offsets();
  auto target = bases[2] + 3;
  EXPECT_EQ(l->delete_records_before(target, now_).value(), target);
  EXPECT_EQ(l->log_start_offset(), target);
  EXPECT_EQ(l->segment_base_offsets().front(), bases[2]);
  EXPECT_TRUE(l->read(target - 1, 100, l->log_end_offset(), true).value().offset_out_of_range);
  auto r = l->read(target, 1 << 20, l->log_end_offset(), true).value();
  EXPECT_FALSE(r.offset_out_of_range);
  EXPECT_EQ(r.first_batch_offset, target - 1);  // the batch holding the new log start
  EXPECT_EQ(l->delete_records_before(l->log_end_offset() + 1, now_).error(), errc::offset_out_of_range);
}

TEST_F(LogRetentionTest, SliceOfDeletedSegmentStaysReadable) {
  auto c = testing::small_config();
  c.retention_ms = 1000;
  c.file_delete_delay_ms = 0;
  auto l = open(c);
  fill(*l, 5, now_ - 5000);
  auto r = l->read(offset(0), 1 << 20, l->log_end_offset(), true).value();
  ASSERT_EQ(l->delete_old_segments(now_).value(), 1u);
  deletions_.delete_all();
  EXPECT_EQ(testing::whole_batches(testing::read_bytes(r)).size(), 5u);
}

}  // namespace
}  // namespace gannet::storage
