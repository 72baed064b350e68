#pragma once
// Topic creation, partition increases and deletion in ZooKeeper mode: Kafka
// 3.9's ZkAdminManager (createTopics, createPartitions, deleteTopics) over
// cluster::admin_zk, which writes Kafka's znodes; the controller does the
// rest. Checks run in Kafka's order with Kafka's codes and messages, so
// kafka-topics.sh prints what it prints against Kafka.
//
// Used by CreateTopics, CreatePartitions, DeleteTopics and Metadata's
// auto-creation (handlers/zk_*.cc). Coroutines on the caller's executor; no
// state of their own: ZooKeeper and the metadata cache are the truth.

#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "broker_state.h"
#include "gannet/cluster/replica_assignment.h"
#include "gannet/protocol/error_code.h"
#include "gannet/protocol/uuid.h"

namespace gannet::broker {

// A topic to create, as CreateTopics (or auto-creation) names it.
struct zk_new_topic {
  std::string name;
  std::int32_t partitions = -1;          // -1: num.partitions
  std::int16_t replication_factor = -1;  // -1: default.replication.factor
  // In the request's order (the znode's JSON follows Properties' order of them).
  std::vector<std::pair<std::string, std::string>> configs;
  std::vector<std::string> null_configs;  // configs sent with a null value
  // Manual assignment (partition index -> brokers), in request order.
  std::vector<std::pair<std::int32_t, std::vector<std::int32_t>>> assignments;
};

// The outcome for one topic. On success, what CreateTopics v5+ reports.
struct zk_topic_outcome {
  protocol::error_code code = protocol::error_code::none;
  std::optional<std::string> message;
  cluster::partition_assignment assignment;  // the topic's partitions (all of them for CreatePartitions)
  protocol::uuid topic_id;                   // set once written
  config::property_map configs;              // the topic's overrides
  bool ok() const { return code == protocol::error_code::none; }
};

// ZkAdminManager.createTopics for one topic: checks, then (unless
// validate_only) /config/topics/<t> and /brokers/topics/<t>.
boost::asio::awaitable<zk_topic_outcome> zk_create_topic(broker_state& s, zk_new_topic t, bool validate_only);

// ZkAdminManager.createPartitions for one topic; `assignments` are the new
// partitions' replicas when the client gave them.
boost::asio::awaitable<zk_topic_outcome> zk_create_partitions(
    broker_state& s, std::string topic, std::int32_t count,
    std::optional<std::vector<std::vector<std::int32_t>>> assignments, bool validate_only);

// AdminZkClient.deleteTopic: /admin/delete_topics/<t> (already marked: success).
boost::asio::awaitable<zk_topic_outcome> zk_delete_topic(broker_state& s, std::string topic);

// DelayedCreatePartitions: waits until every partition of `wanted` has a
// leader in the metadata cache, or `deadline`. Returns the topics that still
// miss one (their answer is REQUEST_TIMED_OUT).
boost::asio::awaitable<std::set<std::string>> zk_wait_for_leaders(broker_state& s,
                                                                  std::map<std::string, std::set<std::int32_t>> wanted,
                                                                  std::chrono::steady_clock::time_point deadline);

// DelayedDeleteTopics: waits until the metadata cache no longer has any of
// `topics`, or `deadline`. Returns those still there.
boost::asio::awaitable<std::set<std::string>> zk_wait_for_deletion(broker_state& s, std::set<std::string> topics,
                                                                   std::chrono::steady_clock::time_point deadline);

// Topic.validate's message (Kafka 3.9's wording), nullopt for a legal name.
std::optional<std::string> topic_name_problem(const std::string& name);

// The live brokers the metadata cache knows, by id, with their racks
// (metadataCache.getAliveBrokers).
std::vector<cluster::broker_metadata> zk_alive_brokers(const broker_state& s);

// True when this broker is the active controller (KafkaController.isActive).
bool zk_is_active_controller(const broker_state& s);

}  // namespace gannet::broker
