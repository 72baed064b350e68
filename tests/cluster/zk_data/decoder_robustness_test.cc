// Znode data is input: whatever bytes another broker, a tool or a corrupted
// ZooKeeper holds, every decoder returns a value or an error, never throws or
// crashes. Each golden value, every prefix of it and every single-byte change
// of it go through every decoder.
#include <gtest/gtest.h>

#include <sstream>

#include "cluster/zk_data/golden.h"
#include "gannet/cluster/zk_data.h"

namespace gannet::cluster {
namespace {

// Runs every decoder; returns how many accepted the data.
int decode_all(std::string_view data) {
  int ok = 0;
  ok += decode_broker_registration(1, data).has_value();
  ok += decode_topic_assignment(data).has_value();
  ok += decode_partition_state(data, 0).has_value();
  ok += decode_controller(data).has_value();
  ok += decode_controller_epoch(data).has_value();
  ok += decode_cluster_id(data).has_value();
  ok += decode_entity_config(data).has_value();
  ok += decode_config_change(data).has_value();
  ok += decode_reassignment(data).has_value();
  ok += decode_isr_change_notification(data).has_value();
  ok += decode_preferred_replica_election(data).has_value();
  ok += decode_log_dir_event(data).has_value();
  ok += decode_producer_id_block(data).has_value();
  ok += decode_feature_znode(data).has_value();
  return ok;
}

std::vector<std::string> goldens() {
  std::vector<std::string> out;
  for (auto name : {"brokers.ids.0", "brokers.topics.orders", "brokers.topics.orders.partitions.0.state", "controller",
                    "controller_epoch", "cluster.id", "config.topics.events", "config.changes.config_change_0000000000",
                    "latest_producer_id_block", "feature"}) {
    out.push_back(testing::zk_golden(std::string("kafka-3.9.1/") + name));
  }
  std::istringstream in(testing::zk_golden("kafka-3.9.1-encoders.txt"));
  for (std::string line; std::getline(in, line);)
    out.push_back(line.substr(line.find('\t') + 1));
  return out;
}

TEST(DecoderRobustnessTest, EveryGoldenDecodesAsSomething) {
  for (const auto& g : goldens())
    EXPECT_GE(decode_all(g), 1) << g;
}

TEST(DecoderRobustnessTest, PrefixesAndByteChangesNeverCrash) {
  static constexpr char replacements[] = {'\0', '"', '{', '}', '[', ']', ':', ',', '-', '9', 'x', '\\', '\xff'};
  std::size_t runs = 0;
  for (const auto& g : goldens()) {
    if (g.size() > 250) continue;  // the long topic assignments add time, not cases
    for (std::size_t n = 0; n < g.size(); ++n) {
      decode_all(std::string_view(g).substr(0, n));
      ++runs;
    }
    for (std::size_t i = 0; i < g.size(); ++i) {
      for (char c : replacements) {
        std::string mutated = g;
        mutated[i] = c;
        decode_all(mutated);
        ++runs;
      }
    }
  }
  EXPECT_GT(runs, 10000u);
}

TEST(DecoderRobustnessTest, DeepNestingAndHugeNumbersAreErrors) {
  std::string deep(100000, '[');
  EXPECT_EQ(decode_all(deep), 0);
  std::string deep_object;
  for (int i = 0; i < 10000; ++i)
    deep_object += "{\"a\":";
  EXPECT_EQ(decode_all(deep_object), 0);
  EXPECT_EQ(decode_partition_state(R"({"controller_epoch":1,"leader":1e400,"leader_epoch":1,"isr":[0]})", 0).error(),
            zk_data_errc::wrong_type);  // a double (infinity), not Kafka's IntNode
  EXPECT_EQ(
      decode_partition_state(R"({"controller_epoch":1,"leader":99999999999999999999999,"leader_epoch":1,"isr":[0]})", 0)
          .error(),
      zk_data_errc::wrong_type);
  EXPECT_EQ(decode_partition_state(R"({"controller_epoch":1,"leader":1.0,"leader_epoch":1,"isr":[0]})", 0).error(),
            zk_data_errc::wrong_type);
}

}  // namespace
}  // namespace gannet::cluster
