// ElectLeaders at the controller (processReplicaLeaderElection, AdminClientTriggered),
// the automatic preferred-leader rebalance (checkAndTriggerAutoLeaderRebalance)
// and a topic's unclean.leader.election.enable turned on.

#include "cluster/controller/controller_fixture.h"

namespace gannet::cluster::testing {
namespace {

using protocol::error_code;

class ElectLeadersTest : public ControllerClusterTest {
 protected:
  election_results elect(std::vector<topic_partition> partitions, election_type type, std::int32_t to = 3) {
    std::optional<election_results> out;
    controllers_.at(to)->elect_leaders(std::move(partitions), type, [&](election_results r) { out = std::move(r); });
    drain();
    EXPECT_TRUE(out);
    return out.value_or(election_results{});
  }
  controller& start_with(std::int32_t broker, controller_config config) {
    config.broker_id = broker;
    channels_[broker] = std::make_unique<recording_channel>();
    auto& c = controllers_[broker];
    c = std::make_unique<controller>(session(broker), *channels_[broker], io_.get_executor(), std::move(config));
    c->start();
    drain();
    return *c;
  }
  static partition_state recovering(partition_state s) {
    s.leader_recovery = leader_recovery_state::recovering;
    return s;
  }
};

TEST_F(ElectLeadersTest, PreferredElectionAnswersEveryPartitionWithKafkasCodes) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  create_topic_znode("t", {{0, {1, 2}}, {1, {1, 2}}, {2, {2, 1}}});
  write_state("t", 0, state(2, 3, {2, 1}, 0));  // 1 is back in the ISR: it can lead again
  write_state("t", 1, state(2, 3, {2}, 0));     // 1 is not in the ISR
  write_state("t", 2, state(2, 0, {2, 1}, 0));  // already led by its preferred replica
  start_controller(3);
  channel(3).clear();

  auto r = elect({{"t", 0}, {"t", 1}, {"t", 2}, {"gone", 0}}, election_type::preferred);

  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r.at({"t", 0}), (election_result{error_code::none, std::nullopt, 1}));
  EXPECT_EQ(r.at({"t", 1}), (election_result{error_code::preferred_leader_not_available,
                                             "Failed to elect leader for partition t-1 under strategy "
                                             "PreferredReplicaPartitionLeaderElectionStrategy",
                                             -1}));
  EXPECT_EQ(r.at({"t", 2}),
            (election_result{error_code::election_not_needed, "Leader election not needed for topic partition.", -1}));
  EXPECT_EQ(r.at({"gone", 0}),
            (election_result{error_code::unknown_topic_or_partition, "The partition does not exist.", -1}));
  EXPECT_EQ(state_of("t", 0), state(1, 4, {2, 1}, 1, 1));  // ISR unchanged, leader epoch + 1
  EXPECT_EQ(state_of("t", 1), state(2, 3, {2}, 0, 0));
  EXPECT_EQ(state_of("t", 2), state(2, 0, {2, 1}, 0, 0));
  EXPECT_EQ(channel(3).summary(), (std::vector<std::string>{"LAI->1", "LAI->2", "UM->1", "UM->2", "UM->3"}));
}

TEST_F(ElectLeadersTest, UncleanElectionTakesALiveReplicaOutsideTheIsr) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  create_topic_znode("u", {{0, {1, 2}}, {1, {2, 3}}});
  write_state("u", 0, state(1, 0, {1}, 0));
  write_state("u", 1, state(2, 0, {2, 3}, 0));
  start_controller(3);
  kill_broker(1);
  // unclean.leader.election.enable is false: u-0 stays without a leader, 1 stays its last ISR member.
  ASSERT_EQ(state_of("u", 0), state(-1, 1, {1}, 1, 1));
  channel(3).clear();

  // PREFERRED cannot help: its preferred replica is dead.
  auto p = elect({{"u", 0}}, election_type::preferred);
  EXPECT_EQ(p.at({"u", 0}).error, error_code::preferred_leader_not_available);

  auto r = elect({{"u", 0}, {"u", 1}}, election_type::unclean);

  EXPECT_EQ(r.at({"u", 0}), (election_result{error_code::none, std::nullopt, 2}));
  EXPECT_EQ(r.at({"u", 1}),
            (election_result{error_code::election_not_needed, "Leader election not needed for topic partition.", -1}));
  EXPECT_EQ(state_of("u", 0), recovering(state(2, 2, {2}, 1, 2)));  // Election.leaderForOffline, unclean
  EXPECT_EQ(channel(3).summary(), (std::vector<std::string>{"LAI->2", "UM->2", "UM->3"}));
}

