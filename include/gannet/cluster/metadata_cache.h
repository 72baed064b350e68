#pragma once
// What a ZooKeeper-mode broker knows of the cluster: Kafka's ZkMetadataCache
// (core/.../kafka/server/metadata/ZkMetadataCache.scala, 3.9). It is fed only
// by the controller's UpdateMetadata requests (v0-8) and answers what Metadata,
// DescribeCluster and the replica code ask: live brokers and their endpoint
// per listener, the controller, each partition's leader, leader epoch,
// replicas, ISR and offline replicas, and topic ids.
//
// Owner: the cluster runtime (one per broker). Threads: one writer (the
// handler of UpdateMetadata, on the control strand) calls update_metadata;
// any thread may read. Each update builds a new immutable metadata_snapshot
// and publishes it by swapping one pointer; readers take one snapshot() and
// answer from it, so an answer never mixes two updates (as Kafka's readers
// read the @volatile snapshot once). The pointer is guarded by a mutex held
// only to copy or swap it: libstdc++ 12's atomic<shared_ptr> is not
// understood by ThreadSanitizer, and the lock is never held while building.

#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "gannet/protocol/messages/metadata.h"
#include "gannet/protocol/messages/update_metadata.h"
#include "gannet/protocol/uuid.h"

namespace gannet::cluster {

// Kafka's Node: a broker as reached through one listener. Node::no_node() is
// Kafka's Node.noNode() (id -1, empty host, port -1).
struct metadata_node {
  std::int32_t id = -1;
  std::string host;
  std::int32_t port = -1;
  std::optional<std::string> rack;

  static metadata_node no_node() { return {}; }
  bool empty() const { return host.empty() || port < 0; }  // Node.isEmpty
  bool operator==(const metadata_node&) const = default;
};

struct metadata_endpoint {
  std::string listener;  // as the controller sent it (filled from the protocol before v3)
  std::string host;
  std::int32_t port = -1;
  std::int16_t security_protocol = 0;  // Kafka's SecurityProtocol id

  bool operator==(const metadata_endpoint&) const = default;
};

struct metadata_broker {
  std::int32_t id = -1;
  std::vector<metadata_endpoint> endpoints;  // in the controller's order
  std::optional<std::string> rack;

  // The node for a listener, nullopt when the broker has no such listener.
  std::optional<metadata_node> node(const std::string& listener) const;
  bool operator==(const metadata_broker&) const = default;
};

// The controller as the last UpdateMetadata named it.
struct cached_controller_id {
  std::int32_t id = -1;
  bool kraft = false;  // a KRaft controller during a ZooKeeper migration (v8+)
  bool operator==(const cached_controller_id&) const = default;
};

// A partition as the controller last described it (Kafka keeps the
// UpdateMetadataPartitionState itself).
using metadata_partition_state = protocol::update_metadata_request_update_metadata_partition_state;

// One immutable view of the cluster.
struct metadata_snapshot {
  // topic -> partition -> state
  std::map<std::string, std::map<std::int32_t, metadata_partition_state>> partition_states;
  std::map<std::string, protocol::uuid> topic_ids;  // only non-zero ids
  std::optional<cached_controller_id> controller_id;
  std::map<std::int32_t, metadata_broker> alive_brokers;
};

// A partition UpdateMetadata deleted (leader LeaderDuringDelete, -2).
struct deleted_partition {
  std::string topic;
  std::int32_t partition = 0;
  bool operator==(const deleted_partition&) const = default;
};

class metadata_cache {
 public:
  // Kafka's LeaderAndIsr.LeaderDuringDelete: UpdateMetadata's way to say "deleted".
  static constexpr std::int32_t leader_during_delete = -2;

  explicit metadata_cache(std::int32_t broker_id);

  // Applies an UpdateMetadata request of `version` (0-8), as
  // ZkMetadataCache.updateMetadata: the live brokers and the controller are
  // replaced; partition states are merged into the previous ones (none sent:
  // all kept); a state with leader -2 deletes its partition (and the topic and
  // its id with its last partition). Topic ids (v7+) are set when non-zero and
  // dropped when zero. Returns the deleted partitions, in request order, minus
  // any that the same request re-created. Single writer.
  std::vector<deleted_partition> update_metadata(const protocol::update_metadata_request& request,
                                                 std::int16_t version);

