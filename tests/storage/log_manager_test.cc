#include "gannet/storage/log_manager.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "gannet/storage/errc.h"
#include "storage_test_util.h"

namespace gannet::storage {
namespace {

class LogManagerTest : public ::testing::Test {
 protected:
  std::unique_ptr<log_manager> make() {
    log_manager_config c;
    c.log_dirs = {dir_.path() / "d1", dir_.path() / "d2"};
    c.default_config = testing::small_config();
    c.recovery_threads = 2;
    c.fs = &testing::no_sync_file_system::instance();
    auto m = std::make_unique<log_manager>(c);
    EXPECT_TRUE(m->startup(now_));
    return m;
  }
  static void fill(log& l, int n) {
    for (int i = 0; i < n; ++i) {
      auto b = testing::make_batch(2, 100, 1000 + i);
      ASSERT_TRUE(l.append(b, leader_epoch(0), 1'000'000));
    }
    l.set_high_watermark(l.log_end_offset());
  }
  std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }

  testing::temp_dir dir_;
  std::int64_t now_ = 1'000'000;
};

TEST_F(LogManagerTest, CreatesPartitionDirsAcrossLogDirs) {
  auto m = make();
  ASSERT_TRUE(m->get_or_create({"orders", 0}, now_));
  ASSERT_TRUE(m->get_or_create({"orders", 1}, now_));
  EXPECT_TRUE(std::filesystem::exists(dir_.path() / "d1" / "orders-0" / "00000000000000000000.log"));
  EXPECT_TRUE(std::filesystem::exists(dir_.path() / "d2" / "orders-1" / "00000000000000000000.log"));
  EXPECT_EQ(m->get_or_create({"bad/name", 0}, now_).error(), errc::invalid_argument);
  EXPECT_EQ(m->get({"orders", 2}), nullptr);
}

TEST_F(LogManagerTest, CleanShutdownWritesMarkerAndCheckpointsThenRestartKeepsOffsets) {
  {
    auto m = make();
    fill(*m->get_or_create({"t", 0}, now_).value(), 10);
    auto* l = m->get_or_create({"t", 1}, now_).value();
    fill(*l, 30);
    ASSERT_TRUE(l->delete_records_before(offset(25), now_));
    ASSERT_TRUE(m->shutdown());
  }
  EXPECT_TRUE(std::filesystem::exists(dir_.path() / "d1" / clean_shutdown_file_name));
  EXPECT_EQ(slurp(dir_.path() / "d2" / "log-start-offset-checkpoint"), "0\n1\nt 1 25\n");
  EXPECT_EQ(slurp(dir_.path() / "d2" / "recovery-point-offset-checkpoint"), "0\n1\nt 1 60\n");
  EXPECT_EQ(slurp(dir_.path() / "d2" / "replication-offset-checkpoint"), "0\n1\nt 1 60\n");
  auto m = make();
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "d1" / clean_shutdown_file_name));
  ASSERT_EQ(m->log_count(), 2u);
  EXPECT_EQ(m->get({"t", 0})->log_end_offset(), offset(20));
  EXPECT_EQ(m->get({"t", 1})->log_start_offset(), offset(25));
  EXPECT_EQ(m->get({"t", 1})->high_watermark(), offset(60));
}

TEST_F(LogManagerTest, UncleanRestartRecoversFromCheckpointedRecoveryPoint) {
  std::vector<std::int64_t> seen;
  {
    auto m = make();
    fill(*m->get_or_create({"u", 0}, now_).value(), 40);
    ASSERT_TRUE(m->get({"u", 0})->flush());
    ASSERT_TRUE(m->write_checkpoints());
    fill(*m->get({"u", 0}), 5);
    m->get({"u", 0})->release_handles();
    // no shutdown(): a crash
  }
  log_manager_config c;
  c.log_dirs = {dir_.path() / "d1", dir_.path() / "d2"};
  c.default_config = testing::small_config();
  c.fs = &testing::no_sync_file_system::instance();
  c.recovery_hook = [&](const topic_partition&) {
    return [&](std::span<const std::uint8_t> h) { seen.push_back(records::batch_view(h).base_offset()); };
  };
  log_manager m(c);
  ASSERT_TRUE(m.startup(now_));
  EXPECT_EQ(m.get({"u", 0})->log_end_offset(), offset(90));
  ASSERT_FALSE(seen.empty());
  EXPECT_GT(seen.front(), 0);  // started at the recovery point's segment, not at 0
  EXPECT_EQ(seen.back(), 88);
}

// The broker writes checkpoints on its control strand while partitions append
// on their own strands (and shutdown may write them too): concurrent writers
// must not share the .tmp file, and each file must always hold whole values.
TEST_F(LogManagerTest, CheckpointsWrittenConcurrentlyWithAppendsStayWhole) {
  auto m = make();
  auto* l = m->get_or_create({"c", 0}, now_).value();
  std::atomic<bool> done{false};
  std::atomic<int> failures{0};
  auto writer = [&] {
    while (!done.load()) {
      if (!m->write_checkpoints()) ++failures;
    }
  };
  std::thread w1(writer), w2(writer);
  for (int i = 0; i < 200; ++i) {
    fill(*l, 1);
    ASSERT_TRUE(l->flush());
  }
  done = true;
  w1.join();
  w2.join();
  EXPECT_EQ(failures.load(), 0);
  auto c = l->checkpointed_offsets();
  EXPECT_EQ(c.recovery_point, offset(400));
  EXPECT_EQ(c.high_watermark, offset(400));
  EXPECT_EQ(c.log_start_offset, offset(0));
  ASSERT_TRUE(m->write_checkpoints());
  EXPECT_EQ(slurp(dir_.path() / "d1" / "recovery-point-offset-checkpoint"), "0\n1\nc 0 400\n");
  EXPECT_EQ(slurp(dir_.path() / "d1" / "replication-offset-checkpoint"), "0\n1\nc 0 400\n");
}