TEST_F(ElectLeadersTest, UncleanElectionWithNoLiveReplicaIsEligibleLeadersNotAvailable) {
  register_broker(1);
  register_broker(3);
  create_topic_znode("u", {{0, {1}}});
  write_state("u", 0, state(1, 0, {1}, 0));
  start_controller(3);
  kill_broker(1);

  auto r = elect({{"u", 0}}, election_type::unclean);

  EXPECT_EQ(r.at({"u", 0}), (election_result{error_code::eligible_leaders_not_available,
                                             "Failed to elect leader for partition u-0 under strategy "
                                             "OfflinePartitionLeaderElectionStrategy(true)",
                                             -1}));
}

TEST_F(ElectLeadersTest, TopicBeingDeletedAndInactiveController) {
  register_broker(1);
  register_broker(3);
  register_broker(4);
  create_topic_znode("t", {{0, {1, 3}}});
  write_state("t", 0, state(3, 0, {3, 1}, 0));
  start_controller(3);
  start_controller(4);  // loses the election: inactive
  // A deletion that cannot finish while broker 1, a replica, is down.
  kill_broker(1);
  ASSERT_TRUE(run_zk(admin_.create("/admin/delete_topics/t", "", zk_create_mode::persistent)));
  drain();

  EXPECT_EQ(elect({{"t", 0}}, election_type::preferred).at({"t", 0}),
            (election_result{error_code::invalid_topic_exception, "The topic is being deleted", -1}));
  EXPECT_EQ(elect({{"t", 0}}, election_type::preferred, 4).at({"t", 0}),
            (election_result{error_code::not_controller, std::nullopt, -1}));
}

TEST_F(ElectLeadersTest, AutoRebalanceMovesLeadershipBackAboveTheImbalanceRatio) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  // Broker 1 prefers 4 partitions and leads 1 of them: imbalance 3/4 > 10 %.
  create_topic_znode("t", {{0, {1, 2}}, {1, {1, 2}}, {2, {1, 2}}, {3, {1, 2}}, {4, {2, 1}}});
  write_state("t", 0, state(1, 0, {1, 2}, 0));
  write_state("t", 1, state(2, 1, {2, 1}, 0));
  write_state("t", 2, state(2, 1, {2, 1}, 0));
  write_state("t", 3, state(2, 1, {2}, 0));  // 1 not in the ISR: not a candidate
  write_state("t", 4, state(2, 0, {2, 1}, 0));
  controller_config config;
  config.leader_imbalance_per_broker_percentage = 10;
  auto& c = start_with(3, config);
  channel(3).clear();

  c.check_leader_imbalance();
  drain();

  EXPECT_EQ(state_of("t", 0), state(1, 0, {1, 2}, 0, 0));
  EXPECT_EQ(state_of("t", 1), state(1, 2, {2, 1}, 1, 1));
  EXPECT_EQ(state_of("t", 2), state(1, 2, {2, 1}, 1, 1));
  EXPECT_EQ(state_of("t", 3), state(2, 1, {2}, 0, 0));
  EXPECT_EQ(state_of("t", 4), state(2, 0, {2, 1}, 0, 0));
}

TEST_F(ElectLeadersTest, AutoRebalanceLeavesAnImbalanceWithinThePercentage) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  create_topic_znode("t", {{0, {1, 2}}, {1, {1, 2}}});
  write_state("t", 0, state(1, 0, {1, 2}, 0));
  write_state("t", 1, state(2, 1, {2, 1}, 0));
  controller_config config;
  config.leader_imbalance_per_broker_percentage = 50;  // 1/2 is not above 50 %
  auto& c = start_with(3, config);
  channel(3).clear();

  c.check_leader_imbalance();
  drain();

  EXPECT_EQ(state_of("t", 1), state(2, 1, {2, 1}, 0, 0));
  EXPECT_TRUE(channel(3).summary().empty());
}

TEST_F(ElectLeadersTest, TopicUncleanElectionEnabledElectsItsOfflinePartitions) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  create_topic_znode("u", {{0, {1, 2}}});
  write_state("u", 0, state(1, 0, {1}, 0));
  bool unclean_for_u = false;
  controller_config config;
  config.unclean_election_for_topic = [&](const std::string& topic) -> std::optional<bool> {
    if (topic == "u") return unclean_for_u;
    return std::nullopt;
  };
  auto& c = start_with(3, config);
  kill_broker(1);
  ASSERT_EQ(state_of("u", 0), state(-1, 1, {1}, 1, 1));

  unclean_for_u = true;  // /config/topics/u now says unclean.leader.election.enable=true
  c.enable_topic_unclean_leader_election("u");
  drain();

  EXPECT_EQ(state_of("u", 0), recovering(state(2, 2, {2}, 1, 2)));
}

}  // namespace
}  // namespace gannet::cluster::testing
