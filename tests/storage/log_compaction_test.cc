// Log compaction: the offset map, a clean's exact result (keys, values,
// offsets, batch boundaries), tombstones and their delete horizon, compressed
// and idempotent batches, crash recovery at each step of the swap, and Fetch
// slices of replaced segments.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "gannet/records/batch_builder.h"
#include "gannet/records/record.h"
#include "gannet/storage/deletion_queue.h"
#include "gannet/storage/log.h"
#include "gannet/storage/log_cleaner.h"
#include "gannet/storage/offset_map.h"
#include "segment.h"
#include "storage_test_util.h"

namespace gannet::storage {
namespace {

using records::batch_builder;
using records::batch_options;
using records::compression_type;
using records::record_data;

constexpr std::int64_t now0 = 1'000'000;
constexpr std::int64_t day_ms = 86400000;

std::span<const std::uint8_t> bytes_of(const char* s) {
  return {reinterpret_cast<const std::uint8_t*>(s), std::strlen(s)};
}

struct kv {
  std::optional<std::string> key;
  std::optional<std::string> value;
};

std::vector<std::uint8_t> batch(std::vector<kv> records, std::int64_t ts = now0, batch_options o = {}) {
  batch_builder b(o);
  for (auto& r : records)
    b.add({r.key, r.value, {}, ts++});
  return std::move(b.build().value());
}

struct rec {
  std::int64_t offset;
  std::optional<std::string> key;
  std::optional<std::string> value;
  std::int64_t timestamp;
  bool operator==(const rec&) const = default;
};

std::ostream& operator<<(std::ostream& os, const rec& r) {
  return os << r.offset << ":" << r.key.value_or("<null>") << "=" << r.value.value_or("<null>") << "@" << r.timestamp;
}

struct batch_info {
  std::int64_t base;
  std::int64_t last;
  std::int32_t count;
  bool operator==(const batch_info&) const = default;
};

std::ostream& operator<<(std::ostream& os, const batch_info& b) {
  return os << "[" << b.base << ".." << b.last << " x" << b.count << "]";
}

std::string str(std::span<const std::uint8_t> b) { return {reinterpret_cast<const char*>(b.data()), b.size()}; }

std::vector<records::batch_view> batches_of(std::span<const std::uint8_t> bytes) {
  std::vector<records::batch_view> out;
  while (!bytes.empty()) {
    auto v = records::validate_batch(bytes);
    if (!v) break;
    out.push_back(*v);
    bytes = bytes.subspan(v->size_bytes());
  }
  return out;
}

std::vector<rec> records_of(std::span<const std::uint8_t> bytes) {
  std::vector<rec> out;
  std::vector<std::uint8_t> buffer;
  for (const auto& b : batches_of(bytes)) {
    auto reader = records::read_records(b, buffer, 1 << 20).value();
    while (auto r = reader.next().value()) {
      std::optional<std::string> k, v;
      if (r->key) k = str(*r->key);
      if (r->value) v = str(*r->value);
      out.push_back({b.base_offset() + r->offset_delta, k, v, records::record_timestamp(b.base_timestamp(), *r)});
    }
  }
  return out;
}

std::vector<batch_info> infos_of(std::span<const std::uint8_t> bytes) {
  std::vector<batch_info> out;
  for (const auto& b : batches_of(bytes))
    out.push_back({b.base_offset(), b.last_offset(), b.records_count()});
  return out;
}

class LogCompactionTest : public ::testing::Test {
 protected:
  log_config compact_config() {
    log_config c = testing::small_config();
    c.cleanup_compact = true;
    c.cleanup_delete = false;
    return c;
  }
  std::unique_ptr<log> open(log_config c, bool clean = true, deletion_queue* dq = nullptr) {
    auto o = testing::options(c, now0);
    o.clean_shutdown = clean;
    o.deletions = dq;
    return std::move(log::open(dir_.path() / "t-0", {"t", 0}, o).value());
  }
  void append(log& l, const std::vector<std::uint8_t>& b) {
    auto copy = b;
    ASSERT_TRUE(l.append(copy, leader_epoch(0), now0));
    l.set_high_watermark(l.log_end_offset());
  }
  std::vector<std::uint8_t> all(log& l) {
    auto r = l.read(l.log_start_offset(), 1 << 20, l.log_end_offset(), true).value();
    return testing::read_bytes(r);
  }
  // Steps 1 and 2 of a clean from `first_dirty`.
  clean_output clean(log& l, offset first_dirty, std::int64_t now, offset_map& map) {
    auto plan = l.plan_clean(first_dirty, now).value();
    EXPECT_TRUE(plan.worth_cleaning());
    return std::move(clean_log(plan, map, 0.9, now).value());
  }
  std::vector<std::string> leftovers() {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir_.path() / "t-0")) {
      auto n = e.path().filename().string();
      if (n.ends_with(".cleaned") || n.ends_with(".swap") || n.ends_with(".deleted")) out.push_back(n);
    }
    return out;
  }

