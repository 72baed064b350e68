#pragma once
// The controller's view of the cluster (Kafka's ControllerContext): live
// brokers with their epochs, topics with their assignments and ids, the
// leader/ISR of each partition as last written to ZooKeeper, and the controller
// epoch with the version of /controller_epoch that fences every write.
//
// Owner: the controller; touched only on the controller's executor. Rebuilt
// from ZooKeeper each time this broker becomes controller, cleared on
// resignation.

#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "gannet/cluster/controller_topic_partition.h"
#include "gannet/cluster/zk_data.h"
#include "gannet/protocol/uuid.h"

namespace gannet::cluster {

struct live_broker {
  broker_registration registration;
  std::int64_t epoch = -1;  // the czxid of /brokers/ids/<id>: grows with each registration
};

struct controller_topic {
  std::optional<protocol::uuid> topic_id;
  std::map<std::int32_t, replica_assignment> partitions;
  std::int32_t zk_version = 0;  // of /brokers/topics/<topic>
};

struct controller_context {
  std::int32_t epoch = 0;             // this controller's epoch
  std::int32_t epoch_zk_version = 0;  // /controller_epoch's version after our increment
  std::map<std::int32_t, live_broker> live_brokers;
  std::set<std::int32_t> shutting_down_brokers;
  std::map<std::string, controller_topic> topics;
  std::map<topic_partition, partition_state> leadership;  // as last read or written
  std::set<std::string> topics_to_delete;
  // Per replica of a topic being deleted (Kafka's ReplicaDeletionStarted /
  // ReplicaDeletionSuccessful / ReplicaDeletionIneligible).
  enum class replica_deletion { started, successful, ineligible };
  std::map<topic_partition, std::map<std::int32_t, replica_deletion>> replica_deletions;
  // Topics whose deletion waits for a broker (a replica failed or its broker
  // is down); a broker's restart makes its topics eligible again.
  std::set<std::string> topics_ineligible_for_deletion;
  // Partitions with a reassignment in progress (adding or removing replicas).
  std::set<topic_partition> partitions_being_reassigned;

  bool is_live(std::int32_t broker) const { return live_brokers.contains(broker); }
  const replica_assignment* assignment(const topic_partition& tp) const {
    auto t = topics.find(tp.topic);
    if (t == topics.end()) return nullptr;
    auto p = t->second.partitions.find(tp.partition);
    return p == t->second.partitions.end() ? nullptr : &p->second;
  }
  std::vector<std::int32_t> live_replicas(const topic_partition& tp) const {
    std::vector<std::int32_t> out;
    if (auto* a = assignment(tp)) {
      for (auto r : a->replicas) {
        if (is_live(r)) out.push_back(r);
      }
    }
    return out;
  }
  std::vector<std::int32_t> live_broker_ids() const {
    std::vector<std::int32_t> out;
    for (const auto& [id, b] : live_brokers)
      out.push_back(id);
    return out;
  }
  // Every replica of `topic` in `state`; with `any`, whether one is.
  bool replicas_in(const std::string& topic, replica_deletion state, bool any) const {
    bool seen = false;
    for (const auto& [p, a] : topics.at(topic).partitions) {
      for (auto r : a.replicas) {
        auto it = replica_deletions.find({topic, p});
        const bool in = it != replica_deletions.end() && it->second.contains(r) && it->second.at(r) == state;
        if (any && in) return true;
        if (!any && !in) return false;
        seen = true;
      }
    }
    return !any && seen;
  }
  void clear() { *this = controller_context{}; }
};

}  // namespace gannet::cluster
