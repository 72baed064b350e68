// Kafka's leader election algorithms (partition_election.h).

#include "controller/partition_election.h"

#include <algorithm>

namespace gannet::cluster {
namespace {

bool contains(const std::vector<std::int32_t>& v, std::int32_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

std::optional<std::int32_t> offline_partition_leader(const std::vector<std::int32_t>& assignment,
                                                     const std::vector<std::int32_t>& isr,
                                                     const std::set<std::int32_t>& live, bool allow_unclean) {
  for (auto r : assignment) {
    if (live.contains(r) && contains(isr, r)) return r;
  }
  if (!allow_unclean) return std::nullopt;
  for (auto r : assignment) {
    if (live.contains(r)) return r;
  }
  return std::nullopt;
}

std::optional<std::int32_t> preferred_replica_leader(const std::vector<std::int32_t>& assignment,
                                                     const std::vector<std::int32_t>& isr,
                                                     const std::set<std::int32_t>& live) {
  if (assignment.empty()) return std::nullopt;
  const auto preferred = assignment.front();
  if (live.contains(preferred) && contains(isr, preferred)) return preferred;
  return std::nullopt;
}

std::optional<std::int32_t> controlled_shutdown_leader(const std::vector<std::int32_t>& assignment,
                                                       const std::vector<std::int32_t>& isr,
                                                       const std::set<std::int32_t>& live,
                                                       const std::set<std::int32_t>& shutting_down) {
  for (auto r : assignment) {
    if (live.contains(r) && contains(isr, r) && !shutting_down.contains(r)) return r;
  }
  return std::nullopt;
}

std::optional<partition_state> elect_offline(const partition_state& current,
                                             const std::vector<std::int32_t>& assignment,
                                             const std::set<std::int32_t>& live, bool allow_unclean,
                                             std::int32_t controller_epoch) {
  auto leader = offline_partition_leader(assignment, current.isr, live, allow_unclean);
  if (!leader) return std::nullopt;
  partition_state next = current;
  next.leader = *leader;
  next.leader_epoch = current.leader_epoch + 1;
  next.controller_epoch = controller_epoch;
  if (contains(current.isr, *leader)) {
    next.isr.clear();
    for (auto r : current.isr) {
      if (live.contains(r)) next.isr.push_back(r);
    }
  } else {
    // Unclean: the new leader may lack committed records (KIP-704).
    next.isr = {*leader};
    next.leader_recovery = leader_recovery_state::recovering;
  }
  return next;
}

partition_state remove_replica_from_isr(const partition_state& current, std::int32_t replica,
                                        std::int32_t controller_epoch) {
  partition_state next = current;
  if (current.leader == replica) next.leader = -1;
  if (current.isr.size() > 1) std::erase(next.isr, replica);
  next.leader_epoch = current.leader_epoch + 1;
  next.controller_epoch = controller_epoch;
  return next;
}

}  // namespace gannet::cluster
