// The log against an in-memory model: random appends (of random sizes, so
// segments roll on bytes and index fullness), reads at random offsets with
// random limits and upper bounds, retention by size, DeleteRecords, clean and
// unclean reopens. The bytes served must be exactly the model's.

#include <gtest/gtest.h>

#include <random>

#include "gannet/records/record_batch.h"
#include "gannet/storage/log.h"
#include "storage_test_util.h"

namespace gannet::storage {
namespace {

struct model_batch {
  std::int64_t base;
  std::int64_t last;
  std::int64_t max_timestamp;
  std::vector<std::uint8_t> bytes;
};

class log_model {
 public:
  std::vector<model_batch> batches;
  std::int64_t log_start = 0;
  std::int64_t log_end = 0;

  // Index of the batch holding (or first after) offset o.
  std::size_t find(std::int64_t o) const {
    std::size_t i = 0;
    while (i < batches.size() && batches[i].last < o)
      ++i;
    return i;
  }
  std::vector<std::uint8_t> expected_read(std::int64_t start, std::int32_t max_bytes, std::int64_t upper,
                                          bool min_one) const {
    std::vector<std::uint8_t> all;
    std::size_t i = find(start);
    std::size_t first_size = i < batches.size() ? batches[i].bytes.size() : 0;
    for (; i < batches.size() && batches[i].last < upper; ++i) {
      all.insert(all.end(), batches[i].bytes.begin(), batches[i].bytes.end());
    }
    if (start >= upper) all.clear();
    std::size_t want = static_cast<std::size_t>(std::max(max_bytes, 0));
    if (min_one && !all.empty()) want = std::max(want, first_size);
    if (all.size() > want) all.resize(want);
    return all;
  }
  void drop_below(std::int64_t new_start) {
    log_start = new_start;
    std::erase_if(batches, [&](const model_batch& b) { return b.last < new_start; });
  }
};

class LogModelTest : public ::testing::TestWithParam<int> {};

TEST_P(LogModelTest, LogAgreesWithModel) {
  std::mt19937_64 rng(static_cast<std::uint64_t>(GetParam()));
  testing::temp_dir dir;
  log_config c = testing::small_config();
  c.segment_bytes = 2000 + static_cast<std::int64_t>(rng() % 6000);
  c.index_interval_bytes = static_cast<std::int32_t>(rng() % 600);
  c.segment_index_bytes = 8 * static_cast<std::int32_t>(4 + rng() % 40);
  std::int64_t now = 1'000'000;
  auto open = [&](bool clean) {
    auto o = testing::options(c, now);
    o.clean_shutdown = clean;
    o.recovery_point = offset(0);
    return std::move(log::open(dir.path() / "m-0", {"m", 0}, o).value());
  };
  auto l = open(true);
  log_model m;
  std::int64_t ts = 50'000;
  for (int step = 0; step < 400; ++step) {
    int op = static_cast<int>(rng() % 100);
    if (op < 55) {
      int n = 1 + static_cast<int>(rng() % 3);
      std::vector<std::uint8_t> buf;
      std::vector<std::size_t> sizes;
      for (int k = 0; k < n; ++k) {
        auto b = testing::make_batch(1 + static_cast<int>(rng() % 5), rng() % 400, ts, static_cast<char>('a' + k));
        ts += 10;
        sizes.push_back(b.size());
        buf.insert(buf.end(), b.begin(), b.end());
      }
      auto r = l->append(buf, leader_epoch(1), now);
      ASSERT_TRUE(r) << r.error().message();
      ASSERT_EQ(r->first_offset.value(), m.log_end);
      std::size_t at = 0;
      for (auto s : sizes) {
        std::vector<std::uint8_t> bytes(buf.begin() + static_cast<std::ptrdiff_t>(at),
                                        buf.begin() + static_cast<std::ptrdiff_t>(at + s));
        records::batch_view v(bytes);
        m.batches.push_back({v.base_offset(), v.last_offset(), v.max_timestamp(), bytes});
        at += s;
      }
      m.log_end = r->last_offset.value() + 1;
      l->set_high_watermark(l->log_end_offset());
    } else if (op < 85) {
      std::int64_t start =
          m.log_start + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(m.log_end - m.log_start + 3)) - 1;
      auto max_bytes = static_cast<std::int32_t>(rng() % 3000);
      std::int64_t upper = m.log_end - static_cast<std::int64_t>(rng() % 4 == 0 ? rng() % 10 : 0);
      bool min_one = rng() % 2 == 0;
      auto r = l->read(offset(start), max_bytes, offset(upper), min_one);
      ASSERT_TRUE(r);
      if (start < m.log_start || start > m.log_end) {
        ASSERT_TRUE(r->offset_out_of_range) << start;
        continue;
      }
      ASSERT_FALSE(r->offset_out_of_range);
      ASSERT_EQ(testing::read_bytes(*r), m.expected_read(start, max_bytes, upper, min_one))
          << "step " << step << " start " << start << " max " << max_bytes << " upper " << upper;
    } else if (op < 89) {
      std::int64_t target = 1 + static_cast<std::int64_t>(rng() % 30);
      auto ts_query =
          50'000 + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(ts - 50'000 + 20)) + target * 0;
      auto f = l->find_offset_by_timestamp(ts_query);
      ASSERT_TRUE(f);
      std::size_t i = 0;
      while (i < m.batches.size() && m.batches[i].max_timestamp < ts_query)
        ++i;
      if (i == m.batches.size()) {
        ASSERT_FALSE(*f);
      } else {
        ASSERT_TRUE(*f);
        ASSERT_EQ((*f)->off.value(), std::max(m.batches[i].base, m.log_start));
      }
    } else if (op < 92) {
      // retention.bytes: the log decides which segments go; the model follows its log start.
      auto c2 = c;
      c2.retention_bytes = static_cast<std::int64_t>(rng() % 20000);
      l->set_config(c2);
      ASSERT_TRUE(l->delete_old_segments(now));
      l->set_config(c);
      ASSERT_GE(l->log_start_offset().value(), m.log_start);
      m.drop_below(l->log_start_offset().value());
      ASSERT_LE(l->size_bytes(), std::max<std::int64_t>(c2.retention_bytes, 0) + c.segment_bytes + 2000);
    } else if (op < 94) {
      std::int64_t target =
          m.log_start + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(m.log_end - m.log_start + 1));
      auto r = l->delete_records_before(offset(target), now);
      ASSERT_TRUE(r);
      ASSERT_EQ(r->value(), target);
      m.log_start = target;
      std::erase_if(m.batches, [&](const model_batch& b) { return b.last < target; });
    } else if (op < 97) {
      ASSERT_TRUE(l->close());
      l.reset();
      l = open(true);
      ASSERT_EQ(l->log_end_offset().value(), m.log_end);
      l->set_high_watermark(l->log_end_offset());
    } else {
      // Unclean: no close, everything from offset 0 is recovered (CRC checked).
      l.reset();
      l = open(false);
      ASSERT_EQ(l->log_end_offset().value(), m.log_end);
      l->set_high_watermark(l->log_end_offset());
    }
    // The log start is not persisted without the log manager's checkpoint; keep it.
    if (l->log_start_offset().value() < m.log_start) {
      ASSERT_TRUE(l->delete_records_before(offset(m.log_start), now));
    }
    ASSERT_EQ(l->log_start_offset().value(), m.log_start);
    ASSERT_EQ(l->log_end_offset().value(), m.log_end);
    now += 1;
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, LogModelTest, ::testing::Range(1, 13));

}  // namespace
}  // namespace gannet::storage