  testing::temp_dir dir_;
};

TEST(OffsetMapTest, LatestOffsetPerKeyAndClear) {
  offset_map m(24 * 100);
  EXPECT_EQ(m.slots(), 100u);
  m.put(bytes_of("a"), 1);
  m.put(bytes_of("b"), 2);
  m.put(bytes_of("a"), 5);
  EXPECT_EQ(m.get(bytes_of("a")), 5);
  EXPECT_EQ(m.get(bytes_of("b")), 2);
  EXPECT_EQ(m.get(bytes_of("c")), -1);
  EXPECT_EQ(m.get(bytes_of("")), -1);
  EXPECT_EQ(m.size(), 2u);
  EXPECT_EQ(m.latest_offset(), 5);
  m.clear();
  EXPECT_EQ(m.get(bytes_of("a")), -1);
  EXPECT_EQ(m.size(), 0u);
  EXPECT_EQ(m.latest_offset(), -1);
}

TEST(OffsetMapTest, FullTableStillFindsEveryKey) {
  offset_map m(24 * 64);
  for (int i = 0; i < 64; ++i)
    m.put(bytes_of(std::to_string(i).c_str()), i * 10);
  for (int i = 0; i < 64; ++i)
    EXPECT_EQ(m.get(bytes_of(std::to_string(i).c_str())), i * 10) << i;
  EXPECT_EQ(m.size(), 64u);
}

TEST(OffsetMapTest, HashIsDeterministicAndSpreads) {
  std::uint64_t a1 = 0, a2 = 0, b1 = 0, b2 = 0, c1 = 0, c2 = 0;
  hash128(bytes_of("hello"), a1, a2);
  hash128(bytes_of("hello"), b1, b2);
  hash128(bytes_of("hellp"), c1, c2);
  EXPECT_EQ(a1, b1);
  EXPECT_EQ(a2, b2);
  EXPECT_NE(a1, c1);
  EXPECT_NE(a2, c2);
  // Every length of tail (0..15 bytes after the 16-byte blocks) is hashed.
  std::set<std::pair<std::uint64_t, std::uint64_t>> seen;
  std::string s;
  for (int i = 0; i < 40; ++i, s += 'x') {
    std::uint64_t h1 = 0, h2 = 0;
    hash128({reinterpret_cast<const std::uint8_t*>(s.data()), s.size()}, h1, h2);
    seen.emplace(h1, h2);
  }
  EXPECT_EQ(seen.size(), 40u);
}