  // The current snapshot; hold it for the whole of one answer.
  std::shared_ptr<const metadata_snapshot> snapshot() const;

  // --- Waiting for the cache to change (Kafka's topic purgatory, which
  // UpdateMetadata's handler pokes: DelayedCreatePartitions,
  // DelayedDeleteTopics). update_count() is the number of updates applied;
  // wait_for_update(seen, deadline) returns once an update after `seen` is
  // applied, at `deadline`, or after 100 ms at the latest (callers re-check
  // their condition in a loop). Any thread; resumes on the caller's executor.
  std::uint64_t update_count() const;
  boost::asio::awaitable<void> wait_for_update(std::uint64_t seen,
                                               std::chrono::steady_clock::time_point deadline) const;

  // --- Metadata (ZkMetadataCache.getTopicMetadata): the topics of `topics`
  // that exist, each with its partitions in partition order. A partition
  // whose leader is not alive gets LEADER_NOT_AVAILABLE; one whose leader is
  // alive but lacks `listener` gets LISTENER_NOT_FOUND when
  // error_unavailable_listeners (Metadata v6+) and LEADER_NOT_AVAILABLE
  // otherwise; both with leader id -1. With error_unavailable_endpoints
  // (Metadata v0) replicas and ISR keep only brokers alive on `listener`,
  // and a partition that lost any gets REPLICA_NOT_AVAILABLE.
  std::vector<protocol::metadata_response_metadata_response_topic> topic_metadata(
      const std::set<std::string>& topics, const std::string& listener, bool error_unavailable_endpoints = false,
      bool error_unavailable_listeners = false) const;

  // --- Brokers (Metadata, DescribeCluster).
  bool has_alive_broker(std::int32_t broker_id) const;
  std::vector<metadata_broker> alive_brokers() const;  // by id
  // The live brokers that have `listener`, by id.
  std::vector<metadata_node> alive_broker_nodes(const std::string& listener) const;
  std::optional<metadata_node> alive_broker_node(std::int32_t broker_id, const std::string& listener) const;
  std::optional<cached_controller_id> controller_id() const;
  // The controller id Metadata and DescribeCluster give clients (KafkaApis):
  // the ZooKeeper controller's id; for a KRaft controller, a random live
  // broker (clients cannot reach KRaft controllers); -1 when there is none.
  std::int32_t controller_id_for_clients() const;

  // --- Partitions.
  std::optional<metadata_partition_state> partition_info(const std::string& topic, std::int32_t partition) const;
  std::optional<std::size_t> num_partitions(const std::string& topic) const;
  bool contains(const std::string& topic) const;
  bool contains(const std::string& topic, std::int32_t partition) const;
  std::set<std::string> all_topics() const;
  // ZkMetadataCache.getPartitionLeaderEndpoint: nullopt when the partition is
  // unknown; no_node() when its leader is not alive or lacks `listener`.
  std::optional<metadata_node> partition_leader_endpoint(const std::string& topic, std::int32_t partition,
                                                         const std::string& listener) const;
  // The live replicas of a partition reachable on `listener`, by replica id.
  std::map<std::int32_t, metadata_node> partition_replica_endpoints(const std::string& topic, std::int32_t partition,
                                                                    const std::string& listener) const;

  // --- Topic ids (zero uuid / nullopt when unknown).
  protocol::uuid topic_id(const std::string& topic) const;
  std::optional<std::string> topic_name(const protocol::uuid& id) const;

 private:
  std::int32_t broker_id_;
  mutable std::mutex mutex_;  // guards snapshot_ (the pointer, not the snapshot)
  std::shared_ptr<const metadata_snapshot> snapshot_;
  std::uint64_t updates_ = 0;  // guarded by mutex_
  // Timers of wait_for_update callers, cancelled (on their executors) by the next update.
  mutable std::vector<std::shared_ptr<boost::asio::steady_timer>> waiters_;  // guarded by mutex_
};

}  // namespace gannet::cluster
