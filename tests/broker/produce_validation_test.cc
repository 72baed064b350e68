// Produce validation in Kafka's order and with its codes (the differential test
// compares the same cases with Kafka 3.9.1 itself), and the rules that depend on
// the topic: records without a key on a compacted topic (LogValidator.validateKey).
#include "produce_validation.h"

#include <gtest/gtest.h>

#include "gannet/records/batch_builder.h"
#include "gannet/records/record_batch.h"

namespace gannet::broker {
namespace {

std::vector<std::uint8_t> batch(std::vector<std::optional<std::string>> keys, records::compression_type c) {
  records::batch_options o;
  o.compression = c;
  records::batch_builder b(o);
  for (auto& k : keys)
    b.add({k, "v", {}, 1000});
  return std::move(b.build().value());
}

TEST(ProduceValidationTest, CompactedTopicRefusesRecordsWithoutKey) {
  storage::log_config compact;
  compact.cleanup_compact = true;
  auto b = batch({"a", std::nullopt, "c", std::nullopt}, records::compression_type::gzip);
  auto check = validate_produce_records(b, compact, {}, 1000, "t-0");
  EXPECT_EQ(check.error, protocol::error_code::invalid_record);
  const std::string m = "Compacted topic cannot accept message without key in topic partition t-0";
  EXPECT_EQ(check.record_errors, (std::vector<std::pair<std::int32_t, std::string>>{{1, m}, {3, m}}));
  EXPECT_EQ(check.message,
            "One or more records have been rejected due to 2 record errors in total, and only showing the first "
            "three errors at most: [RecordError(batchIndex=1, message='" +
                m + "'), RecordError(batchIndex=3, message='" + m + "')]");
  // Keyed records pass; the delete policy takes keyless ones.
  EXPECT_EQ(
      validate_produce_records(batch({"a", "b"}, records::compression_type::none), compact, {}, 1000, "t-0").error,
      protocol::error_code::none);
  storage::log_config del;
  EXPECT_EQ(validate_produce_records(b, del, {}, 1000, "t-0").error, protocol::error_code::none);
}

using protocol::error_code;

TEST(ProduceValidationTest, APartialBatchAfterTheBatchIsDroppedNotRefused) {
  auto one = batch({"a", "b"}, records::compression_type::none);
  auto records = one;
  records.insert(records.end(), one.begin(), one.begin() + 30);
  auto check = validate_produce_records(records, {}, {}, 1000, "t-0");
  EXPECT_EQ(check.error, error_code::none);
  EXPECT_EQ(check.valid_bytes, one.size());
}

TEST(ProduceValidationTest, NoCompleteBatchIsInvalidRecordBeforeTheLog) {
  auto one = batch({"a"}, records::compression_type::none);
  one.resize(one.size() - 3);
  auto check = validate_produce_records(one, {}, {}, 1000, "t-0");
  EXPECT_EQ(check.error, error_code::invalid_record);
  EXPECT_TRUE(check.before_log);
}

TEST(ProduceValidationTest, ASecondCompleteBatchIsInvalidRecord) {
  auto one = batch({"a"}, records::compression_type::none);
  auto two = one;
  two.insert(two.end(), one.begin(), one.end());
  EXPECT_EQ(validate_produce_records(two, {}, {}, 1000, "t-0").error, error_code::invalid_record);
}

TEST(ProduceValidationTest, ProducerIdWithNegativeSequenceIsInvalidRecord) {
  records::batch_builder b({.producer_id = 7, .producer_epoch = 0, .base_sequence = -5});
  b.add({"k", "v", {}, 1000});
  auto bytes = b.build().value();
  auto check = validate_produce_records(bytes, {}, {}, 1000, "t-0");
  EXPECT_EQ(check.error, error_code::invalid_record);
  EXPECT_FALSE(check.before_log);
}

TEST(ProduceValidationTest, GarbageCompressedBytesAreUnknownServerErrorAsKafka) {
  auto bytes = batch({"a"}, records::compression_type::none);
  bytes[records::field::attributes + 1] = static_cast<std::uint8_t>(records::compression_type::gzip);
  records::update_crc(bytes);
  EXPECT_EQ(validate_produce_records(bytes, {}, {}, 1000, "t-0").error, error_code::unknown_server_error);
}

TEST(ProduceValidationTest, NonZeroBaseOffsetIsInvalidRecord) {
  records::batch_builder b({.base_offset = 5});
  b.add({"k", "v", {}, 1000});
  auto bytes = b.build().value();
  EXPECT_EQ(validate_produce_records(bytes, {}, {}, 1000, "t-0").error, error_code::invalid_record);
}

TEST(ProduceValidationTest, ZstdNeedsProduceV7) {
  auto bytes = batch({"a"}, records::compression_type::zstd);
  EXPECT_EQ(validate_produce_records(bytes, {}, {}, 1000, "t-0", 6).error, error_code::unsupported_compression_type);
  EXPECT_EQ(validate_produce_records(bytes, {}, {}, 1000, "t-0", 7).error, error_code::none);
}

}  // namespace
}  // namespace gannet::broker
