// What the controller writes and sends when it starts, when topics and
// partitions appear and when brokers die and come back (KafkaController
// onControllerFailover, onNewPartitionCreation, onBrokerFailure, onBrokerStartup).

#include "cluster/controller/controller_fixture.h"

namespace gannet::cluster::testing {
namespace {

using FailoverTest = ControllerClusterTest;
using strings = std::vector<std::string>;
using ints = std::vector<std::int32_t>;

protocol::update_metadata_request::update_metadata_broker um_broker(std::int32_t id) {
  protocol::update_metadata_request::update_metadata_broker b;
  b.id = id;
  b.endpoints = {{26100 + id, "127.0.0.1", "PLAINTEXT", 0}};
  b.rack = std::nullopt;
  return b;
}

TEST_F(FailoverTest, FailoverTellsEveryBrokerTheBrokersThenEachReplicaItsPartition) {
  ASSERT_TRUE(run_zk(admin_.create("/controller_epoch", "4", zk_create_mode::persistent)));
  register_broker(1);
  register_broker(2);
  create_topic_znode("t", {{0, {1, 2}}});
  write_state("t", 0, state(1, 3, {1, 2}, 4));
  start_controller(2);

  EXPECT_EQ(channel(2).summary(), (strings{"UM->1", "UM->2", "LAI->1", "LAI->2", "UM->1", "UM->2"}));
  EXPECT_EQ(channel(2).added, (std::vector<std::pair<std::int32_t, std::int32_t>>{{1, 26101}, {2, 26102}}));

  auto ums = channel(2).of<protocol::update_metadata_request>();
  protocol::update_metadata_request brokers_only;
  brokers_only.controller_id = 2;
  brokers_only.controller_epoch = 5;
  brokers_only.broker_epoch = broker_epoch(1);
  brokers_only.live_brokers = {um_broker(1), um_broker(2)};
  EXPECT_EQ(ums[0].second, brokers_only);

  protocol::leader_and_isr_request lai;
  lai.controller_id = 2;
  lai.controller_epoch = 5;
  lai.broker_epoch = broker_epoch(1);
  protocol::leader_and_isr_request::leader_and_isr_topic_state ts;
  ts.topic_name = "t";
  ts.topic_id = topic_uuid(1);
  protocol::leader_and_isr_request::leader_and_isr_partition_state ps;
  ps.topic_name = "t";
  ps.partition_index = 0;
  ps.controller_epoch = 4;  // the epoch of the controller that wrote the state
  ps.leader = 1;
  ps.leader_epoch = 3;
  ps.isr = {1, 2};
  ps.partition_epoch = 0;
  ps.replicas = {1, 2};
  ps.is_new = false;
  ts.partition_states = {ps};
  lai.topic_states = {ts};
  lai.live_leaders = {{1, "127.0.0.1", 26101}};
  auto lais = channel(2).of<protocol::leader_and_isr_request>();
  ASSERT_EQ(lais.size(), 2u);
  EXPECT_EQ(lais[0].second, lai);

  protocol::update_metadata_request full = brokers_only;
  full.broker_epoch = broker_epoch(2);
  protocol::update_metadata_request::update_metadata_topic_state uts;
  uts.topic_name = "t";
  uts.topic_id = topic_uuid(1);
  protocol::update_metadata_request::update_metadata_partition_state ups;
  ups.topic_name = "t";
  ups.partition_index = 0;
  ups.controller_epoch = 4;
  ups.leader = 1;
  ups.leader_epoch = 3;
  ups.isr = {1, 2};
  ups.zk_version = 0;
  ups.replicas = {1, 2};
  uts.partition_states = {ups};
  full.topic_states = {uts};
  EXPECT_EQ(ums[3].second, full);
  EXPECT_EQ(ums[3].first, 2);
}

TEST_F(FailoverTest, NewTopicGetsTheFirstLiveReplicaAsLeaderAndTheLiveReplicasAsIsr) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  start_controller(1);
  channel(1).clear();

  create_topic_znode("orders", {{0, {2, 3}}, {1, {3, 1}}, {2, {4, 1}}});  // broker 4 does not exist

  EXPECT_EQ(server_.peek("/brokers/topics/orders/partitions/0/state")->data,
            R"({"controller_epoch":1,"leader":2,"version":1,"leader_epoch":0,"isr":[2,3]})");
  EXPECT_EQ(state_of("orders", 1), state(3, 0, {3, 1}, 1));
  EXPECT_EQ(state_of("orders", 2), state(1, 0, {1}, 1));
  EXPECT_EQ(channel(1).summary(), (strings{"LAI->1", "LAI->2", "LAI->3", "UM->1", "UM->2", "UM->3"}));
  auto lais = channel(1).of<protocol::leader_and_isr_request>();
  // Broker 1 is a replica of partitions 1 and 2; both are new to it.
  ASSERT_EQ(lais[0].second.topic_states.size(), 1u);
  const auto& parts = lais[0].second.topic_states[0].partition_states;
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].partition_index, 1);
  EXPECT_EQ(parts[1].partition_index, 2);
  EXPECT_TRUE(parts[0].is_new);
  EXPECT_EQ(parts[1].replicas, (ints{4, 1}));
  EXPECT_EQ(parts[1].isr, (ints{1}));
  auto ums = channel(1).of<protocol::update_metadata_request>();
  EXPECT_EQ(ums[0].second.topic_states[0].partition_states[2].offline_replicas, (ints{4}));
}

