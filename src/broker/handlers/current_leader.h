#pragma once
// KIP-951: a Produce (v10+) or Fetch (v16+) answer that refuses a partition
// with NOT_LEADER_OR_FOLLOWER (Fetch: or FENCED_LEADER_EPOCH) names the
// partition's current leader and epoch, and the response lists that leader's
// endpoint, so clients go there without a Metadata round trip (Kafka 3.9's
// KafkaApis.getCurrentLeader). In ZooKeeper mode the leader is the metadata
// cache's; a standalone broker knows no other leader and leaves them unset.

#include <map>
#include <string>

#include "../broker_state.h"

namespace gannet::broker::handlers {

// Fills `leader` (leader_id, leader_epoch) for topic-partition and records the
// leader's node (when alive on `listener`) in `nodes`, by broker id.
template <class LeaderIdAndEpoch>
void set_current_leader(const broker_state& s, const std::string& topic, std::int32_t partition,
                        const std::string& listener, LeaderIdAndEpoch& leader,
                        std::map<std::int32_t, cluster::metadata_node>& nodes) {
  if (!s.zk || !s.zk->metadata) return;
  auto info = s.zk->metadata->partition_info(topic, partition);
  leader.leader_id = info ? info->leader : -1;
  leader.leader_epoch = info ? info->leader_epoch : -1;
  if (!info) return;
  if (auto node = s.zk->metadata->alive_broker_node(info->leader, listener)) nodes[node->id] = *node;
}

// The response's node_endpoints from `nodes`.
template <class NodeEndpoint>
std::vector<NodeEndpoint> node_endpoints(const std::map<std::int32_t, cluster::metadata_node>& nodes) {
  std::vector<NodeEndpoint> out;
  for (const auto& [id, n] : nodes) {
    NodeEndpoint e;
    e.node_id = id;
    e.host = n.host;
    e.port = n.port;
    e.rack = n.rack;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace gannet::broker::handlers