TEST_F(LogCompactionTest, KeepsLatestRecordPerKeyBelowActiveSegment) {
  auto l = open(compact_config());
  append(*l, batch({{"a", "v1"}, {"b", "v1"}}, now0));       // 0, 1
  append(*l, batch({{"a", "v2"}, {"c", "v1"}}, now0 + 10));  // 2, 3
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"b", "v2"}}, now0 + 20));  // 4
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"a", "v3"}}, now0 + 30));  // 5, active segment
  offset_map map(24 * 1000);
  auto out = clean(*l, offset(0), now0, map);
  EXPECT_EQ(out.end_offset, offset(5));
  ASSERT_EQ(out.groups.size(), 1u);  // both small segments grouped into one
  EXPECT_EQ(out.groups[0].replaced, (std::vector<offset>{offset(0), offset(4)}));
  ASSERT_TRUE(l->apply_clean(out, now0).value());

  EXPECT_EQ(l->segment_base_offsets(), (std::vector<offset>{offset(0), offset(5)}));
  auto bytes = all(*l);
  EXPECT_EQ(
      records_of(bytes),
      (std::vector<rec>{
          {2, "a", "v2", now0 + 10}, {3, "c", "v1", now0 + 11}, {4, "b", "v2", now0 + 20}, {5, "a", "v3", now0 + 30}}));
  // The first batch lost all its records and is gone; the others are unchanged.
  EXPECT_EQ(infos_of(bytes), (std::vector<batch_info>{{2, 3, 2}, {4, 4, 1}, {5, 5, 1}}));
  EXPECT_EQ(l->log_start_offset(), offset(0));
  EXPECT_EQ(l->log_end_offset(), offset(6));
  // A read from a removed offset starts at the next batch.
  auto r = l->read(offset(1), 1 << 20, l->log_end_offset(), true).value();
  EXPECT_EQ(r.first_batch_offset, offset(2));
  EXPECT_TRUE(leftovers().empty());

  // The cleaned log survives a restart (indexes included).
  l->close();
  l.reset();
  l = open(compact_config(), false);
  EXPECT_EQ(records_of(all(*l)).size(), 4u);
  EXPECT_EQ(l->log_end_offset(), offset(6));
  auto r4 = l->read(offset(4), 1 << 20, l->log_end_offset(), true).value();
  EXPECT_EQ(r4.first_batch_offset, offset(4));
}

TEST_F(LogCompactionTest, PartlyRetainedBatchKeepsOffsetsTimestampsAndProducerFields) {
  auto l = open(compact_config());
  batch_options o;
  o.producer_id = 7;
  o.producer_epoch = 3;
  o.base_sequence = 10;
  o.compression = compression_type::gzip;
  append(*l, batch({{"a", "1"}, {"b", "1"}, {"a", "2"}, {"c", "1"}}, now0, o));  // 0..3
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"c", "2"}}, now0 + 100));  // 4
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"z", "1"}}, now0 + 200));  // 5
  offset_map map(24 * 1000);
  auto out = clean(*l, offset(0), now0, map);
  ASSERT_TRUE(l->apply_clean(out, now0).value());
  auto bytes = all(*l);
  auto bs = batches_of(bytes);
  ASSERT_EQ(bs.size(), 3u);
  // Rebuilt with the same codec, base offset, last offset delta and producer fields.
  EXPECT_EQ(bs[0].compression(), compression_type::gzip);
  EXPECT_EQ(bs[0].base_offset(), 0);
  EXPECT_EQ(bs[0].last_offset(), 3);
  EXPECT_EQ(bs[0].records_count(), 2);
  EXPECT_EQ(bs[0].producer_id(), 7);
  EXPECT_EQ(bs[0].producer_epoch(), 3);
  EXPECT_EQ(bs[0].base_sequence(), 10);
  EXPECT_EQ(bs[0].max_timestamp(), now0 + 2);
  EXPECT_EQ(
      records_of(bytes),
      (std::vector<rec>{
          {1, "b", "1", now0 + 1}, {2, "a", "2", now0 + 2}, {4, "c", "2", now0 + 100}, {5, "z", "1", now0 + 200}}));
}

TEST_F(LogCompactionTest, RecordsWithoutKeyAreRemoved) {
  auto l = open(compact_config());
  append(*l, batch({{std::nullopt, "x"}, {"a", "1"}, {std::nullopt, "y"}}));  // 0..2
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"b", "1"}}));  // 3
  offset_map map(24 * 1000);
  auto out = clean(*l, offset(0), now0, map);
  EXPECT_EQ(out.stats.keyless_records_dropped, 2);
  ASSERT_TRUE(l->apply_clean(out, now0).value());
  EXPECT_EQ(records_of(all(*l)), (std::vector<rec>{{1, "a", "1", now0 + 1}, {3, "b", "1", now0}}));
}

