// Kafka's leader election algorithms (PartitionLeaderElectionAlgorithms, Election.leaderForOffline).

#include "controller/partition_election.h"

#include <gtest/gtest.h>

namespace gannet::cluster {
namespace {

partition_state make(std::int32_t leader, std::int32_t epoch, std::vector<std::int32_t> isr) {
  partition_state s;
  s.leader = leader;
  s.leader_epoch = epoch;
  s.isr = std::move(isr);
  s.controller_epoch = 1;
  s.zk_version = 4;
  return s;
}

TEST(PartitionElectionTest, OfflineElectionTakesTheFirstLiveIsrMemberInAssignmentOrder) {
  EXPECT_EQ(offline_partition_leader({1, 2, 3}, {3, 2}, {2, 3}, false), 2);
  EXPECT_EQ(offline_partition_leader({1, 2, 3}, {1}, {2, 3}, false), std::nullopt);
  EXPECT_EQ(offline_partition_leader({1, 2, 3}, {1}, {3, 2}, true), 2);  // unclean: first live replica
  EXPECT_EQ(offline_partition_leader({1, 2, 3}, {1}, {}, true), std::nullopt);
}

TEST(PartitionElectionTest, CleanElectionKeepsTheLiveIsrAndBumpsTheLeaderEpoch) {
  auto next = elect_offline(make(1, 5, {1, 2, 3}), {1, 2, 3}, {2, 3}, false, 7);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->leader, 2);
  EXPECT_EQ(next->leader_epoch, 6);
  EXPECT_EQ(next->isr, (std::vector<std::int32_t>{2, 3}));
  EXPECT_EQ(next->controller_epoch, 7);
  EXPECT_EQ(next->zk_version, 4);  // the version the write compares with
  EXPECT_EQ(next->leader_recovery, leader_recovery_state::recovered);
}

TEST(PartitionElectionTest, UncleanElectionLeavesOnlyTheLeaderRecovering) {
  EXPECT_FALSE(elect_offline(make(1, 5, {1}), {1, 2, 3}, {3}, false, 7));
  auto next = elect_offline(make(1, 5, {1}), {1, 2, 3}, {3}, true, 7);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->leader, 3);
  EXPECT_EQ(next->leader_epoch, 6);
  EXPECT_EQ(next->isr, (std::vector<std::int32_t>{3}));
  EXPECT_EQ(next->leader_recovery, leader_recovery_state::recovering);
}

TEST(PartitionElectionTest, PreferredAndControlledShutdownElections) {
  EXPECT_EQ(preferred_replica_leader({1, 2}, {2, 1}, {1, 2}), 1);
  EXPECT_EQ(preferred_replica_leader({1, 2}, {2}, {1, 2}), std::nullopt);
  EXPECT_EQ(preferred_replica_leader({1, 2}, {1, 2}, {2}), std::nullopt);
  EXPECT_EQ(controlled_shutdown_leader({1, 2, 3}, {1, 2, 3}, {1, 2, 3}, {1}), 2);
  EXPECT_EQ(controlled_shutdown_leader({1, 2, 3}, {1}, {1, 2, 3}, {1}), std::nullopt);
}

TEST(PartitionElectionTest, RemovingAReplicaFromTheIsr) {
  // A follower leaves: the leader stays, epoch + 1.
  auto a = remove_replica_from_isr(make(1, 5, {1, 2}), 2, 7);
  EXPECT_EQ(a.leader, 1);
  EXPECT_EQ(a.isr, (std::vector<std::int32_t>{1}));
  EXPECT_EQ(a.leader_epoch, 6);
  EXPECT_EQ(a.controller_epoch, 7);
  // The leader leaves: no leader; it stays in the ISR when it was the last member.
  auto b = remove_replica_from_isr(make(1, 5, {1}), 1, 7);
  EXPECT_EQ(b.leader, -1);
  EXPECT_EQ(b.isr, (std::vector<std::int32_t>{1}));
  auto c = remove_replica_from_isr(make(1, 5, {1, 3}), 1, 7);
  EXPECT_EQ(c.leader, -1);
  EXPECT_EQ(c.isr, (std::vector<std::int32_t>{3}));
}

}  // namespace
}  // namespace gannet::cluster
