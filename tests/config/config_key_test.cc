#include "gannet/config/config_key.h"

#include <gtest/gtest.h>

#include "gannet/config/definitions.h"

namespace gannet::config {
namespace {

std::string error_of(std::string_view key, std::string_view text) {
  const config_key* k = find_broker_key(key);
  if (k == nullptr) k = find_topic_key(key);
  return parse_value(*k, text).error;
}

TEST(ConfigKeyTest, ParsesTypesAsKafkaDoes) {
  EXPECT_EQ(std::get<std::int64_t>(parse_value(*find_broker_key("num.partitions"), " 12 ").value), 12);
  EXPECT_EQ(std::get<bool>(parse_value(*find_broker_key("delete.topic.enable"), "FALSE").value), false);
  EXPECT_EQ(std::get<double>(parse_value(*find_topic_key("min.cleanable.dirty.ratio"), "0.25").value), 0.25);
  auto list =
      std::get<std::vector<std::string>>(parse_value(*find_topic_key("cleanup.policy"), "compact , delete").value);
  EXPECT_EQ(list, (std::vector<std::string>{"compact", "delete"}));
  EXPECT_TRUE(std::get<std::vector<std::string>>(parse_value(*find_topic_key("cleanup.policy"), "  ").value).empty());
}

TEST(ConfigKeyTest, TypeErrorsUseKafkasWording) {
  EXPECT_EQ(error_of("num.partitions", "abc"),
            "Invalid value abc for configuration num.partitions: Not a number of type INT");
  EXPECT_EQ(error_of("num.partitions", "3000000000"),
            "Invalid value 3000000000 for configuration num.partitions: Not a number of type INT");
  EXPECT_EQ(error_of("offsets.topic.replication.factor", "40000"),
            "Invalid value 40000 for configuration offsets.topic.replication.factor: Not a number of type SHORT");
  EXPECT_EQ(error_of("retention.ms", "1.5"),
            "Invalid value 1.5 for configuration retention.ms: Not a number of type LONG");
  EXPECT_EQ(error_of("delete.topic.enable", "yes"),
            "Invalid value yes for configuration delete.topic.enable: Expected value to be either true or false");
}

TEST(ConfigKeyTest, ValidatorErrorsUseKafkasWording) {
  EXPECT_EQ(error_of("num.partitions", "0"),
            "Invalid value 0 for configuration num.partitions: Value must be at least 1");
  EXPECT_EQ(error_of("segment.bytes", "13"),
            "Invalid value 13 for configuration segment.bytes: Value must be at least 14");
  EXPECT_EQ(error_of("min.cleanable.dirty.ratio", "1.5"),
            "Invalid value 1.5 for configuration min.cleanable.dirty.ratio: Value must be no more than 1");
  EXPECT_EQ(error_of("cleanup.policy", "delete,forever"),
            "Invalid value forever for configuration cleanup.policy: String must be one of: compact, delete");
  EXPECT_EQ(error_of("message.timestamp.type", "Now"),
            "Invalid value Now for configuration message.timestamp.type: String must be one of: CreateTime, "
            "LogAppendTime");
  EXPECT_EQ(error_of("compression.type", "brotli"),
            "Invalid value brotli for configuration compression.type: String must be one of: uncompressed, zstd, lz4, "
            "snappy, gzip, producer");
  EXPECT_EQ(error_of("compression.gzip.level", "0"),
            "Invalid value 0 for configuration compression.gzip.level: Value must be between 1 and 9 or equal to -1");
  EXPECT_EQ(error_of("compression.gzip.level", "-1"), "");
  EXPECT_EQ(error_of("compression.zstd.level", "23"),
            "Invalid value 23 for configuration compression.zstd.level: Value must be no more than 22");
  EXPECT_EQ(error_of("retention.ms", "-1"), "");
  EXPECT_EQ(error_of("retention.ms", "-2"),
            "Invalid value -2 for configuration retention.ms: Value must be at least -1");
}

TEST(ConfigKeyTest, PrintsValuesAsKafkaDoes) {
  const config_key& ratio = *find_topic_key("min.cleanable.dirty.ratio");
  EXPECT_EQ(to_kafka_string(ratio, parse_value(ratio, "0.50").value), "0.5");
  EXPECT_EQ(to_kafka_string(ratio, parse_value(ratio, "1").value), "1.0");
  EXPECT_EQ(java_double_to_string(1.7976931348623157e308), "1.7976931348623157E308");
  EXPECT_EQ(java_double_to_string(1e7), "1.0E7");
  EXPECT_EQ(java_double_to_string(0.9), "0.9");
  EXPECT_EQ(java_double_to_string(1e-4), "1.0E-4");
  const config_key& policy = *find_topic_key("cleanup.policy");
  EXPECT_EQ(to_kafka_string(policy, parse_value(policy, "compact, delete").value), "compact,delete");
}

}  // namespace
}  // namespace gannet::config
