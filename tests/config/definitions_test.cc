#include "gannet/config/definitions.h"

#include <gtest/gtest.h>

#include <set>

namespace gannet::config {
namespace {

std::optional<std::string_view> broker_default(std::string_view name) {
  const config_key* k = find_broker_key(name);
  EXPECT_NE(k, nullptr) << name;
  return k == nullptr ? std::nullopt : k->default_value;
}

std::optional<std::string_view> topic_default(std::string_view name) {
  const config_key* k = find_topic_key(name);
  EXPECT_NE(k, nullptr) << name;
  return k == nullptr ? std::nullopt : k->default_value;
}

// Values copied by hand from Kafka 3.9's sources (ServerConfigs,
// SocketServerConfigs, ServerLogConfigs, LogConfig, CleanerConfig,
// ReplicationConfigs, GroupCoordinatorConfig, TransactionLogConfigs,
// TransactionStateManagerConfigs, ZkConfigs).
TEST(DefinitionsTest, BrokerDefaultsMatchKafka39) {
  const std::vector<std::pair<std::string_view, std::optional<std::string_view>>> expected = {
      {"broker.id", "-1"},
      {"node.id", "-1"},
      {"listeners", "PLAINTEXT://:9092"},
      {"advertised.listeners", std::nullopt},
      {"listener.security.protocol.map", "SASL_SSL:SASL_SSL,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT"},
      {"log.dirs", std::nullopt},
      {"log.dir", "/tmp/kafka-logs"},
      {"num.partitions", "1"},
      {"default.replication.factor", "1"},
      {"auto.create.topics.enable", "true"},
      {"delete.topic.enable", "true"},
      {"log.retention.hours", "168"},
      {"log.retention.minutes", std::nullopt},
      {"log.retention.ms", std::nullopt},
      {"log.retention.bytes", "-1"},
      {"log.retention.check.interval.ms", "300000"},
      {"log.segment.bytes", "1073741824"},
      {"log.roll.hours", "168"},
      {"log.roll.ms", std::nullopt},
      {"log.index.size.max.bytes", "10485760"},
      {"log.index.interval.bytes", "4096"},
      {"log.flush.interval.messages", "9223372036854775807"},
      {"log.flush.interval.ms", std::nullopt},
      {"log.flush.scheduler.interval.ms", "9223372036854775807"},
      {"log.segment.delete.delay.ms", "60000"},
      {"log.cleanup.policy", "delete"},
      {"log.message.timestamp.type", "CreateTime"},
      {"log.message.timestamp.before.max.ms", "9223372036854775807"},
      {"log.message.timestamp.after.max.ms", "9223372036854775807"},
      {"message.max.bytes", "1048588"},
      {"socket.request.max.bytes", "104857600"},
      {"socket.send.buffer.bytes", "102400"},
      {"socket.receive.buffer.bytes", "102400"},
      {"connections.max.idle.ms", "600000"},
      {"num.network.threads", "3"},
      {"num.io.threads", "8"},
      {"queued.max.requests", "500"},
      {"max.connections", "2147483647"},
      {"offsets.topic.num.partitions", "50"},
      {"offsets.topic.replication.factor", "3"},
      {"offsets.retention.minutes", "10080"},
      {"group.initial.rebalance.delay.ms", "3000"},
      {"group.min.session.timeout.ms", "6000"},
      {"group.max.session.timeout.ms", "1800000"},
      {"group.max.size", "2147483647"},
      {"transaction.state.log.num.partitions", "50"},
      {"transaction.state.log.replication.factor", "3"},
      {"transaction.state.log.min.isr", "2"},
      {"transaction.state.log.segment.bytes", "104857600"},
      {"transactional.id.expiration.ms", "604800000"},
      {"transaction.max.timeout.ms", "900000"},
      {"producer.id.expiration.ms", "86400000"},
      {"min.insync.replicas", "1"},
      {"unclean.leader.election.enable", "false"},
      {"zookeeper.connect", std::nullopt},
      {"zookeeper.session.timeout.ms", "18000"},
      {"zookeeper.connection.timeout.ms", std::nullopt},
      {"compression.type", "producer"},
      {"replica.lag.time.max.ms", "30000"},
      {"replica.fetch.max.bytes", "1048576"},
      {"fetch.max.bytes", "57671680"},
      {"log.cleaner.min.cleanable.ratio", "0.5"},
      {"log.cleaner.delete.retention.ms", "86400000"},
      {"log.cleaner.io.max.bytes.per.second", "1.7976931348623157E308"},
      {"log.message.format.version", "3.0-IV1"},
      {"inter.broker.protocol.version", "3.9-IV0"},
      {"gannet.durable.acks", "false"},
  };
  for (const auto& [name, value] : expected)
    EXPECT_EQ(broker_default(name), value) << name;
}

TEST(DefinitionsTest, TopicDefaultsMatchKafka39) {
  const std::vector<std::pair<std::string_view, std::string_view>> expected = {
      {"cleanup.policy", "delete"},
      {"compression.type", "producer"},
      {"delete.retention.ms", "86400000"},
      {"file.delete.delay.ms", "60000"},
      {"flush.messages", "9223372036854775807"},
      {"flush.ms", "9223372036854775807"},
      {"index.interval.bytes", "4096"},
      {"max.compaction.lag.ms", "9223372036854775807"},
      {"max.message.bytes", "1048588"},
      {"message.timestamp.type", "CreateTime"},
      {"message.timestamp.before.max.ms", "9223372036854775807"},
      {"message.timestamp.after.max.ms", "9223372036854775807"},
      {"min.cleanable.dirty.ratio", "0.5"},
      {"min.compaction.lag.ms", "0"},
      {"min.insync.replicas", "1"},
      {"preallocate", "false"},
      {"retention.bytes", "-1"},
      {"retention.ms", "604800000"},
      {"segment.bytes", "1073741824"},
      {"segment.index.bytes", "10485760"},
      {"segment.jitter.ms", "0"},
      {"segment.ms", "604800000"},
      {"unclean.leader.election.enable", "false"},
      {"message.downconversion.enable", "true"},
      {"remote.storage.enable", "false"},
      {"local.retention.ms", "-2"},
      {"local.retention.bytes", "-2"},
      {"compression.gzip.level", "-1"},
      {"compression.lz4.level", "9"},
      {"compression.zstd.level", "3"},
  };
  for (const auto& [name, value] : expected)
    EXPECT_EQ(topic_default(name), value) << name;
  EXPECT_EQ(topic_config_keys().size(), 36u);  // every key of Kafka 3.9's LogConfig
}

TEST(DefinitionsTest, TopicSynonymsFollowServerTopicConfigSynonyms) {
  auto names = [](std::string_view topic_key) {
    std::vector<std::string_view> out;
    for (const auto& s : find_topic_key(topic_key)->synonyms)
      out.push_back(s.name);
    return out;
  };
  using v = std::vector<std::string_view>;
  EXPECT_EQ(names("retention.ms"), (v{"log.retention.ms", "log.retention.minutes", "log.retention.hours"}));
  EXPECT_EQ(names("segment.ms"), (v{"log.roll.ms", "log.roll.hours"}));
  EXPECT_EQ(names("segment.bytes"), (v{"log.segment.bytes"}));
  EXPECT_EQ(names("max.message.bytes"), (v{"message.max.bytes"}));
  EXPECT_EQ(names("cleanup.policy"), (v{"log.cleanup.policy"}));
  EXPECT_EQ(names("message.timestamp.type"), (v{"log.message.timestamp.type"}));
  EXPECT_EQ(names("flush.ms"), (v{"log.flush.interval.ms", "log.flush.scheduler.interval.ms"}));
  EXPECT_EQ(names("min.cleanable.dirty.ratio"), (v{"log.cleaner.min.cleanable.ratio"}));
  EXPECT_EQ(names("remote.storage.enable"), v{});
  EXPECT_EQ(find_topic_key("retention.ms")->synonyms[2].multiplier, 3'600'000);
}

TEST(DefinitionsTest, TablesAreConsistent) {
  for (auto keys : {broker_config_keys(), topic_config_keys()}) {
    std::set<std::string_view> seen;
    for (const config_key& k : keys) {
      EXPECT_TRUE(seen.insert(k.name).second) << "duplicate " << k.name;
      EXPECT_FALSE(k.documentation.empty()) << k.name;
      if (k.default_value) {
        EXPECT_TRUE(parse_value(k, *k.default_value).ok()) << k.name;
      }
    }
  }
  for (const config_key& k : topic_config_keys()) {
    for (const auto& s : k.synonyms)
      EXPECT_NE(find_broker_key(s.name), nullptr) << s.name;
    // DynamicLogConfig: the first broker synonym of each topic key is dynamic,
    // except message.format.version.
    if (!k.synonyms.empty() && k.name != "message.format.version") {
      EXPECT_TRUE(find_broker_key(k.synonyms.front().name)->dynamic) << k.synonyms.front().name;
    }
  }
  EXPECT_FALSE(find_broker_key("log.retention.hours")->dynamic);
  EXPECT_FALSE(find_broker_key("broker.id")->dynamic);
  EXPECT_TRUE(find_broker_key("gannet.durable.acks")->gannet_only);
}

}  // namespace
}  // namespace gannet::config
