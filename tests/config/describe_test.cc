#include "gannet/config/describe.h"

#include <gtest/gtest.h>

namespace gannet::config {
namespace {

const config_entry& find(const std::vector<config_entry>& entries, std::string_view name) {
  for (const auto& e : entries)
    if (e.name == name) return e;
  throw std::runtime_error("no entry " + std::string(name));
}

using synonyms = std::vector<config_synonym>;
constexpr auto topic = config_source::topic_config;
constexpr auto dynamic_broker = config_source::dynamic_broker_config;
constexpr auto dynamic_default = config_source::dynamic_default_broker_config;
constexpr auto static_broker = config_source::static_broker_config;
constexpr auto default_config = config_source::default_config;

TEST(DescribeTest, SourceIdsMatchKafka) {
  EXPECT_EQ(static_cast<int>(config_source::topic_config), 1);
  EXPECT_EQ(static_cast<int>(config_source::static_broker_config), 4);
  EXPECT_EQ(static_cast<int>(config_source::default_config), 5);
  EXPECT_EQ(static_cast<int>(config_source::client_metrics_config), 7);
  EXPECT_EQ(config_source_name(config_source::dynamic_default_broker_config), "DYNAMIC_DEFAULT_BROKER_CONFIG");
}

TEST(DescribeTest, TopicDefaultsReportBrokerDefaultSynonyms) {
  auto entries = describe_topic_configs({}, {});
  EXPECT_EQ(entries.size(), 36u);
  const auto& segment = find(entries, "segment.bytes");
  EXPECT_EQ(segment.value, "1073741824");
  EXPECT_EQ(segment.source, default_config);
  EXPECT_FALSE(segment.read_only);
  EXPECT_EQ(segment.type, config_type::int32);
  EXPECT_EQ(segment.synonyms, (synonyms{{"log.segment.bytes", "1073741824", default_config}}));
  // Kafka drops synonyms before the first broker synonym (log.retention.ms),
  // which has no default: retention.ms shows no synonyms at all.
  const auto& retention = find(entries, "retention.ms");
  EXPECT_EQ(retention.value, "604800000");
  EXPECT_EQ(retention.source, default_config);
  EXPECT_TRUE(retention.synonyms.empty());
  const auto& remote = find(entries, "remote.storage.enable");
  EXPECT_EQ(remote.value, "false");
  EXPECT_TRUE(remote.synonyms.empty());
}

TEST(DescribeTest, TopicOverrideComesFirstThenBrokerLayersInPrecedenceOrder) {
  broker_layers layers;
  layers.dynamic_broker = {{"log.segment.bytes", "3000"}};
  layers.dynamic_default_broker = {{"log.segment.bytes", "2000"}};
  layers.static_broker = {{"log.segment.bytes", "1000"}};
  auto entries = describe_topic_configs(layers, {{"segment.bytes", "500"}});
  const auto& e = find(entries, "segment.bytes");
  EXPECT_EQ(e.value, "500");
  EXPECT_EQ(e.source, topic);
  EXPECT_EQ(e.synonyms, (synonyms{{"segment.bytes", "500", topic},
                                  {"log.segment.bytes", "3000", dynamic_broker},
                                  {"log.segment.bytes", "2000", dynamic_default},
                                  {"log.segment.bytes", "1000", static_broker},
                                  {"log.segment.bytes", "1073741824", default_config}}));
  // Without the override the highest broker layer is the source.
  const auto inherited_entries = describe_topic_configs(layers, {});
  const auto& inherited = find(inherited_entries, "segment.bytes");
  EXPECT_EQ(inherited.value, "3000");
  EXPECT_EQ(inherited.source, dynamic_broker);
}

TEST(DescribeTest, RetentionSynonymsIncludeMinutesAndHoursAfterMs) {
  broker_layers layers;
  layers.static_broker = {{"log.retention.ms", "100"}, {"log.retention.hours", "2"}};
  const auto entries = describe_topic_configs(layers, {});
  const auto& e = find(entries, "retention.ms");
  EXPECT_EQ(e.value, "100");
  EXPECT_EQ(e.source, static_broker);
  EXPECT_EQ(e.synonyms, (synonyms{{"log.retention.ms", "100", static_broker},
                                  {"log.retention.hours", "2", static_broker},
                                  {"log.retention.hours", "168", default_config}}));
}

TEST(DescribeTest, BrokerEntriesReportReadOnlyAndSources) {
  broker_layers layers;
  layers.static_broker = {{"num.partitions", "3"}, {"log.retention.hours", "24"}};
  layers.dynamic_default_broker = {{"log.retention.ms", "1000"}};
  auto entries = describe_broker_configs(layers, true);
  const auto& partitions = find(entries, "num.partitions");
  EXPECT_EQ(partitions.value, "3");
  EXPECT_EQ(partitions.source, static_broker);
  EXPECT_TRUE(partitions.read_only);
  EXPECT_EQ(partitions.synonyms,
            (synonyms{{"num.partitions", "3", static_broker}, {"num.partitions", "1", default_config}}));
  const auto& hours = find(entries, "log.retention.hours");
  EXPECT_EQ(hours.synonyms,
            (synonyms{{"log.retention.hours", "24", static_broker}, {"log.retention.hours", "168", default_config}}));
  const auto& ms = find(entries, "log.retention.ms");
  EXPECT_FALSE(ms.read_only);
  EXPECT_EQ(ms.value, "1000");
  EXPECT_EQ(ms.source, dynamic_default);
  EXPECT_EQ(ms.synonyms, (synonyms{{"log.retention.ms", "1000", dynamic_default},
                                   {"log.retention.hours", "24", static_broker},
                                   {"log.retention.hours", "168", default_config}}));
  const auto& unset = find(entries, "zookeeper.connect");
  EXPECT_EQ(unset.value, std::nullopt);
  EXPECT_EQ(unset.source, default_config);

  auto cluster_default = describe_broker_configs(layers, false);
  ASSERT_EQ(cluster_default.size(), 1u);
  EXPECT_EQ(cluster_default[0].name, "log.retention.ms");
  EXPECT_EQ(cluster_default[0].synonyms, (synonyms{{"log.retention.ms", "1000", dynamic_default}}));
}

TEST(DescribeTest, BrokerSynonymGroups) {
  using v = std::vector<std::string_view>;
  EXPECT_EQ(broker_config_synonyms("log.roll.hours"), (v{"log.roll.ms", "log.roll.hours"}));
  EXPECT_EQ(broker_config_synonyms("log.flush.interval.ms"),
            (v{"log.flush.interval.ms", "log.flush.scheduler.interval.ms"}));
  EXPECT_EQ(broker_config_synonyms("log.flush.scheduler.interval.ms"), (v{"log.flush.scheduler.interval.ms"}));
  EXPECT_EQ(broker_config_synonyms("num.partitions"), (v{"num.partitions"}));
}

}  // namespace
}  // namespace gannet::config
