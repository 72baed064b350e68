// Recovery after an unclean shutdown: torn tails, bit flips, missing or
// corrupt indexes. After reopening, every batch before the damage is served,
// nothing after it, and offsets continue from the last good batch.

#include <gtest/gtest.h>

#include <fstream>

#include "gannet/storage/log.h"
#include "segment.h"
#include "storage_test_util.h"

namespace gannet::storage {
namespace {

using testing::batch_summary;

class LogRecoveryTest : public ::testing::Test {
 protected:
  std::filesystem::path log_dir() const { return dir_.path() / "r-0"; }
  std::unique_ptr<log> open(bool clean, offset recovery_point = offset(0)) {
    auto o = testing::options(config_, now_);
    o.clean_shutdown = clean;
    o.recovery_point = recovery_point;
    o.on_recovered_batch = [this](std::span<const std::uint8_t> header) {
      recovered_.push_back(records::batch_view(header).base_offset());
    };
    return std::move(log::open(log_dir(), {"r", 0}, o).value());
  }
  // Writes `n` batches of 2 records; returns the end position of each batch in the last segment file.
  void fill(int n) {
    auto l = open(true);
    for (int i = 0; i < n; ++i) {
      auto b = testing::make_batch(2, 60, 1000 + i);
      ASSERT_TRUE(l->append(b, leader_epoch(1), now_));
    }
    ASSERT_TRUE(l->close());
  }
  std::filesystem::path last_segment() const {
    std::filesystem::path last;
    for (const auto& e : std::filesystem::directory_iterator(log_dir())) {
      if (e.path().extension() == ".log" && (last.empty() || e.path() > last)) last = e.path();
    }
    return last;
  }
  std::vector<batch_summary> read_all(log& l) {
    return testing::whole_batches(
        testing::read_bytes(l.read(l.log_start_offset(), 1 << 24, l.log_end_offset(), true).value()));
  }
  static std::vector<batch_summary> expected(int n) {
    std::vector<batch_summary> out;
    for (int i = 0; i < n; ++i)
      out.push_back({2 * i, 2 * i + 1});
    return out;
  }

