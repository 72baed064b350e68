#include "gannet/config/topic_config.h"

#include <gtest/gtest.h>

namespace gannet::config {
namespace {

TEST(TopicConfigTest, DefaultsComeFromBrokerSynonyms) {
  broker_layers layers;
  auto t = topic_config::from(layers, {});
  EXPECT_EQ(t.retention_ms, 604'800'000);
  EXPECT_EQ(t.segment_bytes, 1'073'741'824);
  EXPECT_EQ(t.segment_ms, 604'800'000);
  EXPECT_EQ(t.max_message_bytes, 1'048'588);
  EXPECT_EQ(t.flush_ms, INT64_MAX);
  EXPECT_EQ(t.cleanup_policy, std::vector<std::string>{"delete"});
  EXPECT_TRUE(t.delete_());
  EXPECT_FALSE(t.compact());
  EXPECT_EQ(t.message_timestamp_type, "CreateTime");
  EXPECT_EQ(t.min_cleanable_dirty_ratio, 0.5);
  EXPECT_EQ(t.local_retention_ms, -2);

  layers.static_broker = {{"log.retention.hours", "1"},
                          {"log.roll.hours", "2"},
                          {"message.max.bytes", "2000"},
                          {"log.cleanup.policy", "compact"},
                          {"log.flush.scheduler.interval.ms", "3000"}};
  t = topic_config::from(layers, {});
  EXPECT_EQ(t.retention_ms, 3'600'000);
  EXPECT_EQ(t.segment_ms, 7'200'000);
  EXPECT_EQ(t.max_message_bytes, 2000);
  EXPECT_TRUE(t.compact());
  EXPECT_EQ(t.flush_ms, 3000);

  layers.dynamic_default_broker = {{"log.retention.ms", "5000"}};
  EXPECT_EQ(topic_config::from(layers, {}).retention_ms, 5000);
  layers.static_broker["log.retention.minutes"] = "-3";
  layers.dynamic_default_broker.clear();
  EXPECT_EQ(topic_config::from(layers, {}).retention_ms, -1);
}

TEST(TopicConfigTest, OverridesWinOverBrokerValues) {
  broker_layers layers;
  layers.static_broker = {{"log.retention.hours", "1"}};
  auto t = topic_config::from(layers, {{"retention.ms", "42"}, {"cleanup.policy", "compact,delete"}});
  EXPECT_EQ(t.retention_ms, 42);
  EXPECT_EQ(t.cleanup_policy, (std::vector<std::string>{"compact", "delete"}));
  EXPECT_EQ(resolve_topic_values(layers, {{"max.message.bytes", " 77 "}}).at("max.message.bytes"), "77");
}

TEST(TopicConfigTest, ValidationUsesKafkasMessages) {
  broker_layers layers;
  EXPECT_EQ(validate_topic_overrides({{"retention.ms", "100"}}, layers), std::nullopt);
  EXPECT_EQ(validate_topic_overrides({{"retention.mss", "1"}, {"retention.ms", "x"}}, layers),
            (config_problem{"retention.mss", "Unknown topic config name: retention.mss"}));
  EXPECT_EQ(
      validate_topic_overrides({{"segment.bytes", "10"}}, layers),
      (config_problem{"segment.bytes", "Invalid value 10 for configuration segment.bytes: Value must be at least 14"}));
  EXPECT_EQ(validate_topic_overrides({{"min.compaction.lag.ms", "10"}, {"max.compaction.lag.ms", "5"}}, layers),
            (config_problem{"min.compaction.lag.ms",
                            "conflict topic config setting min.compaction.lag.ms (10) > max.compaction.lag.ms (5)"}));
  EXPECT_EQ(validate_topic_overrides({{"remote.storage.enable", "true"}}, layers)->message,
            "Tiered Storage functionality is disabled in the broker. Topic cannot be configured with remote log "
            "storage.");
  // Broker-level keys are not topic keys.
  EXPECT_EQ(validate_topic_overrides({{"log.retention.ms", "1"}}, layers)->message,
            "Unknown topic config name: log.retention.ms");
}

TEST(TopicConfigTest, IncrementalSetAndDelete) {
  broker_layers layers;
  property_map overrides = {{"retention.ms", "100"}};
  std::vector<alter_config_op> ops = {{alter_op::set, "segment.ms", "5000"}, {alter_op::remove, "retention.ms", {}}};
  EXPECT_EQ(apply_incremental_ops(overrides, ops, layers), std::nullopt);
  EXPECT_EQ(overrides, (property_map{{"segment.ms", "5000"}}));
}

TEST(TopicConfigTest, IncrementalAppendAndSubtractOnLists) {
  broker_layers layers;
  property_map overrides;
  std::vector<alter_config_op> append = {{alter_op::append, "cleanup.policy", "compact"}};
  EXPECT_EQ(apply_incremental_ops(overrides, append, layers), std::nullopt);
  EXPECT_EQ(overrides.at("cleanup.policy"), "delete,compact");  // starts from the topic default
  EXPECT_EQ(apply_incremental_ops(overrides, append, layers), std::nullopt);
  EXPECT_EQ(overrides.at("cleanup.policy"), "delete,compact");  // already present
  std::vector<alter_config_op> subtract = {{alter_op::subtract, "cleanup.policy", "delete"}};
  EXPECT_EQ(apply_incremental_ops(overrides, subtract, layers), std::nullopt);
  EXPECT_EQ(overrides.at("cleanup.policy"), "compact");
  std::vector<alter_config_op> throttle = {{alter_op::append, "leader.replication.throttled.replicas", "0:1,1:1"}};
  EXPECT_EQ(apply_incremental_ops(overrides, throttle, layers), std::nullopt);
  EXPECT_EQ(overrides.at("leader.replication.throttled.replicas"), "0:1,1:1");
}

TEST(TopicConfigTest, IncrementalRejectsBadOpsAndKeepsOverrides) {
  broker_layers layers;
  property_map overrides = {{"retention.ms", "100"}};
  std::vector<alter_config_op> append = {{alter_op::append, "retention.ms", "5"}};
  EXPECT_EQ(apply_incremental_ops(overrides, append, layers),
            (config_problem{"retention.ms", "Config value append is not allowed for config key: retention.ms"}));
  std::vector<alter_config_op> subtract = {{alter_op::subtract, "segment.ms", "5"}};
  EXPECT_EQ(apply_incremental_ops(overrides, subtract, layers)->message,
            "Config value subtract is not allowed for config key: segment.ms");
  std::vector<alter_config_op> bad = {{alter_op::set, "segment.ms", "0"}, {alter_op::set, "retention.ms", "1"}};
  EXPECT_EQ(apply_incremental_ops(overrides, bad, layers)->message,
            "Invalid value 0 for configuration segment.ms: Value must be at least 1");
  std::vector<alter_config_op> policy = {{alter_op::append, "cleanup.policy", "forever"}};
  EXPECT_EQ(apply_incremental_ops(overrides, policy, layers)->name, "cleanup.policy");
  EXPECT_EQ(overrides, (property_map{{"retention.ms", "100"}}));
}

}  // namespace
}  // namespace gannet::config
