#include "offset_index.h"

#include <gtest/gtest.h>

#include <fstream>

#include "gannet/storage/errc.h"
#include "storage_test_util.h"

namespace gannet::storage {
namespace {

TEST(OffsetIndexTest, LookupReturnsLargestEntryAtOrBelowTarget) {
  testing::temp_dir dir;
  offset_index idx(dir.path() / "00000000000000000100.index", offset(100), 4096);
  ASSERT_TRUE(idx.open(true, 1 << 20));
  ASSERT_TRUE(idx.reserve(3));
  idx.append(offset(110), 1000);
  idx.append(offset(120), 2000);
  idx.append(offset(130), 3000);
  EXPECT_EQ(idx.lookup(offset(105)).position, 0);
  EXPECT_EQ(idx.lookup(offset(105)).off, offset(100));
  EXPECT_EQ(idx.lookup(offset(110)).position, 1000);
  EXPECT_EQ(idx.lookup(offset(129)).position, 2000);
  EXPECT_EQ(idx.lookup(offset(1000)).position, 3000);
}

TEST(OffsetIndexTest, TrimmedFileHoldsKafkaEntriesBigEndian) {
  testing::temp_dir dir;
  auto path = dir.path() / "00000000000000000256.index";
  {
    offset_index idx(path, offset(256), 4096);
    ASSERT_TRUE(idx.open(true, 1 << 20));
    ASSERT_TRUE(idx.reserve(1));
    idx.append(offset(0x102), 0x01020304);
    ASSERT_TRUE(idx.trim_and_close());
  }
  std::ifstream in(path, std::ios::binary);
  std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(bytes, (std::vector<unsigned char>{0, 0, 0, 2, 1, 2, 3, 4}));
}

TEST(OffsetIndexTest, ReopenStopsAtPreallocatedTail) {
  testing::temp_dir dir;
  auto path = dir.path() / "00000000000000000000.index";
  {
    offset_index idx(path, offset(0), 4096);
    ASSERT_TRUE(idx.open(true, 1 << 20));
    ASSERT_TRUE(idx.reserve(2));
    idx.append(offset(5), 100);
    idx.append(offset(9), 200);
    idx.close();  // not trimmed, as after a crash
  }
  EXPECT_EQ(std::filesystem::file_size(path), 4096u);
  offset_index idx(path, offset(0), 4096);
  ASSERT_TRUE(idx.open(false, 1 << 20));
  EXPECT_EQ(idx.entries(), 2u);
}

TEST(OffsetIndexTest, EntriesOutOfOrderAreCorrupt) {
  testing::temp_dir dir;
  auto path = dir.path() / "00000000000000000000.index";
  std::ofstream(path, std::ios::binary).write("\0\0\0\x05\0\0\0\x64\0\0\0\x03\0\0\0\x70", 16);
  offset_index idx(path, offset(0), 4096);
  EXPECT_EQ(idx.open(false, 1 << 20).error(), errc::corrupt_log);
}

TEST(OffsetIndexTest, PositionPastLogIsCorrupt) {
  testing::temp_dir dir;
  auto path = dir.path() / "00000000000000000000.index";
  std::ofstream(path, std::ios::binary).write("\0\0\0\x05\0\0\x10\0", 8);
  offset_index idx(path, offset(0), 4096);
  EXPECT_EQ(idx.open(false, 100).error(), errc::corrupt_log);
}

TEST(OffsetIndexTest, FullAfterMaxEntriesAndTruncatesByPosition) {
  testing::temp_dir dir;
  offset_index idx(dir.path() / "00000000000000000000.index", offset(0), 32);
  ASSERT_TRUE(idx.open(true, 1 << 20));
  ASSERT_TRUE(idx.reserve(4));
  for (int i = 1; i <= 4; ++i)
    idx.append(offset(i * 10), i * 100);
  EXPECT_TRUE(idx.is_full());
  idx.truncate_to_position(300);
  EXPECT_EQ(idx.entries(), 2u);
  EXPECT_FALSE(idx.is_full());
}

}  // namespace
}  // namespace gannet::storage
