// Produce validation rules that depend on the topic: records without a key on a
// compacted topic (Kafka's LogValidator.validateKey).
#include "produce_validation.h"

#include <gtest/gtest.h>

#include "gannet/records/batch_builder.h"

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

}  // namespace
}  // namespace gannet::broker
