// Replica placement checked against the expectations of Kafka 3.9's own tests
// (core/src/test/scala/unit/kafka/admin/AdminRackAwareTest.scala, RackAwareTest.scala).

#include "gannet/cluster/replica_assignment.h"

#include <gtest/gtest.h>

#include <set>

namespace gannet::cluster {
namespace {

std::vector<broker_metadata> with_racks(const std::map<std::int32_t, std::string>& racks) {
  std::vector<broker_metadata> out;
  for (const auto& [id, rack] : racks)
    out.push_back({id, rack});
  return out;
}

std::vector<broker_metadata> without_racks(std::vector<std::int32_t> ids) {
  std::vector<broker_metadata> out;
  for (auto id : ids)
    out.push_back({id, std::nullopt});
  return out;
}

// RackAwareTest.checkReplicaDistribution.
void check_distribution(const partition_assignment& a, const std::map<std::int32_t, std::string>& racks, int partitions,
                        int rf, bool rack_aware = true, bool leaders_even = true, bool replicas_even = true) {
  ASSERT_EQ(static_cast<int>(a.size()), partitions);
  std::map<std::int32_t, int> leaders, replicas;
  for (const auto& [p, rs] : a) {
    ASSERT_EQ(static_cast<int>(rs.size()), rf) << "partition " << p;
    EXPECT_EQ(std::set<std::int32_t>(rs.begin(), rs.end()).size(), rs.size()) << "partition " << p;
    std::set<std::string> partition_racks;
    for (auto b : rs)
      partition_racks.insert(racks.at(b));
    if (rack_aware) {
      EXPECT_EQ(static_cast<int>(partition_racks.size()), rf) << "partition " << p;
    }
    leaders[rs.front()]++;
    for (auto b : rs)
      replicas[b]++;
  }
  const int n = static_cast<int>(racks.size());
  if (leaders_even) {
    for (const auto& [b, rack] : racks)
      EXPECT_EQ(leaders[b], partitions / n) << "leaders of broker " << b;
  }
  if (replicas_even) {
    for (const auto& [b, rack] : racks)
      EXPECT_EQ(replicas[b], partitions * rf / n) << "replicas of broker " << b;
  }
}

TEST(ReplicaAssignmentTest, RackAlternatedBrokerListAsKafka) {
  std::map<std::int32_t, std::string> racks{{0, "rack1"}, {1, "rack3"}, {2, "rack3"},
                                            {3, "rack2"}, {4, "rack2"}, {5, "rack1"}};
  EXPECT_EQ(rack_alternated_broker_list(racks), (std::vector<std::int32_t>{0, 3, 1, 5, 4, 2}));
  racks.erase(5);
  EXPECT_EQ(rack_alternated_broker_list(racks), (std::vector<std::int32_t>{0, 3, 1, 4, 2}));
}

TEST(ReplicaAssignmentTest, RackAwareAssignmentAsKafka) {
  auto a = assign_replicas_to_brokers(
      with_racks({{0, "rack1"}, {1, "rack3"}, {2, "rack3"}, {3, "rack2"}, {4, "rack2"}, {5, "rack1"}}), 7, 3, 0, 0);
  ASSERT_TRUE(a);
  partition_assignment expected{{0, {0, 3, 1}}, {1, {3, 1, 5}}, {2, {1, 5, 4}}, {3, {5, 4, 2}},
                                {4, {4, 2, 0}}, {5, {2, 0, 3}}, {6, {0, 4, 2}}};
  EXPECT_EQ(*a, expected);
}

TEST(ReplicaAssignmentTest, RackUnawareAssignmentAsKafka) {
  auto a = assign_replicas_to_brokers(without_racks({0, 1, 2, 3, 4}), 10, 3, 0, -1);
  ASSERT_TRUE(a);
  partition_assignment expected{{0, {0, 1, 2}}, {1, {1, 2, 3}}, {2, {2, 3, 4}}, {3, {3, 4, 0}}, {4, {4, 0, 1}},
                                {5, {0, 2, 3}}, {6, {1, 3, 4}}, {7, {2, 4, 0}}, {8, {3, 0, 1}}, {9, {4, 1, 2}}};
  EXPECT_EQ(*a, expected);
}

TEST(ReplicaAssignmentTest, RandomStartAndShiftAreDrawnSeparately) {
  // Kafka draws the start index, then the shift: start 1 and shift 0 on three brokers.
  std::vector<std::int32_t> draws{1, 0};
  std::size_t next = 0;
  random_source random = [&](std::int32_t bound) {
    EXPECT_EQ(bound, 3);
    return draws.at(next++);
  };
  auto a = assign_replicas_to_brokers(without_racks({1, 2, 3}), 3, 2, -1, -1, random);
  ASSERT_TRUE(a);
  EXPECT_EQ(next, 2u);
  EXPECT_EQ(*a, (partition_assignment{{0, {2, 3}}, {1, {3, 1}}, {2, {1, 2}}}));
}

TEST(ReplicaAssignmentTest, StartPartitionIdNumbersNewPartitions) {
  // Adding partitions 3 and 4 (AdminZkClient.createNewPartitionsAssignment passes the existing count).
  auto a = assign_replicas_to_brokers(without_racks({0, 1, 2}), 2, 2, 0, 3);
  ASSERT_TRUE(a);
  EXPECT_EQ(*a, (partition_assignment{{3, {0, 2}}, {4, {1, 0}}}));
}

TEST(ReplicaAssignmentTest, RackAwareDistributionsAsKafkasTests) {
  const std::map<std::int32_t, std::string> six{{0, "rack1"}, {1, "rack2"}, {2, "rack2"},
                                                {3, "rack3"}, {4, "rack3"}, {5, "rack1"}};
  check_distribution(assign_replicas_to_brokers(with_racks(six), 6, 3, 2, 0).value(), six, 6, 3);
  check_distribution(assign_replicas_to_brokers(with_racks(six), 6, 3).value(), six, 6, 3);
  check_distribution(assign_replicas_to_brokers(with_racks(six), 13, 3, 0, 0).value(), six, 13, 3, true, false, false);
  check_distribution(assign_replicas_to_brokers(with_racks(six), 12, 2).value(), six, 12, 2);
  check_distribution(assign_replicas_to_brokers(with_racks(six), 6, 2).value(), six, 6, 2);
  const std::map<std::int32_t, std::string> uneven{{0, "rack1"}, {1, "rack1"}, {2, "rack2"},
                                                   {3, "rack3"}, {4, "rack3"}, {5, "rack1"}};
  check_distribution(assign_replicas_to_brokers(with_racks(uneven), 12, 3).value(), uneven, 12, 3, true, true, false);
  const std::map<std::int32_t, std::string> expansion{{6, "rack1"}, {7, "rack2"},  {8, "rack2"},
                                                      {9, "rack3"}, {10, "rack3"}, {11, "rack1"}};
  auto expanded = assign_replicas_to_brokers(with_racks(expansion), 12, 2, -1, 12).value();
  EXPECT_EQ(expanded.begin()->first, 12);
  EXPECT_EQ(expanded.rbegin()->first, 23);
  check_distribution(expanded, expansion, 12, 2);
  const std::map<std::int32_t, std::string> three{{0, "rack1"}, {1, "rack2"}, {4, "rack3"}};
  check_distribution(assign_replicas_to_brokers(with_racks(three), 3, 2).value(), three, 3, 2);
  const std::map<std::int32_t, std::string> twelve{{0, "rack1"}, {1, "rack2"}, {2, "rack2"},  {3, "rack3"},
                                                   {4, "rack3"}, {5, "rack1"}, {6, "rack1"},  {7, "rack2"},
                                                   {8, "rack2"}, {9, "rack3"}, {10, "rack1"}, {11, "rack3"}};
  check_distribution(assign_replicas_to_brokers(with_racks(twelve), 96, 3).value(), twelve, 96, 3);
}

TEST(ReplicaAssignmentTest, MoreReplicasThanRacksCoverEveryRack) {
  const std::map<std::int32_t, std::string> racks{{0, "rack1"}, {1, "rack2"}, {2, "rack2"},
                                                  {3, "rack3"}, {4, "rack3"}, {5, "rack2"}};
  auto a = assign_replicas_to_brokers(with_racks(racks), 6, 5).value();
  for (const auto& [p, rs] : a) {
    ASSERT_EQ(rs.size(), 5u);
    std::set<std::string> used;
    for (auto b : rs)
      used.insert(racks.at(b));
    EXPECT_EQ(used.size(), 3u) << "partition " << p;
  }
}

TEST(ReplicaAssignmentTest, SingleRackSpreadsLeaders) {
  const std::map<std::int32_t, std::string> racks{{0, "rack1"}, {1, "rack1"}, {2, "rack1"},
                                                  {3, "rack1"}, {4, "rack1"}, {5, "rack1"}};
  check_distribution(assign_replicas_to_brokers(with_racks(racks), 6, 3).value(), racks, 6, 3, false, true, true);
}

TEST(ReplicaAssignmentTest, SkipsBrokersAlreadyAssigned) {
  const std::map<std::int32_t, std::string> racks{{0, "a"}, {1, "b"}, {2, "c"}, {3, "a"}, {4, "a"}};
  check_distribution(assign_replicas_to_brokers(with_racks(racks), 6, 4, 2, -1).value(), racks, 6, 4, false, false,
                     false);
}

TEST(ReplicaAssignmentTest, InvalidParametersAreKafkasErrors) {
  auto brokers = without_racks({0, 1, 2, 3, 4});
  EXPECT_EQ(assign_replicas_to_brokers(brokers, 10, 0).error(), assignment_errc::invalid_replication_factor);
  EXPECT_EQ(assign_replicas_to_brokers(brokers, 10, 6).error(), assignment_errc::invalid_replication_factor);
  EXPECT_EQ(assign_replicas_to_brokers(brokers, 0, 0).error(), assignment_errc::invalid_partitions);
  std::vector<broker_metadata> mixed{{0, "rack1"}, {1, "rack3"}, {2, "rack3"}, {3, "rack2"}, {4, std::nullopt}};
  EXPECT_EQ(assign_replicas_to_brokers(mixed, 10, 5).error(), assignment_errc::incomplete_rack_information);
}

TEST(ReplicaAssignmentTest, BrokerListSortedWithRacksPerMode) {
  std::vector<broker_metadata> mixed{{3, "r1"}, {1, std::nullopt}, {2, "r2"}};
  EXPECT_EQ(brokers_for_assignment(mixed, rack_aware_mode::enforced).error(),
            assignment_errc::incomplete_rack_information);
  EXPECT_EQ(brokers_for_assignment(mixed, rack_aware_mode::safe).value(),
            (std::vector<broker_metadata>{{1, std::nullopt}, {2, std::nullopt}, {3, std::nullopt}}));
  std::vector<broker_metadata> all{{3, "r1"}, {1, "r2"}};
  EXPECT_EQ(brokers_for_assignment(all, rack_aware_mode::enforced).value(),
            (std::vector<broker_metadata>{{1, "r2"}, {3, "r1"}}));
  EXPECT_EQ(brokers_for_assignment(all, rack_aware_mode::disabled).value(),
            (std::vector<broker_metadata>{{1, std::nullopt}, {3, std::nullopt}}));
}

}  // namespace
}  // namespace gannet::cluster