TEST_F(LogManagerTest, TopicDeletionRenamesThenRemovesDirectory) {
  auto c = testing::small_config();
  c.file_delete_delay_ms = 500;
  auto m = make();
  m->set_topic_config("gone", c);
  fill(*m->get_or_create({"gone", 0}, now_).value(), 5);
  ASSERT_TRUE(m->remove({"gone", 0}, now_));
  EXPECT_EQ(m->get({"gone", 0}), nullptr);
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "d1" / "gone-0"));
  bool renamed = false;
  for (const auto& e : std::filesystem::directory_iterator(dir_.path() / "d1")) {
    auto n = e.path().filename().string();
    renamed |= n.starts_with("gone-0.") && n.ends_with("-delete");
  }
  EXPECT_TRUE(renamed);
  EXPECT_EQ(m->delete_due(now_ + 100), 0u);
  EXPECT_EQ(m->delete_due(now_ + 500), 1u);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_.path() / "d1"), {}), 0);
}

TEST_F(LogManagerTest, LeftoverDeleteDirectoriesAreRemovedAtStartup) {
  std::filesystem::create_directories(dir_.path() / "d1" / "x-0.0123456789abcdef0123456789abcdef-delete");
  auto m = make();
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "d1" / "x-0.0123456789abcdef0123456789abcdef-delete"));
  EXPECT_EQ(m->log_count(), 0u);
}

TEST_F(LogManagerTest, RetentionPassUsesTopicOverrides) {
  auto m = make();
  auto drop = testing::small_config();
  drop.retention_bytes = 0;
  drop.file_delete_delay_ms = 0;
  m->set_topic_config("drop", drop);
  fill(*m->get_or_create({"keep", 0}, now_).value(), 40);
  fill(*m->get_or_create({"drop", 0}, now_).value(), 40);
  auto n = m->run_retention(now_).value();
  EXPECT_GT(n, 0u);
  EXPECT_EQ(m->get({"keep", 0})->log_start_offset(), offset(0));
  EXPECT_EQ(m->get({"drop", 0})->segment_count(), 1u);
  EXPECT_EQ(m->get({"drop", 0})->log_start_offset(), offset(80));
}

TEST_F(LogManagerTest, PartitionMetadataWrittenWithTopicId) {
  auto m = make();
  std::array<std::uint8_t, 16> id{};
  id[15] = 1;
  ASSERT_TRUE(m->get_or_create({"ided", 0}, now_, id));
  EXPECT_EQ(slurp(dir_.path() / "d1" / "ided-0" / "partition.metadata"),
            "version: 0\ntopic_id: AAAAAAAAAAAAAAAAAAAAAQ\n");
}

}  // namespace
}  // namespace gannet::storage

namespace gannet::storage {
namespace {

TEST_F(LogManagerTest, CleanerCheckpointWrittenPerLogDirInKafkasFormatAndReloaded) {
  {
    auto m = make();
    ASSERT_TRUE(m->get_or_create({"c", 0}, now_));  // d1
    ASSERT_TRUE(m->get_or_create({"c", 1}, now_));  // d2
    ASSERT_TRUE(m->get_or_create({"c", 2}, now_));  // d1
    EXPECT_EQ(m->cleaner_checkpoint({"c", 0}), std::nullopt);
    ASSERT_TRUE(m->set_cleaner_checkpoint({"c", 0}, offset(42)));
    ASSERT_TRUE(m->set_cleaner_checkpoint({"c", 2}, offset(7)));
    ASSERT_TRUE(m->set_cleaner_checkpoint({"c", 1}, offset(9)));
    EXPECT_EQ(m->set_cleaner_checkpoint({"nope", 0}, offset(1)).error(), errc::not_found);
    EXPECT_EQ(slurp(dir_.path() / "d1" / "cleaner-offset-checkpoint"), "0\n2\nc 0 42\nc 2 7\n");
    EXPECT_EQ(slurp(dir_.path() / "d2" / "cleaner-offset-checkpoint"), "0\n1\nc 1 9\n");
    ASSERT_TRUE(m->shutdown());
  }
  auto m = make();
  EXPECT_EQ(m->cleaner_checkpoint({"c", 0}), offset(42));
  EXPECT_EQ(m->cleaner_checkpoint({"c", 1}), offset(9));
  // Topic deletion drops the entry from the file.
  ASSERT_TRUE(m->remove({"c", 0}, now_));
  EXPECT_EQ(m->cleaner_checkpoint({"c", 0}), std::nullopt);
  EXPECT_EQ(slurp(dir_.path() / "d1" / "cleaner-offset-checkpoint"), "0\n1\nc 2 7\n");
}

}  // namespace
}  // namespace gannet::storage
