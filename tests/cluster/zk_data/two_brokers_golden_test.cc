// Znodes of a two-broker Kafka 3.9.1 cluster (tests/cluster/data/zk/README.md):
// during a throttled reassignment (kafka-3.9.1-reassigning/) and after broker
// 1 died with a deletion pending (kafka-3.9.1-broker-down/). Every file
// decodes, and re-encodes to its exact bytes; the interesting ones field by field.
#include <gtest/gtest.h>

#include <filesystem>

#include "cluster/zk_data/golden.h"
#include "gannet/cluster/zk_data.h"

namespace gannet::cluster {
namespace {

using testing::zk_golden;

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

// Decodes a captured znode by its name and encodes it again.
std::optional<std::string> reencode(const std::string& name, const std::string& data) {
  if (starts_with(name, "brokers.ids.")) {
    auto b = decode_broker_registration(std::stoi(name.substr(12)), data);
    return b ? std::optional(encode_broker_registration(*b)) : std::nullopt;
  }
  if (ends_with(name, ".state")) {
    auto s = decode_partition_state(data, 0);
    return s ? std::optional(encode_partition_state(*s)) : std::nullopt;
  }
  if (starts_with(name, "brokers.topics.")) {
    auto t = decode_topic_assignment(data);
    return t ? std::optional(encode_topic_assignment(*t)) : std::nullopt;
  }
  if (starts_with(name, "config.changes.")) {
    auto n = decode_config_change(data);
    return n ? std::optional(encode_config_change(n->entity_path)) : std::nullopt;
  }
  if (starts_with(name, "config.")) {
    auto c = decode_entity_config(data);
    return c ? std::optional(encode_entity_config(*c)) : std::nullopt;
  }
  if (name == "controller") {
    auto c = decode_controller(data);
    return c ? std::optional(encode_controller(*c)) : std::nullopt;
  }
  if (name == "controller_epoch") {
    auto e = decode_controller_epoch(data);
    return e ? std::optional(encode_controller_epoch(*e)) : std::nullopt;
  }
  if (name == "cluster.id") {
    auto c = decode_cluster_id(data);
    return c ? std::optional(encode_cluster_id(*c)) : std::nullopt;
  }
  if (name == "feature") {
    auto f = decode_feature_znode(data);
    return f ? std::optional(encode_feature_znode(*f)) : std::nullopt;
  }
  return std::nullopt;
}

TEST(TwoBrokersGoldenTest, EveryZnodeReencodesToKafkasBytes) {
  for (auto dir : {"kafka-3.9.1", "kafka-3.9.1-reassigning", "kafka-3.9.1-broker-down"}) {
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string("tests/cluster/data/zk/") + dir)) {
      auto name = entry.path().filename().string();
      if (name == "latest_producer_id_block") continue;  // its own test (ProducerIdBlockTest)
      auto data = zk_golden(std::string(dir) + "/" + name);
      EXPECT_EQ(reencode(name, data), data) << dir << "/" << name;
      ++files;
    }
    EXPECT_GE(files, 20u) << dir;
  }
}

TEST(TwoBrokersGoldenTest, ReassignmentInProgress) {
  auto t = decode_topic_assignment(zk_golden("kafka-3.9.1-reassigning/brokers.topics.moving"));
  ASSERT_TRUE(t);
  EXPECT_EQ(uuid_to_string(t->topic_id.value()), "PfIrMdHPQXiVUVMxuMCx_A");
  EXPECT_EQ(t->partitions, (std::map<std::int32_t, replica_assignment>{{0, {{1, 0}, {1}, {0}}}}));
  auto s = decode_partition_state(zk_golden("kafka-3.9.1-reassigning/brokers.topics.moving.partitions.0.state"), 1);
  ASSERT_TRUE(s);
  EXPECT_EQ(*s, (partition_state{0, 1, {0}, 1, leader_recovery_state::recovered, 1, 1}));
  auto c = decode_entity_config(zk_golden("kafka-3.9.1-reassigning/config.topics.moving"));
  ASSERT_TRUE(c);
  EXPECT_EQ(c->config,
            (std::vector<std::pair<std::string, std::string>>{{"leader.replication.throttled.replicas", "0:0"},
                                                              {"follower.replication.throttled.replicas", "0:1"}}));
  auto throttle = decode_entity_config(zk_golden("kafka-3.9.1-reassigning/config.brokers.1"));
  ASSERT_TRUE(throttle);
  EXPECT_EQ(throttle->config,
            (std::vector<std::pair<std::string, std::string>>{{"leader.replication.throttled.rate", "1"},
                                                              {"follower.replication.throttled.rate", "1"}}));
}

TEST(TwoBrokersGoldenTest, BrokersWithRacksAndTheirIsr) {
  auto b = decode_broker_registration(1, zk_golden("kafka-3.9.1-reassigning/brokers.ids.1"));
  ASSERT_TRUE(b);
  EXPECT_EQ(b->rack, "rack-b");
  EXPECT_EQ(b->endpoints, (std::vector<broker_endpoint>{{"PLAINTEXT", "127.0.0.1", 23093, "PLAINTEXT"}}));
  auto t = decode_topic_assignment(zk_golden("kafka-3.9.1-reassigning/brokers.topics.replicated"));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->partitions.at(1).replicas, (std::vector<std::int32_t>{1, 0}));
  auto s = decode_partition_state(zk_golden("kafka-3.9.1-reassigning/brokers.topics.replicated.partitions.1.state"), 1);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->leader, 1);
  EXPECT_EQ(s->isr, (std::vector<std::int32_t>{1, 0}));
}

TEST(TwoBrokersGoldenTest, AfterABrokerDied) {
  // The partition whose only replica died keeps that replica as its ISR, with no leader.
  auto alone = decode_partition_state(zk_golden("kafka-3.9.1-broker-down/brokers.topics.on-b.partitions.0.state"), 1);
  ASSERT_TRUE(alone);
  EXPECT_EQ(*alone, (partition_state{-1, 1, {1}, 1, leader_recovery_state::recovered, 1, 1}));
  // The replicated one moved to broker 0 and shrank its ISR.
  auto moved =
      decode_partition_state(zk_golden("kafka-3.9.1-broker-down/brokers.topics.replicated.partitions.1.state"), 1);
  ASSERT_TRUE(moved);
  EXPECT_EQ(*moved, (partition_state{0, 1, {0}, 1, leader_recovery_state::recovered, 1, 1}));
  // A deletion waits for broker 1: /admin/delete_topics/doomed stays, with no data.
  auto tree = zk_golden("kafka-3.9.1-broker-down-tree.txt");
  EXPECT_NE(tree.find("/admin/delete_topics/doomed\tpersistent\t0\n<null>\n"), std::string::npos);
  EXPECT_EQ(tree.find("/brokers/ids/1\t"), std::string::npos);
}

}  // namespace
}  // namespace gannet::cluster