TEST_F(LogCompactionTest, TombstonesKeptForDeleteRetentionThenRemoved) {
  auto c = compact_config();
  auto l = open(c);
  append(*l, batch({{"a", "1"}, {"b", "1"}}, now0));   // 0, 1
  append(*l, batch({{"a", std::nullopt}}, now0 + 5));  // 2: tombstone
  append(*l, batch({{"b", "2"}}, now0 + 6));           // 3
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"c", "1"}}, now0 + 7));  // 4, active
  offset_map map(24 * 1000);
  const std::int64_t t1 = now0 + 1000;
  auto out = clean(*l, offset(0), t1, map);
  ASSERT_TRUE(l->apply_clean(out, t1).value());
  auto bytes = all(*l);
  EXPECT_EQ(records_of(bytes),
            (std::vector<rec>{{2, "a", std::nullopt, now0 + 5}, {3, "b", "2", now0 + 6}, {4, "c", "1", now0 + 7}}));
  auto bs = batches_of(bytes);
  ASSERT_EQ(bs.size(), 3u);
  // KIP-534: the tombstone's batch now carries its delete horizon.
  EXPECT_NE(bs[0].attributes() & records::attribute::delete_horizon, 0);
  EXPECT_EQ(bs[0].base_timestamp(), t1 + day_ms);
  EXPECT_EQ(bs[1].attributes() & records::attribute::delete_horizon, 0);

  // Before the horizon a clean keeps it (the batch is left as it is)...
  auto before = clean(*l, offset(0), t1 + day_ms - 1, map);
  ASSERT_TRUE(l->apply_clean(before, t1 + day_ms - 1).value());
  EXPECT_EQ(records_of(all(*l)).size(), 3u);
  // ...at the horizon it goes, and its batch with it (it does not end the round).
  auto after = clean(*l, offset(0), t1 + day_ms, map);
  ASSERT_TRUE(l->apply_clean(after, t1 + day_ms).value());
  bytes = all(*l);
  EXPECT_EQ(records_of(bytes), (std::vector<rec>{{3, "b", "2", now0 + 6}, {4, "c", "1", now0 + 7}}));
  EXPECT_EQ(infos_of(bytes), (std::vector<batch_info>{{3, 3, 1}, {4, 4, 1}}));
}

TEST_F(LogCompactionTest, LastBatchOfTheRoundKeptEmptySoTheOffsetIsNotLost) {
  auto l = open(compact_config());
  append(*l, batch({{"a", "1"}}));              // 0
  append(*l, batch({{"a", "2"}}));              // 1
  append(*l, batch({{"b", "1"}, {"a", "3"}}));  // 2, 3
  append(*l, batch({{std::nullopt, "x"}}));     // 4: keyless, ends the round
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"c", "1"}}));  // 5
  offset_map map(24 * 1000);
  auto out = clean(*l, offset(0), now0, map);
  ASSERT_TRUE(l->apply_clean(out, now0).value());
  auto bytes = all(*l);
  EXPECT_EQ(infos_of(bytes), (std::vector<batch_info>{{2, 3, 2}, {4, 4, 0}, {5, 5, 1}}));
}

TEST_F(LogCompactionTest, ActiveProducersLastBatchKeptEmpty) {
  auto l = open(compact_config());
  batch_options o;
  o.producer_id = 5;
  o.producer_epoch = 0;
  o.base_sequence = 0;
  append(*l, batch({{"a", "1"}}, now0, o));  // 0
  o.base_sequence = 1;
  append(*l, batch({{"a", "2"}}, now0, o));  // 1: the producer's last batch
  append(*l, batch({{"a", "3"}}));           // 2
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"c", "1"}}));  // 3
  auto plan = l->plan_clean(offset(0), now0).value();
  plan.retain_batches_ending_at = {1};
  offset_map map(24 * 1000);
  auto out = clean_log(plan, map, 0.9, now0).value();
  ASSERT_TRUE(l->apply_clean(out, now0).value());
  auto bytes = all(*l);
  EXPECT_EQ(infos_of(bytes), (std::vector<batch_info>{{1, 1, 0}, {2, 2, 1}, {3, 3, 1}}));
  auto bs = batches_of(bytes);
  EXPECT_EQ(bs[0].producer_id(), 5);
  EXPECT_EQ(bs[0].base_sequence(), 1);
}

