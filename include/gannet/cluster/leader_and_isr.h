#pragma once
// One partition's leadership as the controller decides it: LeaderAndIsr's
// partition state, and what an AlterPartition answer commits (Kafka's
// LeaderAndIsr). In ZooKeeper mode the same values live in
// /brokers/topics/<t>/partitions/<p>/state, whose znode version is the
// partition epoch.

#include <cstdint>
#include <vector>

namespace gannet::cluster {

// Kafka's LeaderAndIsr.NoLeader and the StopReplica epoch sentinels.
inline constexpr std::int32_t no_leader = -1;
inline constexpr std::int32_t no_epoch = -1;
inline constexpr std::int32_t epoch_during_delete = -2;

struct leader_and_isr {
  std::int32_t leader = no_leader;
  std::int32_t leader_epoch = no_epoch;
  std::vector<std::int32_t> isr;
  std::int32_t partition_epoch = 0;
  std::vector<std::int32_t> replicas;
};

}  // namespace gannet::cluster
