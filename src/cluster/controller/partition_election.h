#pragma once
// Kafka's leader election algorithms (PartitionStateMachine.scala,
// PartitionLeaderElectionAlgorithms and Election.leaderForOffline, Kafka 3.9).
// Pure functions of the assignment, the ISR and the live brokers: the controller
// reads the partition's state fresh from ZooKeeper, calls one of these, then
// writes the result with compare-and-set.

#include <cstdint>
#include <optional>
#include <set>
#include <vector>

#include "gannet/cluster/zk_data.h"

namespace gannet::cluster {

// The first replica in assignment order that is live and in the ISR; with
// unclean election allowed and none such, the first live replica.
std::optional<std::int32_t> offline_partition_leader(const std::vector<std::int32_t>& assignment,
                                                     const std::vector<std::int32_t>& isr,
                                                     const std::set<std::int32_t>& live, bool allow_unclean);

// The preferred (first) replica, when it is live and in the ISR.
std::optional<std::int32_t> preferred_replica_leader(const std::vector<std::int32_t>& assignment,
                                                     const std::vector<std::int32_t>& isr,
                                                     const std::set<std::int32_t>& live);

// The first live ISR member in assignment order that is not shutting down.
std::optional<std::int32_t> controlled_shutdown_leader(const std::vector<std::int32_t>& assignment,
                                                       const std::vector<std::int32_t>& isr,
                                                       const std::set<std::int32_t>& live,
                                                       const std::set<std::int32_t>& shutting_down);

// Election.leaderForOffline: the new state of an offline partition, or nullopt
// when no leader can be chosen. Clean: ISR = the live members of the old ISR.
// Unclean (leader outside the ISR): ISR = [leader], recovery state RECOVERING.
// The leader epoch grows by one; zk_version is kept (the write's CAS version).
std::optional<partition_state> elect_offline(const partition_state& current,
                                             const std::vector<std::int32_t>& assignment,
                                             const std::set<std::int32_t>& live, bool allow_unclean,
                                             std::int32_t controller_epoch);

// ReplicaStateMachine.doRemoveReplicasFromIsr for one replica: a leader that
// goes offline leaves leader -1 behind; the last ISR member stays in the ISR
// (so the partition can come back cleanly). Leader epoch + 1.
partition_state remove_replica_from_isr(const partition_state& current, std::int32_t replica,
                                        std::int32_t controller_epoch);

}  // namespace gannet::cluster