TEST_F(FailoverTest, AddedPartitionsAreInitializedLikeNewOnes) {
  register_broker(1);
  register_broker(2);
  create_topic_znode("t", {{0, {1, 2}}});
  start_controller(1);
  channel(1).clear();

  topic_assignment a;
  a.topic_id = topic_uuid(1);
  a.partitions[0].replicas = {1, 2};
  a.partitions[1].replicas = {2, 1};
  ASSERT_TRUE(run_zk(admin_.set("/brokers/topics/t", encode_topic_assignment(a), 0)));
  drain();

  EXPECT_EQ(state_of("t", 0), state(1, 0, {1, 2}, 1));
  EXPECT_EQ(state_of("t", 1), state(2, 0, {2, 1}, 1));
  EXPECT_EQ(channel(1).summary(), (strings{"LAI->1", "LAI->2", "UM->1", "UM->2"}));
  auto lais = channel(1).of<protocol::leader_and_isr_request>();
  EXPECT_EQ(lais[0].second.topic_states[0].partition_states.size(), 1u);
  EXPECT_EQ(lais[0].second.topic_states[0].partition_states[0].partition_index, 1);
}

TEST_F(FailoverTest, LeaderFailureElectsTheNextLiveIsrMember) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  create_topic_znode("t", {{0, {2, 3, 1}}});
  start_controller(1);
  channel(1).clear();

  kill_broker(2);

  auto s = state_of("t", 0);
  EXPECT_EQ(s, state(3, 1, {3, 1}, 1, 1));
  EXPECT_EQ(channel(1).removed, (ints{2}));
  // The election (LeaderAndIsr to the live replicas, UpdateMetadata to all),
  // then the dead replica's OfflineReplica transition (it had left the ISR already).
  EXPECT_EQ(channel(1).summary(),
            (strings{"LAI->1", "LAI->3", "UM->1", "UM->3", "LAI->1", "LAI->3", "UM->1", "UM->3"}));
  auto ums = channel(1).of<protocol::update_metadata_request>();
  EXPECT_EQ(ums[0].second.topic_states[0].partition_states[0].offline_replicas, (ints{2}));
  EXPECT_EQ(ums[0].second.live_brokers.size(), 2u);
}

TEST_F(FailoverTest, FollowerFailureLeavesTheIsr) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  create_topic_znode("t", {{0, {2, 3}}});
  start_controller(1);
  channel(1).clear();

  kill_broker(3);

  EXPECT_EQ(state_of("t", 0), state(2, 1, {2}, 1, 1));
  // No leader moved: the OfflineReplica transition, then the brokers-only UpdateMetadata.
  EXPECT_EQ(channel(1).summary(), (strings{"LAI->2", "UM->1", "UM->2", "UM->1", "UM->2"}));
}

TEST_F(FailoverTest, WithNoLiveIsrMemberThePartitionGoesOffline) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  create_topic_znode("t", {{0, {2, 3}}});
  write_state("t", 0, state(2, 4, {2}, 0));
  start_controller(1);
  channel(1).clear();

  kill_broker(2);

  // Leader -1, the last ISR member kept, leader epoch + 1 (Kafka's offline partition).
  EXPECT_EQ(state_of("t", 0), state(-1, 5, {2}, 1, 1));
}

TEST_F(FailoverTest, UncleanElectionWhenEnabledMarksTheLeaderRecovering) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  create_topic_znode("t", {{0, {2, 3}}});
  write_state("t", 0, state(2, 4, {2}, 0));
  start_controller(1, /*unclean=*/true);

  kill_broker(2);

  auto s = state_of("t", 0);
  EXPECT_EQ(s.leader, 3);
  EXPECT_EQ(s.isr, (ints{3}));
  EXPECT_EQ(s.leader_recovery, leader_recovery_state::recovering);
  EXPECT_EQ(s.controller_epoch, 1);
}

TEST_F(FailoverTest, RestartedBrokerLearnsEverythingAndFollows) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  create_topic_znode("t", {{0, {2, 3}}});
  start_controller(1);
  kill_broker(2);
  ASSERT_EQ(state_of("t", 0).leader, 3);
  channel(1).clear();

  register_broker(2);  // on its new session
  drain();

  EXPECT_EQ(channel(1).summary(), (strings{"UM->1", "UM->3", "UM->2", "LAI->2", "UM->1", "UM->2", "UM->3"}));
  auto lais = channel(1).of<protocol::leader_and_isr_request>();
  const auto& p = lais[0].second.topic_states[0].partition_states[0];
  EXPECT_EQ(p.leader, 3);
  EXPECT_EQ(p.isr, (ints{3}));
  EXPECT_EQ(lais[0].second.broker_epoch, broker_epoch(2));
  // The leader is unchanged until the ISR grows back (AlterPartition) and a
  // preferred election moves it.
  EXPECT_EQ(state_of("t", 0).leader, 3);
}

TEST_F(FailoverTest, ABrokerThatReregisteredUnseenIsHandledAsABounce) {
  register_broker(1);
  register_broker(2);
  create_topic_znode("t", {{0, {2, 1}}});
  start_controller(1);
  channel(1).clear();

  // Broker 2's registration is replaced before the controller reads the
  // children: same id, newer czxid.
  auto reg = server_.peek("/brokers/ids/2")->data;
  ASSERT_TRUE(run_zk(session(2).remove("/brokers/ids/2", -1)));
  ASSERT_TRUE(run_zk(session(2).create("/brokers/ids/2", reg, zk_create_mode::ephemeral)));
  drain();

  EXPECT_EQ(channel(1).removed, (ints{2}));
  ASSERT_EQ(channel(1).added.size(), 3u);  // 1 and 2 at failover, 2 again
  // Leadership moved to 1 while 2 was counted as gone.
  EXPECT_EQ(state_of("t", 0).leader, 1);
}

}  // namespace
}  // namespace gannet::cluster::testing
