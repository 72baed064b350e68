#include <gtest/gtest.h>

#include "cluster/zk_data/golden.h"
#include "gannet/cluster/zk_data.h"

namespace gannet::cluster {
namespace {

using testing::zk_golden;

TEST(PartitionStateTest, DecodesKafkasStateWithTheZnodeVersion) {
  auto s = decode_partition_state(zk_golden("kafka-3.9.1/brokers.topics.orders.partitions.0.state"), 1);
  ASSERT_TRUE(s) << s.error().message();
  EXPECT_EQ(*s, (partition_state{0, 1, {0}, 1, leader_recovery_state::recovered, 1, 1}));
}

TEST(PartitionStateTest, EncodesKafkasBytes) {
  auto golden = zk_golden("kafka-3.9.1/brokers.topics.orders.partitions.0.state");
  EXPECT_EQ(golden, R"({"controller_epoch":1,"leader":0,"version":1,"leader_epoch":1,"isr":[0]})");
  EXPECT_EQ(encode_partition_state(partition_state{0, 1, {0}, 1}), golden);
}

TEST(PartitionStateTest, WritesRecoveringStateOnlyWhenRecovering) {
  partition_state s{2, 7, {2, 1}, 4, leader_recovery_state::recovering};
  auto bytes = encode_partition_state(s);
  EXPECT_EQ(bytes,
            R"({"controller_epoch":4,"leader":2,"version":1,"leader_recovery_state":1,"leader_epoch":7,"isr":[2,1]})");
  auto back = decode_partition_state(bytes, 9);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->leader_recovery, leader_recovery_state::recovering);
  EXPECT_EQ(back->zk_version, 9);
  EXPECT_EQ(back->isr, (std::vector<std::int32_t>{2, 1}));
}

TEST(PartitionStateTest, DecodesNoLeader) {
  auto s = decode_partition_state(R"({"controller_epoch":3,"leader":-1,"version":1,"leader_epoch":5,"isr":[]})", 0);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->leader, -1);
  EXPECT_TRUE(s->isr.empty());
}

TEST(PartitionStateTest, RejectsWhatKafkaRejects) {
  auto err = [](std::string_view json) {
    auto s = decode_partition_state(json, 0);
    return s ? std::error_code() : s.error();
  };
  EXPECT_EQ(err(R"({"controller_epoch":1,"version":1,"leader_epoch":1,"isr":[0]})"), zk_data_errc::missing_field);
  EXPECT_EQ(err(R"({"controller_epoch":1,"leader":0,"version":1,"isr":[0]})"), zk_data_errc::missing_field);
  EXPECT_EQ(err(R"({"controller_epoch":1,"leader":0,"leader_epoch":1})"), zk_data_errc::missing_field);
  EXPECT_EQ(err(R"({"leader":0,"leader_epoch":1,"isr":[0]})"), zk_data_errc::missing_field);
  EXPECT_EQ(err(R"({"controller_epoch":1,"leader":0,"leader_epoch":1,"isr":[0],"leader_recovery_state":2})"),
            zk_data_errc::invalid_value);
  EXPECT_EQ(err(R"({"controller_epoch":1,"leader":2147483648,"leader_epoch":1,"isr":[0]})"), zk_data_errc::wrong_type);
  EXPECT_EQ(err("null"), zk_data_errc::not_an_object);
}

}  // namespace
}  // namespace gannet::cluster
