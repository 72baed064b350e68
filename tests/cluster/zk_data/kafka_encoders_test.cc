// Each encoder against what Kafka 3.9.1's own encoder wrote for the same input
// (tests/cluster/data/zk/kafka-3.9.1-encoders.txt, made by capture/KafkaEncoders.java,
// whose cases these mirror one by one).
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "cluster/zk_data/golden.h"
#include "gannet/cluster/zk_data.h"

namespace gannet::cluster {
namespace {

const std::map<std::string, std::string>& kafka() {
  static const std::map<std::string, std::string> cases = [] {
    std::map<std::string, std::string> out;
    std::istringstream in(testing::zk_golden("kafka-3.9.1-encoders.txt"));
    for (std::string line; std::getline(in, line);) {
      auto tab = line.find('\t');
      out[line.substr(0, tab)] = line.substr(tab + 1);
    }
    return out;
  }();
  return cases;
}

// KafkaEncoders.java prints the registration time as <now>.
std::string with_now(std::string bytes, std::int64_t timestamp) {
  auto ts = "\"timestamp\":\"" + std::to_string(timestamp) + "\"";
  auto at = bytes.find(ts);
  if (at != std::string::npos) bytes.replace(at, ts.size(), "\"timestamp\":\"<now>\"");
  return bytes;
}

broker_registration broker(std::int32_t version, std::vector<broker_endpoint> endpoints, std::int32_t jmx_port,
                           std::optional<std::string> rack) {
  broker_registration b;
  b.version = version;
  b.endpoints = std::move(endpoints);
  b.jmx_port = jmx_port;
  b.rack = std::move(rack);
  b.timestamp = 1234;
  return b;
}

void expect_round_trip(const std::string& name, const broker_registration& b) {
  auto bytes = encode_broker_registration(b);
  EXPECT_EQ(with_now(bytes, b.timestamp), kafka().at(name)) << name;
  auto back = decode_broker_registration(b.id, bytes);
  ASSERT_TRUE(back) << name << ": " << back.error().message();
  EXPECT_EQ(back->endpoints, b.endpoints) << name;
  EXPECT_EQ(back->rack, b.version >= 3 ? b.rack : std::nullopt) << name;
  EXPECT_EQ(back->features, b.features) << name;
  EXPECT_EQ(back->jmx_port, b.jmx_port) << name;
}

TEST(KafkaEncodersTest, BrokerRegistrations) {
  auto b = broker(5,
                  {{"INTERNAL", "10.0.0.2", 9093, "SASL_SSL"},
                   {"PLAINTEXT", "broker2", 9092, "PLAINTEXT"},
                   {"V6", "::1", 9094, "SSL"}},
                  9999, "rack-a");
  b.features["metadata.version"] = {1, 21};
  expect_round_trip("broker.v5.rack.three_listeners", b);
  expect_round_trip("broker.v5.no_plaintext", broker(5, {{"SSL", "h", 9093, "SSL"}}, -1, std::nullopt));
  expect_round_trip("broker.v5.wildcard_host", broker(5, {{"PLAINTEXT", "", 9092, "PLAINTEXT"}}, -1, std::nullopt));
  expect_round_trip("broker.v5.six_listeners", broker(5,
                                                      {{"PLAINTEXT", "h", 1, "PLAINTEXT"},
                                                       {"SSL", "h", 2, "SSL"},
                                                       {"INTERNAL", "h", 3, "SASL_PLAINTEXT"},
                                                       {"EXTERNAL", "h", 4, "SASL_SSL"},
                                                       {"REPLICATION", "h", 5, "SSL"},
                                                       {"CONTROLLER", "h", 6, "PLAINTEXT"}},
                                                      7071, "r1"));
  auto f = broker(5, {{"PLAINTEXT", "h", 9092, "PLAINTEXT"}}, -1, std::nullopt);
  f.features = {{"metadata.version", {1, 21}},
                {"kraft.version", {0, 1}},
                {"group.version", {0, 1}},
                {"transaction.version", {0, 2}}};
  expect_round_trip("broker.v5.features", f);
  expect_round_trip("broker.v4.rack", broker(4, {{"PLAINTEXT", "h", 9092, "PLAINTEXT"}}, 9999, "dc1"));
  expect_round_trip("broker.v2", broker(2, {{"PLAINTEXT", "h", 9092, "PLAINTEXT"}}, 9999, "dc1"));
}

topic_assignment topic(bool with_id, std::int32_t partitions) {
  topic_assignment t;
  if (with_id) t.topic_id = uuid_from_string("GWAgQaNbR_KD-g1pK_jnSg").value();
  for (std::int32_t p = 0; p < partitions; ++p)
    t.partitions[p].replicas = {p % 3, (p + 1) % 3};
  return t;
}

TEST(KafkaEncodersTest, TopicAssignmentsOfManySizes) {
  for (int n : {1, 2, 3, 5, 8, 11, 12, 13, 16, 20, 23, 24, 25, 30, 40, 47, 48, 49, 64, 96, 97, 100, 200}) {
    auto name = "topic.partitions." + std::to_string(n);
    auto t = topic(true, n);
    auto bytes = encode_topic_assignment(t);
    EXPECT_EQ(bytes, kafka().at(name)) << name;
    auto back = decode_topic_assignment(bytes);
    ASSERT_TRUE(back) << name;
    EXPECT_EQ(back->partitions, t.partitions) << name;
  }
  EXPECT_EQ(encode_topic_assignment(topic(false, 2)), kafka().at("topic.no_id"));
  auto r = topic(true, 14);
  r.partitions[0].adding_replicas = {2};
  r.partitions[3].adding_replicas = {4, 5};
  r.partitions[13].adding_replicas = {7};
  r.partitions[0].removing_replicas = {0};
  r.partitions[13].removing_replicas = {1};
  EXPECT_EQ(encode_topic_assignment(r), kafka().at("topic.reassigning"));
  auto back = decode_topic_assignment(kafka().at("topic.reassigning"));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->partitions, r.partitions);
}

TEST(KafkaEncodersTest, PartitionStatesAndController) {
  EXPECT_EQ(encode_partition_state({2, 7, {2, 1}, 4, leader_recovery_state::recovering}),
            kafka().at("state.recovering"));
  // LeaderDuringDelete (-2), as the controller writes it while deleting a topic.
  EXPECT_EQ(encode_partition_state({-2, 3, {1}, 4}), kafka().at("state.during_delete"));
  EXPECT_EQ(with_now(encode_controller({3000, 1700000000000, 5}), 1700000000000), kafka().at("controller.kraft_epoch"));
  EXPECT_EQ(encode_controller_epoch(42), kafka().at("controller_epoch.42"));
  EXPECT_EQ(encode_cluster_id({"lAQGqh_zRXC9pt0dAY2iRw"}), kafka().at("cluster_id"));
}

entity_config config(std::vector<std::string> kv) {
  entity_config c;
  for (std::size_t i = 0; i + 1 < kv.size(); i += 2)
    c.config.emplace_back(kv[i], kv[i + 1]);
  return c;
}

TEST(KafkaEncodersTest, EntityConfigsInPropertiesOrder) {
  std::vector<std::vector<std::string>> configs = {
      {"cleanup.policy", "compact", "retention.ms", "86400000", "min.insync.replicas", "1"},
      {"min.insync.replicas", "1", "retention.ms", "86400000", "cleanup.policy", "compact"},
      {"segment.bytes", "1048576", "max.message.bytes", "2000000", "cleanup.policy", "compact", "retention.ms",
       "86400000", "min.insync.replicas", "1"},
      {"a", "1",  "q",  "2",  "b",  "3",  "r",  "4",  "c",  "5",  "s",  "6",  "d",  "7",  "t",  "8", "e",
       "9", "u",  "10", "f",  "11", "v",  "12", "g",  "13", "w",  "14", "h",  "15", "x",  "16", "i", "17",
       "y", "18", "j",  "19", "z",  "20", "k",  "21", "1",  "22", "2",  "23", "3",  "24", "4",  "25"},
      {"escapes",
       "q\"b\\s/t\tn\nr\rf\fb\bc\x01\x1f"
       "d\x7f\xc3\xa9\xe2\x82\xac"},
      {"ssl.keystore.password",
       "secret",
       "listener.name.external.ssl.keystore.location",
       "/k",
       "log.retention.ms",
       "1",
       "log.segment.bytes",
       "2",
       "num.io.threads",
       "3",
       "log.cleaner.threads",
       "4",
       "message.max.bytes",
       "5",
       "unclean.leader.election.enable",
       "true",
       "compression.type",
       "zstd",
       "leader.replication.throttled.rate",
       "100",
       "follower.replication.throttled.rate",
       "100",
       "log.flush.interval.ms",
       "7",
       "background.threads",
       "8",
       "max.connections",
       "9"},
  };
  for (std::size_t i = 0; i < configs.size(); ++i) {
    auto name = "config." + std::to_string(i);
    auto c = config(configs[i]);
    auto bytes = encode_entity_config(c);
    EXPECT_EQ(bytes, kafka().at(name)) << name;
    auto back = decode_entity_config(bytes);
    ASSERT_TRUE(back) << name;
    EXPECT_EQ(back->config.size(), c.config.size()) << name;
    // Decoding keeps Kafka's order, so re-encoding what was read gives the same bytes.
    EXPECT_EQ(encode_entity_config(*back), bytes) << name;
  }
  EXPECT_EQ(encode_entity_config({}), kafka().at("config.empty"));
  EXPECT_EQ(encode_config_change("topics/events"), kafka().at("config_change.topic"));
  EXPECT_EQ(encode_config_change("users/alice/clients/app"), kafka().at("config_change.user_client"));
}

TEST(KafkaEncodersTest, PartitionListsInScalaSetOrder) {
  for (int n : {1, 3, 4, 5, 9}) {
    std::vector<topic_partition_ref> set;
    std::vector<partition_reassignment> reassignment;
    for (int p = 0; p < n; ++p) {
      set.push_back({p % 2 == 0 ? "orders" : "events", p});
      reassignment.push_back({set.back(), {1, 2}});
    }
    auto suffix = std::to_string(n);
    EXPECT_EQ(encode_isr_change_notification(set), kafka().at("isr_change." + suffix)) << n;
    EXPECT_EQ(encode_preferred_replica_election(set), kafka().at("preferred_election." + suffix)) << n;
    EXPECT_EQ(encode_reassignment(reassignment), kafka().at("reassign." + suffix)) << n;
    auto back = decode_reassignment(kafka().at("reassign." + suffix));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, reassignment);
    auto isr = decode_isr_change_notification(kafka().at("isr_change." + suffix));
    ASSERT_TRUE(isr);
    EXPECT_EQ(isr->size(), set.size());
  }
  EXPECT_EQ(encode_log_dir_event(3), kafka().at("log_dir_event.3"));
  EXPECT_EQ(decode_log_dir_event(kafka().at("log_dir_event.3")).value(), 3);
}

TEST(KafkaEncodersTest, ProducerIdBlockAndFeatures) {
  producer_id_block block{1, 2, 1000, 1999};
  EXPECT_EQ(encode_producer_id_block(block), kafka().at("producer_id_block.1000"));
  EXPECT_EQ(decode_producer_id_block(kafka().at("producer_id_block.1000")).value(), block);

  feature_znode f{2, feature_znode_status::enabled, {{"metadata.version", 21}, {"kraft.version", 1}}};
  EXPECT_EQ(encode_feature_znode(f), kafka().at("feature.v2.enabled.two"));
  EXPECT_EQ(decode_feature_znode(kafka().at("feature.v2.enabled.two")).value(), f);
  f.version = 1;
  EXPECT_EQ(encode_feature_znode(f), kafka().at("feature.v1.enabled.two"));
  EXPECT_EQ(decode_feature_znode(kafka().at("feature.v1.enabled.two")).value(), f);
  feature_znode disabled{2, feature_znode_status::disabled, {}};
  EXPECT_EQ(encode_feature_znode(disabled), kafka().at("feature.v2.disabled.empty"));
}

}  // namespace
}  // namespace gannet::cluster
