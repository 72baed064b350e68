// Batches written by independent implementations decode to exactly the records
// they were given: kafka-python (tests/records/data/generate_kafka_python.py)
// and librdkafka (generate_librdkafka.py, the same records).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "gannet/records/batch_builder.h"
#include "gannet/records/compression.h"
#include "gannet/records/record.h"
#include "gannet/records/record_batch.h"
#include "record_testing.h"

namespace gannet::records {
namespace {

using testing::decode_batch;
using testing::decoded_record;
using testing::read_data_file;

constexpr std::int64_t base_ts = 1700000000000;
const std::string lorem =
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
    "tempor incididunt ut labore et dolore magna aliqua. ";

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += s;
  return out;
}

// generate_kafka_python.py: small_records().
std::vector<decoded_record> small_records() {
  return {
      {base_ts, 0, "key-0", repeat("value-0 ", 8), {{"h1", "v1"}, {"null-header", std::nullopt}}},
      {base_ts + 5, 1, std::nullopt, repeat("no key here, ", 4), {}},
      {base_ts + 2, 2, "", std::nullopt, {{"empty", ""}}},
      {base_ts + 1000, 3, "k3", repeat(lorem, 3).substr(0, 300), {{"trace-id", "abc-123"}}},
  };
}

// generate_kafka_python.py: large_record(i), LARGE_COUNT of them.
std::vector<decoded_record> large_records() {
  std::vector<decoded_record> out;
  for (int i = 0; i < 500; ++i) {
    out.push_back({base_ts + i * 3,
                   i,
                   "user-" + std::to_string(i % 37),
                   "event " + std::to_string(i) + ": " + lorem.substr(0, 100 + (i * 7) % 90),
                   {{"seq", std::to_string(i)}}});
  }
  return out;
}

struct compat_case {
  const char* file;
  compression_type compression;
  bool large;
  bool idempotent = true;  // kafka-python batches carry producer id 4242; librdkafka's none
};

class KafkaPythonBatchTest : public ::testing::TestWithParam<compat_case> {};

TEST_P(KafkaPythonBatchTest, DecodesExactRecordsAndHeader) {
  const auto& c = GetParam();
  const auto bytes = read_data_file(c.file);
  ASSERT_FALSE(bytes.empty()) << c.file;
  auto batch = validate_batch(bytes);
  ASSERT_TRUE(batch) << batch.error().message();
  EXPECT_EQ(batch->size_bytes(), bytes.size());
  EXPECT_EQ(batch->compression(), c.compression);
  EXPECT_EQ(batch->base_offset(), 0);
  EXPECT_EQ(batch->producer_id(), c.idempotent ? 4242 : -1);
  EXPECT_EQ(batch->producer_epoch(), c.idempotent ? 3 : -1);
  EXPECT_EQ(batch->base_sequence(), c.idempotent ? 17 : -1);
  EXPECT_FALSE(batch->is_transactional());
  EXPECT_FALSE(batch->is_control());
  EXPECT_EQ(batch->timestamp_kind(), timestamp_type::create_time);
  EXPECT_EQ(batch->base_timestamp(), base_ts);

  const auto expected = c.large ? large_records() : small_records();
  EXPECT_EQ(batch->records_count(), static_cast<std::int32_t>(expected.size()));
  EXPECT_EQ(batch->last_offset_delta(), static_cast<std::int32_t>(expected.size()) - 1);
  auto records = decode_batch(bytes);
  ASSERT_TRUE(records) << records.error().message();
  ASSERT_EQ(records->size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ((*records)[i], expected[i]) << "record " << i;

  std::vector<std::uint8_t> buffer;
  auto summary = validate_records(*batch, buffer, 1 << 20);
  ASSERT_TRUE(summary) << summary.error().message();
  EXPECT_EQ(summary->count, static_cast<std::int32_t>(expected.size()));
  EXPECT_EQ(summary->max_timestamp, batch->max_timestamp());
}

TEST_P(KafkaPythonBatchTest, DecompressionBoundBelowTheSizeIsTooLarge) {
  const auto& c = GetParam();
  const auto bytes = read_data_file(c.file);
  auto batch = validate_batch(bytes);
  ASSERT_TRUE(batch);
  std::vector<std::uint8_t> buffer;
  if (c.compression == compression_type::none) {
    // The bound is on decompressed bytes: an uncompressed batch is never copied.
    auto section = records_section(*batch, buffer, 0);
    ASSERT_TRUE(section);
    EXPECT_EQ(section->data(), bytes.data() + batch_header_size);
    return;
  }
  auto section = records_section(*batch, buffer, 1 << 20);
  ASSERT_TRUE(section);
  const std::size_t exact = section->size();
  EXPECT_TRUE(records_section(*batch, buffer, exact)) << "the exact size fits";
  auto r = records_section(*batch, buffer, exact - 1);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), errc::too_large);
}

INSTANTIATE_TEST_SUITE_P(
    All, KafkaPythonBatchTest,
    ::testing::Values(compat_case{"kafka_python_none.bin", compression_type::none, false},
                      compat_case{"kafka_python_gzip.bin", compression_type::gzip, false},
                      compat_case{"kafka_python_snappy.bin", compression_type::snappy, false},
                      compat_case{"kafka_python_lz4.bin", compression_type::lz4, false},
                      compat_case{"kafka_python_zstd.bin", compression_type::zstd, false},
                      compat_case{"kafka_python_none_large.bin", compression_type::none, true},
                      compat_case{"kafka_python_gzip_large.bin", compression_type::gzip, true},
                      compat_case{"kafka_python_snappy_large.bin", compression_type::snappy, true},
                      compat_case{"kafka_python_lz4_large.bin", compression_type::lz4, true},
                      compat_case{"kafka_python_zstd_large.bin", compression_type::zstd, true},
                      compat_case{"kafka_python_zstd_no_content_size.bin", compression_type::zstd, false},
                      compat_case{"kafka_python_snappy_raw.bin", compression_type::snappy, false},
                      compat_case{"kafka_python_gzip_two_members.bin", compression_type::gzip, false},
                      // generate_librdkafka.py: librdkafka 2.0.2's Produce requests.
                      compat_case{"librdkafka_none.bin", compression_type::none, false, false},
                      compat_case{"librdkafka_gzip.bin", compression_type::gzip, false, false},
                      compat_case{"librdkafka_snappy.bin", compression_type::snappy, false, false},
                      compat_case{"librdkafka_lz4.bin", compression_type::lz4, false, false},
                      compat_case{"librdkafka_zstd.bin", compression_type::zstd, false, false}),
    [](const auto& info) {
      std::string name = info.param.file;
      name = name.substr(0, name.find('.'));
      std::erase(name, '_');
      return name;
    });

// Our builder writes the same bytes as kafka-python for an uncompressed batch.
TEST(KafkaPythonBatchTest, BuilderMatchesKafkaPythonBytes) {
  batch_options o;
  o.partition_leader_epoch = 0;
  o.producer_id = 4242;
  o.producer_epoch = 3;
  o.base_sequence = 17;
  for (const bool large : {false, true}) {
    batch_builder b(o);
    for (const auto& r : large ? large_records() : small_records()) {
      record_data d{r.key, r.value, {}, r.timestamp_ms};
      for (const auto& [k, v] : r.headers)
        d.headers.push_back({k, v});
      b.add(std::move(d));
    }
    auto built = b.build();
    ASSERT_TRUE(built);
    EXPECT_EQ(*built, read_data_file(large ? "kafka_python_none_large.bin" : "kafka_python_none.bin"));
  }
}

}  // namespace
}  // namespace gannet::records
