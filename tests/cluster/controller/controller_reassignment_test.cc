// Partition reassignment at the controller (KIP-455, KafkaController.onPartitionReassignment):
// AlterPartitionReassignments, ListPartitionReassignments, /admin/reassign_partitions.

#include "cluster/controller/controller_fixture.h"

namespace gannet::cluster::testing {
namespace {

using protocol::error_code;
using ints = std::vector<std::int32_t>;
using targets = std::map<topic_partition, std::optional<ints>>;

class ReassignmentTest : public ControllerClusterTest {
 protected:
  void SetUp() override {
    register_broker(1);
    register_broker(2);
    register_broker(3);
  }
  reassignment_results reassign(targets t, std::int32_t to = 3) {
    std::optional<reassignment_results> out;
    controllers_.at(to)->alter_partition_reassignments(std::move(t),
                                                       [&](reassignment_results r) { out = std::move(r); });
    drain();
    EXPECT_TRUE(out);
    return out.value_or(reassignment_results{});
  }
  reassignment_listing list(std::optional<std::vector<topic_partition>> partitions = std::nullopt) {
    std::optional<reassignment_listing> out;
    controllers_.at(3)->list_partition_reassignments(std::move(partitions),
                                                     [&](reassignment_listing r) { out = std::move(r); });
    drain();
    EXPECT_TRUE(out);
    return out.value_or(reassignment_listing{});
  }
  replica_assignment assignment_of(const std::string& topic, std::int32_t p) {
    auto d = server_.peek(zk_paths::topic_path(topic));
    EXPECT_TRUE(d);
    if (!d) return {};
    return decode_topic_assignment(d->data).value().partitions.at(p);
  }
  static replica_assignment ra(ints replicas, ints adding = {}, ints removing = {}) {
    return replica_assignment{std::move(replicas), std::move(adding), std::move(removing)};
  }
  static election_result ok() { return election_result{error_code::none, std::nullopt, -1}; }
  // The ISR expansion a leader's AlterPartition asks for (v2, topic ids).
  protocol::alter_partition_response expand_isr(ints isr, std::int32_t leader, std::int32_t leader_epoch,
                                                std::int32_t partition_epoch) {
    protocol::alter_partition_request r;
    r.broker_id = leader;
    r.broker_epoch = broker_epoch(leader);
    protocol::alter_partition_request::topic_data t;
    t.topic_id = topic_uuid(1);
    protocol::alter_partition_request::partition_data p;
    p.partition_index = 0;
    p.leader_epoch = leader_epoch;
    p.partition_epoch = partition_epoch;
    p.new_isr = std::move(isr);
    t.partitions = {p};
    r.topics = {t};
    std::optional<protocol::alter_partition_response> out;
    controllers_.at(3)->alter_partition(std::move(r), 2, [&](auto resp) { out = std::move(resp); });
    drain();
    EXPECT_TRUE(out);
    return out.value_or(protocol::alter_partition_response{});
  }
};

TEST_F(ReassignmentTest, RemovingAReplicaCompletesAtOnceAndMovesTheLeader) {
  create_topic_znode("t", {{0, {1, 2, 3}}});
  write_state("t", 0, state(1, 0, {1, 2, 3}, 0));
  start_controller(3);
  channel(3).clear();

  auto r = reassign({{{"t", 0}, ints{2, 3}}});

  EXPECT_EQ(r.error, error_code::none);
  EXPECT_EQ(r.partitions.at({"t", 0}), ok());
  // B3: 1 is not in TRS, so 2 (first of TRS live and in the ISR) leads; B4: 1 leaves the ISR.
  EXPECT_EQ(state_of("t", 0), state(2, 2, {2, 3}, 1, 2));
  EXPECT_EQ(assignment_of("t", 0), ra({2, 3}));
  EXPECT_TRUE(list().partitions.empty());
  // The election's LeaderAndIsr, then StopReplica to 1 with the ISR change, then StopReplica (delete) to 1.
  const auto stops = channel(3).of<protocol::stop_replica_request>();
  ASSERT_EQ(stops.size(), 2u);
  EXPECT_EQ(stops[0].first, 1);
  EXPECT_FALSE(stops[0].second.topic_states.at(0).partition_states.at(0).delete_partition);
  EXPECT_EQ(stops[1].first, 1);
  EXPECT_TRUE(stops[1].second.topic_states.at(0).partition_states.at(0).delete_partition);
}

TEST_F(ReassignmentTest, AddingAReplicaWaitsForTheIsrThenCompletes) {
  create_topic_znode("t", {{0, {1, 2}}});
  write_state("t", 0, state(1, 0, {1, 2}, 0));
  start_controller(3);
  channel(3).clear();

  EXPECT_EQ(reassign({{{"t", 0}, ints{3, 2}}}).partitions.at({"t", 0}), ok());

  // U1: RS = TRS + ORS, AR = [3], RR = [1]; A1: leader epoch + 1.
  EXPECT_EQ(assignment_of("t", 0), ra({3, 2, 1}, {3}, {1}));
  EXPECT_EQ(state_of("t", 0), state(1, 1, {1, 2}, 1, 1));
  auto listed = list();
  ASSERT_EQ(listed.partitions.size(), 1u);
  EXPECT_EQ(listed.partitions.at({"t", 0}), ra({3, 2, 1}, {3}, {1}));
  // A1 to ORS and to 3 as a new replica, A2 (NewReplica) to 3 again.
  const auto lais = channel(3).of<protocol::leader_and_isr_request>();
  ASSERT_EQ(lais.size(), 4u);
  EXPECT_EQ(lais[2].first, 3);
  EXPECT_TRUE(lais[2].second.topic_states.at(0).partition_states.at(0).is_new);
  EXPECT_EQ(lais[2].second.topic_states.at(0).partition_states.at(0).adding_replicas, ints{3});
  EXPECT_EQ(lais[3].first, 3);

  // 3 caught up: the leader's AlterPartition puts it in the ISR, which completes the reassignment.
  auto resp = expand_isr({1, 2, 3}, 1, 1, 1);
  ASSERT_EQ(resp.topics.at(0).partitions.at(0).error_code, error_code::none);
  EXPECT_EQ(state_of("t", 0), state(3, 3, {2, 3}, 1, 4));
  EXPECT_EQ(assignment_of("t", 0), ra({3, 2}));
  EXPECT_TRUE(list().partitions.empty());
}

TEST_F(ReassignmentTest, CancellingGoesBackToTheOriginalReplicaSet) {
  create_topic_znode("t", {{0, {1, 2}}});
  write_state("t", 0, state(1, 0, {1, 2}, 0));
  start_controller(3);
  ASSERT_EQ(reassign({{{"t", 0}, ints{3, 2}}}).partitions.at({"t", 0}), ok());
  channel(3).clear();

  EXPECT_EQ(reassign({{{"t", 0}, std::nullopt}}).partitions.at({"t", 0}), ok());

  // ORS = RS - AR, in RS's order (Kafka cannot restore the original order either).
  EXPECT_EQ(assignment_of("t", 0), ra({2, 1}));
  EXPECT_EQ(state_of("t", 0), state(1, 2, {1, 2}, 1, 2));
  EXPECT_TRUE(list().partitions.empty());
  // The replica the reassignment was adding is stopped and deleted.
  const auto stops = channel(3).of<protocol::stop_replica_request>();
  ASSERT_EQ(stops.size(), 2u);
  EXPECT_EQ(stops[0].first, 3);
  EXPECT_EQ(stops[1].first, 3);
  EXPECT_TRUE(stops[1].second.topic_states.at(0).partition_states.at(0).delete_partition);

  // Nothing left to cancel.
  EXPECT_EQ(
      reassign({{{"t", 0}, std::nullopt}}).partitions.at({"t", 0}),
      (election_result{error_code::no_reassignment_in_progress, "No partition reassignment is in progress.", -1}));
}

TEST_F(ReassignmentTest, InvalidTargetsGetKafkasErrors) {
  create_topic_znode("t", {{0, {1, 2}}, {1, {1, 2}}, {2, {1, 2}}, {3, {1, 2}}});
  start_controller(3);

  auto r = reassign({{{"t", 0}, ints{}},
                     {{"t", 1}, ints{2, 2}},
                     {{"t", 2}, ints{-1, 2}},
                     {{"t", 3}, ints{7, 2}},
                     {{"gone", 0}, ints{1, 2}}});

  EXPECT_EQ(r.partitions.at({"t", 0}),
            (election_result{error_code::invalid_replica_assignment,
                             "Empty replica list specified in partition reassignment.", -1}));
  EXPECT_EQ(r.partitions.at({"t", 1}).error, error_code::invalid_replica_assignment);
  EXPECT_EQ(r.partitions.at({"t", 1}).message,
            "Duplicate replica ids in partition reassignment replica list: ArrayBuffer(2, 2)");
  EXPECT_EQ(r.partitions.at({"t", 2}).message, "Invalid broker id in replica list: ArrayBuffer(-1, 2)");
  EXPECT_EQ(r.partitions.at({"t", 3}).message,
            "Replica assignment has brokers that are not alive. Replica list: ArrayBuffer(7), live broker list: "
            "Set(1, 2, 3)");
  EXPECT_EQ(r.partitions.at({"gone", 0}),
            (election_result{error_code::unknown_topic_or_partition, "The partition does not exist.", -1}));
  EXPECT_EQ(assignment_of("t", 1), ra({1, 2}));

  register_broker(4);
  start_controller(4);
  EXPECT_EQ(reassign({{{"t", 0}, ints{2}}}, 4).error, error_code::not_controller);
}

TEST_F(ReassignmentTest, AdminReassignPartitionsZnodeIsServedAndRemoved) {
  create_topic_znode("t", {{0, {1, 2, 3}}});
  write_state("t", 0, state(1, 0, {1, 2, 3}, 0));
  start_controller(3);

  partition_reassignment pr;
  pr.partition = {"t", 0};
  pr.replicas = {3, 1};
  ASSERT_TRUE(
      run_zk(admin_.create("/admin/reassign_partitions", encode_reassignment({pr}), zk_create_mode::persistent)));
  drain();

  EXPECT_EQ(assignment_of("t", 0), ra({3, 1}));
  EXPECT_EQ(state_of("t", 0), state(1, 2, {1, 3}, 1, 2));  // leader 1 stays (in TRS): epoch + 1, then 2 leaves the ISR
  EXPECT_FALSE(server_.peek("/admin/reassign_partitions"));
}

}  // namespace
}  // namespace gannet::cluster::testing
