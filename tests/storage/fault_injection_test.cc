// Disk errors through the file seam: ENOSPC/EIO on append is an error value,
// leaves nothing of the failed append behind (no half-indexed batch), and the
// log goes on once the disk recovers. Durable mode: what flush() covered
// survives a power loss.

#include <gtest/gtest.h>

#include "fault_file_system.h"
#include "gannet/storage/errc.h"
#include "gannet/storage/log.h"
#include "storage_test_util.h"

namespace gannet::storage {
namespace {

class FaultInjectionTest : public ::testing::Test {
 protected:
  std::unique_ptr<log> open(bool clean, log_config c = testing::small_config()) {
    auto o = testing::options(c, now_);
    o.fs = &fs_;
    o.clean_shutdown = clean;
    return std::move(log::open(dir_.path() / "f-0", {"f", 0}, o).value());
  }
  result<append_result> append(log& l, int records = 2) {
    auto b = testing::make_batch(records, 100, 1000);
    return l.append(b, leader_epoch(0), now_);
  }
  std::vector<testing::batch_summary> read_all(log& l) {
    return testing::whole_batches(
        testing::read_bytes(l.read(l.log_start_offset(), 1 << 24, l.log_end_offset(), true).value()));
  }

  testing::temp_dir dir_;
  testing::fault_file_system fs_;
  std::int64_t now_ = 1'000'000;
};

TEST_F(FaultInjectionTest, NoSpaceFailsAppendAndLeavesNothingBehind) {
  auto l = open(true);
  for (int i = 0; i < 5; ++i)
    ASSERT_TRUE(append(*l));
  auto size = l->size_bytes();
  fs_.state->fail_writes = true;
  fs_.state->partial_bytes = 37;  // a torn write
  auto r = append(*l);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), errc::no_space);
  EXPECT_EQ(l->log_end_offset(), offset(10));
  EXPECT_EQ(l->size_bytes(), size);
  EXPECT_EQ(read_all(*l).size(), 5u);
  fs_.state->fail_writes = false;
  EXPECT_EQ(append(*l).value().first_offset, offset(10));
  l.reset();
  auto again = open(false);
  EXPECT_EQ(again->log_end_offset(), offset(12));
  EXPECT_EQ(read_all(*again).size(), 6u);
}

TEST_F(FaultInjectionTest, IoErrorIsStorageError) {
  auto l = open(true);
  fs_.state->fail_writes = true;
  fs_.state->write_error = errc::storage_error;
  EXPECT_EQ(append(*l).error(), errc::storage_error);
  fs_.state->fail_writes = false;
  fs_.state->fail_sync = true;
  ASSERT_TRUE(append(*l));
  EXPECT_EQ(l->flush().error(), errc::storage_error);
  EXPECT_EQ(l->recovery_point(), offset(0));
}

TEST_F(FaultInjectionTest, DurableModeKeepsFlushedBatchesThroughPowerLoss) {
  auto c = testing::small_config();
  c.durable = true;
  auto l = open(true, c);
  offset acked{0};
  for (int i = 0; i < 40; ++i) {
    auto r = append(*l).value();
    ASSERT_TRUE(r.needs_flush);
    if (i % 3 == 2) {  // group commit: one flush for three appends
      ASSERT_TRUE(l->flush());
      acked = r.last_offset + 1;
    }
  }
  l.reset();
  fs_.drop_unsynced();
  auto after = open(false, c);
  EXPECT_GE(after->log_end_offset(), acked);
  auto all = read_all(*after);
  ASSERT_EQ(static_cast<std::int64_t>(all.size()) * 2, after->log_end_offset().value());
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].base_offset, static_cast<std::int64_t>(2 * i));
  }
  auto end = after->log_end_offset();
  EXPECT_EQ(append(*after).value().first_offset, end);
}

TEST_F(FaultInjectionTest, FlushMessagesPolicyFlushes) {
  auto c = testing::small_config();
  c.flush_messages = 4;
  auto l = open(true, c);
  ASSERT_TRUE(append(*l));
  EXPECT_FALSE(l->flush_if_due(now_).value());
  ASSERT_TRUE(append(*l));
  EXPECT_TRUE(l->flush_if_due(now_).value());
  EXPECT_EQ(l->recovery_point(), offset(4));
}

}  // namespace
}  // namespace gannet::storage