  testing::temp_dir dir_;
  log_config config_ = [] {
    auto c = testing::small_config();
    c.segment_bytes = 1500;
    c.index_interval_bytes = 150;
    return c;
  }();
  std::int64_t now_ = 1'000'000;
  std::vector<std::int64_t> recovered_;
};

TEST_F(LogRecoveryTest, TruncationAtEveryByteOfLastBatchKeepsEarlierBatches) {
  fill(12);
  auto path = last_segment();
  auto full = std::filesystem::file_size(path);
  std::ifstream in(path, std::ios::binary);
  std::vector<char> original((std::istreambuf_iterator<char>(in)), {});
  // The last batch: find its start by reading the segment's batches.
  auto l0 = open(true);
  auto total = l0->log_end_offset();
  l0.reset();
  std::size_t batch_size = testing::make_batch(2, 60, 1000).size();
  auto last_start = full - batch_size;
  for (auto cut = last_start; cut < full; ++cut) {
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(original.data(), static_cast<std::streamsize>(cut));
    auto l = open(false);
    ASSERT_EQ(l->log_end_offset(), total - 2) << "cut at " << cut;
    ASSERT_EQ(read_all(*l), expected(11));
    ASSERT_EQ(std::filesystem::file_size(path), last_start);
    if ((cut - last_start) % 25 == 0) {  // offsets continue (checked on some cuts: fsyncs are slow)
      auto b = testing::make_batch(1, 5, 0);
      ASSERT_EQ(l->append(b, leader_epoch(1), now_).value().first_offset, total - 2);
      ASSERT_TRUE(l->truncate_to(total - 2));
    }
    l.reset();
  }
}

TEST_F(LogRecoveryTest, BitFlipInMiddleDropsThatBatchAndEverythingAfter) {
  fill(30);
  auto l0 = open(true);
  auto bases = l0->segment_base_offsets();
  l0.reset();
  ASSERT_GE(bases.size(), 3u);
  // Flip a bit inside a batch of the second segment.
  auto seg = log_dir() / segment_file_name(bases[1], ".log");
  std::size_t batch_size = testing::make_batch(2, 60, 1000).size();
  std::fstream f(seg, std::ios::binary | std::ios::in | std::ios::out);
  auto at = static_cast<std::streamoff>(batch_size + batch_size / 2);  // middle of the second batch
  f.seekg(at);
  char c = 0;
  f.read(&c, 1);
  c = static_cast<char>(c ^ 0x10);
  f.seekp(at);
  f.write(&c, 1);
  f.close();
  auto l = open(false);
  int good = static_cast<int>(bases[1].value() / 2) + 1;
  EXPECT_EQ(l->log_end_offset(), offset(2 * good));
  EXPECT_EQ(read_all(*l), expected(good));
  EXPECT_EQ(l->segment_count(), 2u);
  auto b = testing::make_batch(1, 5, 0);
  EXPECT_EQ(l->append(b, leader_epoch(2), now_).value().first_offset, offset(2 * good));
}

TEST_F(LogRecoveryTest, RecoveryStartsAtRecoveryPointSegment) {
  fill(30);
  auto bases = open(true)->segment_base_offsets();
  recovered_.clear();
  auto l = open(false, bases.back());
  ASSERT_FALSE(recovered_.empty());
  EXPECT_EQ(recovered_.front(), bases.back().value());
  EXPECT_EQ(read_all(*l), expected(30));
}

TEST_F(LogRecoveryTest, DeletedIndexIsRebuilt) {
  fill(30);
  auto bases = open(true)->segment_base_offsets();
  for (auto b : bases) {
    std::filesystem::remove(log_dir() / segment_file_name(b, ".index"));
    std::filesystem::remove(log_dir() / segment_file_name(b, ".timeindex"));
  }
  auto l = open(true);
  EXPECT_EQ(read_all(*l), expected(30));
  for (int i = 0; i < 30; ++i) {
    auto r = l->read(offset(2 * i + 1), 1, l->log_end_offset(), true).value();
    EXPECT_EQ(testing::whole_batches(testing::read_bytes(r)), (std::vector<batch_summary>{{2 * i, 2 * i + 1}}));
  }
  EXPECT_TRUE(std::filesystem::exists(log_dir() / segment_file_name(bases[0], ".index")));
  EXPECT_EQ(l->find_offset_by_timestamp(1010).value()->off, offset(18));  // batch 9 holds ts 1009, 1010
}

TEST_F(LogRecoveryTest, GarbageIndexIsDetectedAndRebuilt) {
  fill(30);
  auto bases = open(true)->segment_base_offsets();
  for (auto b : bases) {
    auto idx = log_dir() / segment_file_name(b, ".index");
    auto n = std::filesystem::file_size(idx);
    std::ofstream(idx, std::ios::binary | std::ios::trunc)
        .write(std::string(n, '\x7f').data(), static_cast<std::streamsize>(n));
  }
  auto l = open(true);
  for (int i = 0; i < 30; ++i) {
    auto r = l->read(offset(2 * i), 1, l->log_end_offset(), true).value();
    EXPECT_EQ(testing::whole_batches(testing::read_bytes(r)), (std::vector<batch_summary>{{2 * i, 2 * i + 1}}));
  }
}

TEST_F(LogRecoveryTest, IndexPointingInsideBatchIsRebuilt) {
  fill(30);
  auto bases = open(true)->segment_base_offsets();
  // A plausible but wrong entry: increasing, in range, pointing mid-batch.
  auto idx = log_dir() / segment_file_name(bases[0], ".index");
  std::ofstream(idx, std::ios::binary | std::ios::trunc).write("\0\0\0\x03\0\0\0\x07", 8);
  auto l = open(true);
  auto r = l->read(offset(5), 1, l->log_end_offset(), true).value();
  EXPECT_EQ(testing::whole_batches(testing::read_bytes(r)), (std::vector<batch_summary>{{4, 5}}));
}

TEST_F(LogRecoveryTest, GarbageAfterLastBatchIsTruncated) {
  fill(5);
  std::ofstream(last_segment(), std::ios::binary | std::ios::app).write("\0\0\0\0\0\0\0\x09\0\0\0\x40garbage", 19);
  auto l = open(false);
  EXPECT_EQ(l->log_end_offset(), offset(10));
  EXPECT_EQ(read_all(*l), expected(5));
}

TEST_F(LogRecoveryTest, EmptyDirectoryStartsAtLogStartOffset) {
  auto o = testing::options(config_, now_);
  o.log_start_offset = offset(42);
  auto l = log::open(log_dir(), {"r", 0}, o).value();
  EXPECT_EQ(l->log_start_offset(), offset(42));
  EXPECT_EQ(l->log_end_offset(), offset(42));
  EXPECT_TRUE(std::filesystem::exists(log_dir() / "00000000000000000042.log"));
}

}  // namespace
}  // namespace gannet::storage
