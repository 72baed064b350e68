#pragma once
// The admin side of topic changes in ZooKeeper mode (Kafka's AdminZkClient):
// what any broker's CreateTopics / CreatePartitions / DeleteTopics handler
// writes. The controller watches these znodes and does the rest (leaders,
// ISRs, LeaderAndIsr, StopReplica).
//
//   create_topic:   /config/topics/<t> (set or created), then /brokers/topics/<t>
//                   (created; node_exists -> topic_exists), as createTopicWithAssignment.
//   add_partitions: /brokers/topics/<t> rewritten with the new partitions, CAS
//                   on the version read (Kafka writes any version; CAS makes two
//                   concurrent increases fail one instead of losing one).
//   delete_topic:   /admin/delete_topics/<t> created.
//
// Validation is Kafka's validateTopicCreate / validateReplicaAssignment; topic
// name legality and configs are the caller's (config module). Coroutines on
// the caller's executor; no state of their own.

#include <boost/asio/awaitable.hpp>
#include <cstdint>
#include <set>
#include <string>
#include <system_error>

#include "gannet/cluster/replica_assignment.h"
#include "gannet/cluster/zk_client.h"
#include "gannet/cluster/zk_data.h"
#include "gannet/common/result.h"
#include "gannet/protocol/uuid.h"

namespace gannet::cluster {

enum class admin_errc {
  topic_exists = 1,             // TOPIC_ALREADY_EXISTS (also when marked for deletion)
  unknown_topic,                // UNKNOWN_TOPIC_OR_PARTITION
  already_marked_for_deletion,  // Kafka's TopicAlreadyMarkedForDeletionException (DeleteTopics swallows it)
  invalid_replica_assignment,   // INVALID_REPLICA_ASSIGNMENT
  invalid_partitions,           // INVALID_PARTITIONS: not an increase
  broker_not_available,         // BROKER_NOT_AVAILABLE: a replica on no live broker
  concurrent_change,            // the assignment changed while we wrote it: retriable
};
const std::error_category& admin_category();
std::error_code make_error_code(admin_errc e);

// Kafka's validateTopicCreate checks of an assignment: every partition the same
// number of replicas, no duplicate replica, partitions 0..n-1.
result<void> validate_assignment(const partition_assignment& assignment);

boost::asio::awaitable<result<void>> create_topic(zk_client& zk, std::string topic, partition_assignment assignment,
                                                  entity_config config, protocol::uuid topic_id);

// Adds `added` (partition ids from the current count up) to the topic.
// `live_brokers`: every replica must be one (validateReplicaAssignment).
boost::asio::awaitable<result<void>> add_partitions(zk_client& zk, std::string topic, partition_assignment added,
                                                    std::set<std::int32_t> live_brokers);

boost::asio::awaitable<result<void>> delete_topic(zk_client& zk, std::string topic);

}  // namespace gannet::cluster

template <>
struct std::is_error_code_enum<gannet::cluster::admin_errc> : std::true_type {};
