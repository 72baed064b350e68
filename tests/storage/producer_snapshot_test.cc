#include "gannet/storage/producer_snapshot.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "gannet/storage/errc.h"
#include "gannet/storage/log.h"
#include "storage_test_util.h"

namespace gannet::storage {
namespace {

std::vector<std::uint8_t> slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void spit(const std::filesystem::path& p, const std::vector<std::uint8_t>& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

std::vector<producer_snapshot_entry> two_entries() {
  return {{1000, 3, 41, 120, 4, 1'700'000'000'123, -1, -1}, {1001, 0, 0, 121, 0, 1'700'000'000'456, -1, -1}};
}

TEST(ProducerSnapshotTest, RoundTripInKafkasLayout) {
  testing::temp_dir dir;
  ASSERT_TRUE(write_producer_snapshot(dir.path(), offset(122), two_entries(), false));
  const auto path = dir.path() / "00000000000000000122.snapshot";
  EXPECT_EQ(producer_snapshot_path(dir.path(), offset(122)), path);
  auto bytes = slurp(path);
  // version 1, crc, count 2, then 46-byte entries.
  ASSERT_EQ(bytes.size(), 2u + 4 + 4 + 2 * 46);
  EXPECT_EQ(bytes[0], 0);
  EXPECT_EQ(bytes[1], 1);
  EXPECT_EQ((std::vector<std::uint8_t>(bytes.begin() + 6, bytes.begin() + 10)),
            (std::vector<std::uint8_t>{0, 0, 0, 2}));
  // First entry: producer id 1000 (0x3E8), epoch 3, last sequence 41 (0x29).
  EXPECT_EQ((std::vector<std::uint8_t>(bytes.begin() + 10, bytes.begin() + 24)),
            (std::vector<std::uint8_t>{0, 0, 0, 0, 0, 0, 0x03, 0xE8, 0, 3, 0, 0, 0, 0x29}));
  auto back = read_producer_snapshot(path);
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, two_entries());
  EXPECT_EQ(list_producer_snapshots(dir.path()), std::vector<offset>{offset(122)});
  ASSERT_TRUE(write_producer_snapshot(dir.path(), offset(7), {}, false));
  EXPECT_EQ(list_producer_snapshots(dir.path()), (std::vector<offset>{offset(7), offset(122)}));
  EXPECT_TRUE(read_producer_snapshot(producer_snapshot_path(dir.path(), offset(7))).value().empty());
  delete_producer_snapshot(dir.path(), offset(7));
  EXPECT_EQ(list_producer_snapshots(dir.path()), std::vector<offset>{offset(122)});
}

TEST(ProducerSnapshotTest, CorruptSnapshotsAreRefused) {
  testing::temp_dir dir;
  ASSERT_TRUE(write_producer_snapshot(dir.path(), offset(5), two_entries(), false));
  const auto path = producer_snapshot_path(dir.path(), offset(5));
  const auto good = slurp(path);

  auto flipped = good;
  flipped[30] ^= 0x01;  // inside the first entry: the CRC no longer matches
  spit(path, flipped);
  EXPECT_EQ(read_producer_snapshot(path).error(), errc::corrupt_log);

  spit(path, std::vector<std::uint8_t>(good.begin(), good.end() - 3));  // torn
  EXPECT_EQ(read_producer_snapshot(path).error(), errc::corrupt_log);

  auto other_version = good;
  other_version[1] = 2;
  spit(path, other_version);
  EXPECT_EQ(read_producer_snapshot(path).error(), errc::corrupt_log);

  spit(path, {});
  EXPECT_EQ(read_producer_snapshot(path).error(), errc::corrupt_log);
  EXPECT_EQ(read_producer_snapshot(dir.path() / "missing.snapshot").error(), errc::not_found);
}

TEST(ProducerSnapshotTest, RollCallsTheListenerAndRetentionDeletesSnapshotsWithTheirSegments) {
  testing::temp_dir dir;
  auto c = testing::small_config();
  auto l = std::move(log::open(dir.path() / "s-0", {"s", 0}, testing::options(c, 1000)).value());
  std::vector<offset> rolls;
  l->set_roll_listener([&](offset base) {
    rolls.push_back(base);
    ASSERT_TRUE(write_producer_snapshot(l->dir(), base, {}, false));
  });
  for (int i = 0; i < 30; ++i) {
    auto b = testing::make_batch(2, 400, 1000);
    ASSERT_TRUE(l->append(b, leader_epoch(0), 1000));
  }
  l->set_high_watermark(l->log_end_offset());
  auto bases = l->segment_base_offsets();
  ASSERT_GE(bases.size(), 3u);
  // One roll per segment after the first, at its base offset.
  EXPECT_EQ(rolls, std::vector<offset>(bases.begin() + 1, bases.end()));
  EXPECT_EQ(list_producer_snapshots(l->dir()), rolls);
  // DeleteRecords past the second segment's base deletes the first two segments and their snapshots.
  ASSERT_TRUE(l->delete_records_before(bases[2], 1000));
  EXPECT_EQ(list_producer_snapshots(l->dir()), std::vector<offset>(rolls.begin() + 1, rolls.end()));
}

}  // namespace
}  // namespace gannet::storage
