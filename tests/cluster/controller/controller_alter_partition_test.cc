// AlterPartition at the controller (KafkaController.tryProcessAlterPartition, Kafka 3.9).

#include "cluster/controller/controller_fixture.h"

namespace gannet::cluster::testing {
namespace {

using protocol::error_code;
using ints = std::vector<std::int32_t>;

class AlterPartitionTest : public ControllerClusterTest {
 protected:
  void SetUp() override {
    register_broker(1);
    register_broker(2);
    register_broker(3);
    create_topic_znode("t", {{0, {1, 2, 3}}});
    write_state("t", 0, state(1, 0, {1}, 0));
    start_controller(3);
    channel(3).clear();
  }
  protocol::alter_partition_request request(std::vector<std::int32_t> isr, std::int32_t leader_epoch = 0,
                                            std::int32_t partition_epoch = 0, std::int16_t version = 3) {
    protocol::alter_partition_request r;
    r.broker_id = 1;
    r.broker_epoch = broker_epoch(1);
    protocol::alter_partition_request::topic_data t;
    if (version > 1) {
      t.topic_id = topic_uuid(1);
    } else {
      t.topic_name = "t";
    }
    protocol::alter_partition_request::partition_data p;
    p.partition_index = 0;
    p.leader_epoch = leader_epoch;
    p.partition_epoch = partition_epoch;
    for (auto b : isr) {
      if (version >= 3) {
        p.new_isr_with_epochs.push_back({b, broker_epoch(b)});
      } else {
        p.new_isr.push_back(b);
      }
    }
    t.partitions = {p};
    r.topics = {t};
    return r;
  }
  protocol::alter_partition_response send(protocol::alter_partition_request r, std::int16_t version = 3,
                                          std::int32_t to = 3) {
    std::optional<protocol::alter_partition_response> out;
    controllers_.at(to)->alter_partition(std::move(r), version, [&](auto resp) { out = std::move(resp); });
    drain();
    EXPECT_TRUE(out);
    return out.value_or(protocol::alter_partition_response{});
  }
  static error_code partition_error(const protocol::alter_partition_response& r) {
    return r.topics.at(0).partitions.at(0).error_code;
  }
};

TEST_F(AlterPartitionTest, ExpandingTheIsrIsWrittenAndAnswered) {
  auto r = send(request({1, 2}));
  EXPECT_EQ(r.error_code, error_code::none);
  ASSERT_EQ(r.topics.size(), 1u);
  EXPECT_EQ(r.topics[0].topic_id, topic_uuid(1));
  protocol::alter_partition_response::partition_data expected;
  expected.partition_index = 0;
  expected.leader_id = 1;
  expected.leader_epoch = 0;
  expected.isr = {1, 2};
  expected.partition_epoch = 1;
  EXPECT_EQ(r.topics[0].partitions, (std::vector{expected}));
  // Written with the controller's epoch; the leader epoch does not change.
  EXPECT_EQ(state_of("t", 0), state(1, 0, {1, 2}, 1, 1));
  EXPECT_EQ(channel(3).summary(), (std::vector<std::string>{"UM->1", "UM->2", "UM->3"}));
}

TEST_F(AlterPartitionTest, VersionOneNamesTopics) {
  auto r = send(request({1, 3}, 0, 0, 1), 1);
  EXPECT_EQ(r.topics[0].topic_name, "t");
  EXPECT_EQ(partition_error(r), error_code::none);
  EXPECT_EQ(state_of("t", 0).isr, (ints{1, 3}));
}

TEST_F(AlterPartitionTest, TheSameStateAgainIsAnsweredAsIs) {
  ASSERT_EQ(partition_error(send(request({1, 2}))), error_code::none);
  auto again = send(request({1, 2}, 0, 0));  // a retry with the old partition epoch
  EXPECT_EQ(partition_error(again), error_code::none);
  EXPECT_EQ(again.topics[0].partitions[0].partition_epoch, 1);
  EXPECT_EQ(server_.peek("/brokers/topics/t/partitions/0/state")->stat.version, 1);
}

TEST_F(AlterPartitionTest, StaleRequestsGetKafkasErrors) {
  ASSERT_EQ(partition_error(send(request({1, 2}))), error_code::none);  // partition epoch now 1
  EXPECT_EQ(partition_error(send(request({1, 2, 3}, 0, 0))), error_code::invalid_update_version);
  EXPECT_EQ(partition_error(send(request({1}, 1, 1))), error_code::not_controller);  // a newer leader epoch
  EXPECT_EQ(partition_error(send(request({1}, 0, 2))), error_code::not_controller);  // a newer partition epoch
  EXPECT_EQ(state_of("t", 0), state(1, 0, {1, 2}, 1, 1));
}

TEST_F(AlterPartitionTest, AnOlderLeaderEpochIsFenced) {
  ASSERT_EQ(partition_error(send(request({1, 2}))), error_code::none);
  kill_broker(2);  // the controller takes 2 out of the ISR: leader epoch 1
  auto s = state_of("t", 0);
  ASSERT_EQ(s, state(1, 1, {1}, 1, 2));
  EXPECT_EQ(partition_error(send(request({1, 3}, 0, s.zk_version))), error_code::fenced_leader_epoch);
  EXPECT_EQ(partition_error(send(request({1, 3}, 1, s.zk_version))), error_code::none);
}

TEST_F(AlterPartitionTest, IsrMembersMustBeLive) {
  kill_broker(2);
  auto s = state_of("t", 0);
  EXPECT_EQ(partition_error(send(request({1, 2}, s.leader_epoch, s.zk_version))), error_code::ineligible_replica);
  EXPECT_EQ(partition_error(send(request({1, 2}, s.leader_epoch, s.zk_version, 1), 1)),
            error_code::operation_not_attempted);
}

TEST_F(AlterPartitionTest, StaleBrokerEpochAndInactiveController) {
  auto r = request({1, 2});
  r.broker_epoch -= 1;
  auto stale = send(r);
  EXPECT_EQ(stale.error_code, error_code::stale_broker_epoch);
  EXPECT_TRUE(stale.topics.empty());

  register_broker(4);
  start_controller(4);
  auto not_controller = send(request({1, 2}), 3, 4);
  EXPECT_EQ(not_controller.error_code, error_code::not_controller);
}

TEST_F(AlterPartitionTest, UnknownTopicIdAndPartition) {
  auto r = request({1, 2});
  r.topics[0].topic_id = topic_uuid(9);
  EXPECT_EQ(partition_error(send(r)), error_code::unknown_topic_id);
  auto p = request({1, 2});
  p.topics[0].partitions[0].partition_index = 7;
  EXPECT_EQ(partition_error(send(p)), error_code::unknown_topic_or_partition);
}

TEST_F(AlterPartitionTest, RecoveringLeaderRules) {
  auto r = request({1, 2});
  r.topics[0].partitions[0].leader_recovery_state = 1;
  EXPECT_EQ(partition_error(send(r)), error_code::invalid_request);  // RECOVERING with an ISR of 2
  auto single = request({1});
  single.topics[0].partitions[0].leader_recovery_state = 1;
  EXPECT_EQ(partition_error(send(single)), error_code::invalid_request);  // RECOVERED -> RECOVERING
}

}  // namespace
}  // namespace gannet::cluster::testing
