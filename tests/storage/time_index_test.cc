#include "time_index.h"

#include <gtest/gtest.h>

#include <fstream>

#include "gannet/storage/errc.h"
#include "storage_test_util.h"

namespace gannet::storage {
namespace {

TEST(TimeIndexTest, LookupReturnsLargestTimestampAtOrBelowTarget) {
  testing::temp_dir dir;
  time_index idx(dir.path() / "00000000000000000010.timeindex", offset(10), 4096);
  ASSERT_TRUE(idx.open(true, offset(1000)));
  ASSERT_TRUE(idx.reserve(3));
  idx.maybe_append(100, offset(12));
  idx.maybe_append(100, offset(15));  // not larger: ignored
  idx.maybe_append(200, offset(20));
  EXPECT_EQ(idx.entries(), 2u);
  EXPECT_EQ(idx.lookup(50).off, offset(10));
  EXPECT_EQ(idx.lookup(50).timestamp, -1);
  EXPECT_EQ(idx.lookup(150).off, offset(12));
  EXPECT_EQ(idx.lookup(999).off, offset(20));
}

TEST(TimeIndexTest, FileHoldsTimestampThenRelativeOffset) {
  testing::temp_dir dir;
  auto path = dir.path() / "00000000000000000010.timeindex";
  {
    time_index idx(path, offset(10), 4096);
    ASSERT_TRUE(idx.open(true, offset(1000)));
    ASSERT_TRUE(idx.reserve(1));
    idx.maybe_append(0x0102030405060708, offset(13));
    ASSERT_TRUE(idx.trim_and_close());
  }
  std::ifstream in(path, std::ios::binary);
  std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(bytes, (std::vector<unsigned char>{1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 3}));
}

TEST(TimeIndexTest, KeepsLastSlotForRollEntry) {
  testing::temp_dir dir;
  time_index idx(dir.path() / "00000000000000000000.timeindex", offset(0), 36);
  ASSERT_TRUE(idx.open(true, offset(1000)));
  ASSERT_TRUE(idx.reserve(3));
  idx.maybe_append(1, offset(1));
  idx.maybe_append(2, offset(2));
  EXPECT_TRUE(idx.is_full());
  idx.maybe_append(3, offset(3));
  EXPECT_EQ(idx.entries(), 2u);
  idx.maybe_append(3, offset(3), true);
  EXPECT_EQ(idx.entries(), 3u);
}

TEST(TimeIndexTest, DecreasingTimestampsAreCorrupt) {
  testing::temp_dir dir;
  auto path = dir.path() / "00000000000000000000.timeindex";
  std::ofstream(path, std::ios::binary).write("\0\0\0\0\0\0\0\x09\0\0\0\x01\0\0\0\0\0\0\0\x05\0\0\0\x02", 24);
  time_index idx(path, offset(0), 4096);
  EXPECT_EQ(idx.open(false, offset(100)).error(), errc::corrupt_log);
}

}  // namespace
}  // namespace gannet::storage
