#include "checkpoint_file.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "gannet/storage/errc.h"
#include "leader_epoch_cache.h"
#include "partition_metadata_file.h"
#include "storage_test_util.h"

namespace gannet::storage {
namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(CheckpointFileTest, OffsetsUseKafkaTextFormat) {
  testing::temp_dir dir;
  auto p = dir.path() / "recovery-point-offset-checkpoint";
  ASSERT_TRUE(checkpoint_file::write_offsets(p, {{{"a", 1}, offset(5)}, {{"my-topic", 0}, offset(1234)}}));
  EXPECT_EQ(slurp(p), "0\n2\na 1 5\nmy-topic 0 1234\n");
  auto m = checkpoint_file::read_offsets(p).value();
  EXPECT_EQ(m.size(), 2u);
  EXPECT_EQ(m.at({"my-topic", 0}), offset(1234));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "recovery-point-offset-checkpoint.tmp"));
}

TEST(CheckpointFileTest, MissingFileIsEmptyAndWrongCountIsCorrupt) {
  testing::temp_dir dir;
  EXPECT_TRUE(checkpoint_file::read_offsets(dir.path() / "none").value().empty());
  std::ofstream(dir.path() / "bad") << "0\n3\na 0 1\n";
  EXPECT_EQ(checkpoint_file::read_offsets(dir.path() / "bad").error(), errc::corrupt_log);
  std::ofstream(dir.path() / "v1") << "1\n0\n";
  EXPECT_EQ(checkpoint_file::read_offsets(dir.path() / "v1").error(), errc::corrupt_log);
}

TEST(CheckpointFileTest, LeaderEpochCheckpointFormatAndTruncation) {
  testing::temp_dir dir;
  auto p = dir.path() / "leader-epoch-checkpoint";
  leader_epoch_cache c(p);
  ASSERT_TRUE(c.assign(leader_epoch(0), offset(0)));
  ASSERT_TRUE(c.assign(leader_epoch(0), offset(5)));  // same epoch: no new entry
  ASSERT_TRUE(c.assign(leader_epoch(2), offset(10)));
  ASSERT_TRUE(c.assign(leader_epoch(4), offset(20)));
  EXPECT_EQ(slurp(p), "0\n3\n0 0\n2 10\n4 20\n");
  ASSERT_TRUE(c.truncate_from_end(offset(20)));
  ASSERT_TRUE(c.truncate_from_start(offset(12)));
  EXPECT_EQ(slurp(p), "0\n1\n2 12\n");
  leader_epoch_cache again(p);
  ASSERT_TRUE(again.load());
  EXPECT_EQ(again.entries(), (std::vector<epoch_entry>{{leader_epoch(2), offset(12)}}));
}

TEST(CheckpointFileTest, PartitionMetadataIsKafkaFormat) {
  testing::temp_dir dir;
  topic_id id{};
  for (std::size_t i = 0; i < id.size(); ++i)
    id[i] = static_cast<std::uint8_t>(i * 17);
  ASSERT_TRUE(partition_metadata_file::write(dir.path(), id));
  // java: Uuid(0x0011223344556677L, 0x8899aabbccddeeffL).toString()
  EXPECT_EQ(slurp(dir.path() / "partition.metadata"), "version: 0\ntopic_id: ABEiM0RVZneImaq7zN3u_w\n");
  EXPECT_EQ(partition_metadata_file::read(dir.path()).value(), id);
}

}  // namespace
}  // namespace gannet::storage