TEST_F(LogCompactionTest, SmallOffsetMapCleansInSeveralRounds) {
  auto l = open(compact_config());
  for (int i = 0; i < 4; ++i) {
    append(*l, batch({{"k" + std::to_string(i), "1"}, {"k" + std::to_string(i), "2"}}));  // 2i, 2i+1
    ASSERT_TRUE(l->roll(now0));
  }
  append(*l, batch({{"z", "1"}}));  // 8
  auto plan = l->plan_clean(offset(0), now0).value();
  offset_map tiny(24 * 3);  // 3 slots, 2 usable at load factor 0.9
  auto out = clean_log(plan, tiny, 0.9, now0).value();
  EXPECT_EQ(out.end_offset, offset(4));  // k0, k1 mapped; k2 did not fit
  ASSERT_TRUE(l->apply_clean(out, now0).value());
  auto second = clean(*l, out.end_offset, now0, tiny);
  EXPECT_EQ(second.end_offset, offset(8));
  ASSERT_TRUE(l->apply_clean(second, now0).value());
  EXPECT_EQ(records_of(all(*l)), (std::vector<rec>{{1, "k0", "2", now0 + 1},
                                                   {3, "k1", "2", now0 + 1},
                                                   {5, "k2", "2", now0 + 1},
                                                   {7, "k3", "2", now0 + 1},
                                                   {8, "z", "1", now0}}));
}

TEST_F(LogCompactionTest, NotWorthCleaningBelowDirtyRatioOrWithinCompactionLag) {
  auto c = compact_config();
  auto l = open(c);
  append(*l, batch({{"a", "1"}}));
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"a", "2"}}));
  // Everything below the active segment is clean already.
  auto plan = l->plan_clean(offset(1), now0).value();
  EXPECT_EQ(plan.cleanable_bytes, 0);
  EXPECT_FALSE(plan.worth_cleaning());
  EXPECT_TRUE(plan.segments.empty());
  // min.compaction.lag.ms: the segment's records are too recent.
  c.min_compaction_lag_ms = 60000;
  l->set_config(c);
  plan = l->plan_clean(offset(0), now0 + 1000).value();
  EXPECT_EQ(plan.first_uncleanable, offset(0));
  EXPECT_FALSE(plan.worth_cleaning());
  plan = l->plan_clean(offset(0), now0 + 60001).value();
  EXPECT_EQ(plan.first_uncleanable, offset(1));
  EXPECT_TRUE(plan.worth_cleaning());
  // The high watermark bounds it too.
  l->set_high_watermark(offset(0));
  plan = l->plan_clean(offset(0), now0 + 60001).value();
  EXPECT_EQ(plan.first_uncleanable, offset(0));
}

TEST_F(LogCompactionTest, MaxCompactionLagForcesACleanBelowTheRatio) {
  auto c = compact_config();
  c.min_cleanable_dirty_ratio = 0.99;
  auto l = open(c);
  append(*l, batch({{"a", "1"}}, now0));
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"b", std::string(2000, 'x')}}, now0));
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"c", "1"}}, now0));
  // Offset 1 on is dirty: its ratio is below 0.99 since segment 0 is clean.
  EXPECT_FALSE(l->plan_clean(offset(1), now0).value().worth_cleaning());
  c.max_compaction_lag_ms = 1000;
  l->set_config(c);
  EXPECT_FALSE(l->plan_clean(offset(1), now0 + 1000).value().worth_cleaning());
  auto plan = l->plan_clean(offset(1), now0 + 1001).value();
  EXPECT_TRUE(plan.compaction_due);
  EXPECT_TRUE(plan.worth_cleaning());
}

