// Configs, notifications, producer id blocks and the feature znode: Kafka
// 3.9.1's own znodes (tests/cluster/data/zk/kafka-3.9.1/) and hand-written
// versions from ZkData.scala and ZkConfigManager.scala that one broker never writes.
#include <gtest/gtest.h>

#include "cluster/zk_data/golden.h"
#include "gannet/cluster/zk_data.h"

namespace gannet::cluster {
namespace {

using testing::zk_golden;

TEST(EntityConfigTest, DecodesAndEncodesKafkasTopicAndBrokerConfigs) {
  auto golden = zk_golden("kafka-3.9.1/config.topics.events");
  auto c = decode_entity_config(golden);
  ASSERT_TRUE(c) << c.error().message();
  EXPECT_EQ(c->version, 1);
  EXPECT_EQ(c->config, (std::vector<std::pair<std::string, std::string>>{{"cleanup.policy", "compact"},
                                                                         {"max.message.bytes", "2000000"},
                                                                         {"min.insync.replicas", "1"},
                                                                         {"retention.ms", "86400000"},
                                                                         {"segment.bytes", "1048576"}}));
  EXPECT_EQ(encode_entity_config(*c), golden);
  for (auto name :
       {"kafka-3.9.1/config.topics.orders", "kafka-3.9.1/config.brokers.0", "kafka-3.9.1/config.brokers.<default>"}) {
    auto g = zk_golden(name);
    auto d = decode_entity_config(g);
    ASSERT_TRUE(d) << name;
    EXPECT_EQ(encode_entity_config(*d), g) << name;
  }
}

TEST(EntityConfigTest, ReadsWhatKafkaReads) {
  EXPECT_TRUE(decode_entity_config("").value().config.empty());
  EXPECT_TRUE(decode_entity_config(R"({"version":1,"config":[]})").value().config.empty());
  EXPECT_TRUE(decode_entity_config(R"({"version":1})").value().config.empty());
  EXPECT_EQ(decode_entity_config(R"({"version":1,"config":{"a":1}})").error(), zk_data_errc::wrong_type);
  EXPECT_EQ(decode_entity_config("{").error(), zk_data_errc::malformed_json);
}

TEST(ConfigChangeTest, DecodesVersion2AndVersion1) {
  auto n = decode_config_change(zk_golden("kafka-3.9.1/config.changes.config_change_0000000002"));
  ASSERT_TRUE(n);
  EXPECT_EQ(n->version, 2);
  EXPECT_EQ(n->entity_path, "brokers/<default>");
  EXPECT_EQ(encode_config_change("brokers/<default>"),
            zk_golden("kafka-3.9.1/config.changes.config_change_0000000002"));
  auto v1 = decode_config_change(R"({"version":1,"entity_type":"topics","entity_name":"orders"})");
  ASSERT_TRUE(v1);
  EXPECT_EQ(*v1, (config_change_notification{1, "", "topics", "orders"}));
  EXPECT_EQ(decode_config_change(R"({"version":1,"entity_type":"users","entity_name":"a"})").error(),
            zk_data_errc::invalid_value);
  EXPECT_EQ(decode_config_change(R"({"version":2})").error(), zk_data_errc::missing_field);
  EXPECT_EQ(decode_config_change(R"({"version":2,"entity_path":"topics"})").error(), zk_data_errc::invalid_value);
  EXPECT_EQ(decode_config_change(R"({"version":3,"entity_path":"topics/a"})").error(),
            zk_data_errc::unsupported_version);
}

TEST(PartitionListsTest, RejectsMalformedLists) {
  EXPECT_EQ(decode_reassignment(R"({"version":1})").error(), zk_data_errc::missing_field);
  EXPECT_EQ(decode_reassignment(R"({"version":1,"partitions":[{"topic":"t","partition":0}]})").error(),
            zk_data_errc::missing_field);
  EXPECT_EQ(decode_reassignment(R"({"version":1,"partitions":[{"topic":"t","partition":"0","replicas":[1]}]})").error(),
            zk_data_errc::wrong_type);
  EXPECT_EQ(decode_isr_change_notification(R"({"version":1,"partitions":[7]})").error(), zk_data_errc::wrong_type);
  auto p = decode_preferred_replica_election(R"({"version":1,"partitions":[{"topic":"a","partition":2}]})");
  ASSERT_TRUE(p);
  EXPECT_EQ(*p, (std::vector<topic_partition_ref>{{"a", 2}}));
  EXPECT_EQ(decode_log_dir_event(R"({"version":1,"event":1})").error(), zk_data_errc::missing_field);
}

TEST(ProducerIdBlockTest, DecodesKafkasFirstBlock) {
  auto golden = zk_golden("kafka-3.9.1/latest_producer_id_block");
  auto b = decode_producer_id_block(golden);
  ASSERT_TRUE(b);
  EXPECT_EQ(*b, (producer_id_block{1, 0, 0, 999}));
  EXPECT_EQ(encode_producer_id_block(*b), golden);
  // Created at start-up without data, before any block was handed out.
  EXPECT_EQ(decode_producer_id_block("").error(), zk_data_errc::malformed_json);
  EXPECT_EQ(decode_producer_id_block(R"({"version":1,"broker":0,"block_start":0,"block_end":"9"})").error(),
            zk_data_errc::wrong_type);
  EXPECT_EQ(decode_producer_id_block(R"({"version":1,"broker":0,"block_start":"x","block_end":"9"})").error(),
            zk_data_errc::invalid_value);
}

TEST(FeatureZnodeTest, DecodesKafkasFeatureZnode) {
  auto golden = zk_golden("kafka-3.9.1/feature");
  auto f = decode_feature_znode(golden);
  ASSERT_TRUE(f);
  EXPECT_EQ(*f, (feature_znode{2, feature_znode_status::enabled, {}}));
  EXPECT_EQ(encode_feature_znode(*f), golden);
}

TEST(FeatureZnodeTest, RejectsWhatKafkaRejects) {
  auto err = [](std::string_view json) { return decode_feature_znode(json).error(); };
  EXPECT_EQ(err(R"({"version":3,"status":1,"features":{}})"), zk_data_errc::unsupported_version);
  EXPECT_EQ(err(R"({"version":2,"features":{}})"), zk_data_errc::missing_field);
  EXPECT_EQ(err(R"({"version":2,"status":2,"features":{}})"), zk_data_errc::invalid_value);
  EXPECT_EQ(err(R"({"version":2,"status":1})"), zk_data_errc::missing_field);
  EXPECT_EQ(err(R"({"version":1,"status":1,"features":{"f":{"max_version_level":2}}})"), zk_data_errc::missing_field);
  EXPECT_EQ(err(R"({"version":1,"status":1,"features":{"f":{"min_version_level":3,"max_version_level":2}}})"),
            zk_data_errc::invalid_value);
  EXPECT_EQ(err(R"({"version":2,"status":1,"features":{"f":{"max_version_level":0}}})"), zk_data_errc::invalid_value);
}

}  // namespace
}  // namespace gannet::cluster