TEST_F(LogCompactionTest, ChangedLogDiscardsTheCleanedSegments) {
  auto l = open(compact_config());
  append(*l, batch({{"a", "1"}}));
  append(*l, batch({{"a", "2"}}));
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"b", "1"}}));
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"c", "1"}}));
  offset_map map(24 * 1000);
  auto out = clean(*l, offset(0), now0, map);
  ASSERT_TRUE(l->delete_records_before(offset(2), now0));  // deletes segment 0
  EXPECT_FALSE(l->apply_clean(out, now0).value());
  EXPECT_TRUE(leftovers().empty());
  EXPECT_EQ(records_of(all(*l)), (std::vector<rec>{{2, "b", "1", now0}, {3, "c", "1", now0}}));
}

// Crash points of the swap, each followed by an unclean restart.
class CompactionCrashTest : public LogCompactionTest, public ::testing::WithParamInterface<int> {};

TEST_P(CompactionCrashTest, RestartCompletesOrDiscardsTheSwap) {
  auto l = open(compact_config());
  append(*l, batch({{"a", "1"}, {"b", "1"}}));  // 0, 1
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"a", "2"}}));  // 2
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"c", "1"}}));  // 3
  const auto before = records_of(all(*l));
  offset_map map(24 * 1000);
  auto out = clean(*l, offset(0), now0, map);
  ASSERT_EQ(out.groups.size(), 1u);
  auto dir = dir_.path() / "t-0";
  const int step = GetParam();
  if (step >= 1) {
    ASSERT_TRUE(out.groups[0].cleaned->change_suffix(".swap"));
  }
  if (step >= 2) {
    for (offset base : out.groups[0].replaced) {
      for (auto s : {".log", ".index", ".timeindex"}) {
        auto p = dir / segment_file_name(base, s);
        std::filesystem::rename(p, p.string() + ".deleted");
      }
    }
  }
  out.groups.clear();  // closes the cleaned segment's handles, files stay
  l.reset();           // crash: no clean shutdown marker
  l = open(compact_config(), false);
  auto after = records_of(all(*l));
  if (step == 0) {
    EXPECT_EQ(after, before);  // .cleaned discarded
  } else {
    EXPECT_EQ(after, (std::vector<rec>{{1, "b", "1", now0 + 1}, {2, "a", "2", now0}, {3, "c", "1", now0}}));
  }
  EXPECT_EQ(l->segment_base_offsets(), step == 0 ? (std::vector<offset>{offset(0), offset(2), offset(3)})
                                                 : (std::vector<offset>{offset(0), offset(3)}));
  EXPECT_EQ(l->log_end_offset(), offset(4));
  EXPECT_TRUE(leftovers().empty());
  // Appends continue at the log end.
  append(*l, batch({{"d", "1"}}));
  EXPECT_EQ(records_of(all(*l)).back(), (rec{4, "d", "1", now0}));
}

INSTANTIATE_TEST_SUITE_P(Steps, CompactionCrashTest, ::testing::Values(0, 1, 2));

TEST_F(LogCompactionTest, FetchSlicesOfReplacedSegmentsStayReadable) {
  deletion_queue dq;
  auto l = open(compact_config(), true, &dq);
  append(*l, batch({{"a", "1"}, {"a", "2"}}));  // 0, 1
  ASSERT_TRUE(l->roll(now0));
  append(*l, batch({{"b", "1"}}));  // 2
  auto fetched = l->read(offset(0), 1 << 20, l->log_end_offset(), true).value();
  const auto fetched_before = testing::read_bytes(fetched);
  offset_map map(24 * 1000);
  auto out = clean(*l, offset(0), now0, map);
  ASSERT_TRUE(l->apply_clean(out, now0).value());
  EXPECT_EQ(dq.pending(), 3u);  // old .log/.index/.timeindex wait file.delete.delay.ms
  EXPECT_EQ(dq.delete_all(), 3u);
  // The in-flight Fetch still reads the old bytes; a new one sees the clean.
  EXPECT_EQ(testing::read_bytes(fetched), fetched_before);
  EXPECT_EQ(records_of(fetched_before).size(), 3u);
  EXPECT_EQ(records_of(all(*l)), (std::vector<rec>{{1, "a", "2", now0 + 1}, {2, "b", "1", now0}}));
}

}  // namespace
}  // namespace gannet::storage
