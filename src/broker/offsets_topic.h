#pragma once
// The internal topic __consumer_offsets: its name, what Kafka creates it with,
// and creating it on first use.
//
// When: Kafka creates it lazily, the first time a client looks for a group
// coordinator (FindCoordinator) or names it in a Metadata request with
// auto-creation allowed; a broker that never sees a group never has it. Gannet
// does the same: ensure_offsets_topic() runs from FindCoordinator and before
// the group store's first write.
//
// With: offsets.topic.num.partitions partitions, cleanup.policy=compact,
// segment.bytes=offsets.topic.segment.bytes and compression.type=producer (the
// records carry offsets.topic.compression.codec themselves), as Kafka 3.9's
// GroupCoordinator.groupMetadataTopicConfigs. Replication factor 1: a
// standalone broker is the only replica (docs/compatibility.md: Kafka with
// one broker and the default offsets.topic.replication.factor=3 refuses to
// create it and answers COORDINATOR_NOT_AVAILABLE forever).
//
// In ZooKeeper mode the topic is created in ZooKeeper as Kafka's
// AutoTopicCreationManager does from FindCoordinator (create_offsets_topic_in_zk):
// offsets.topic.replication.factor replicas over the live brokers (fewer live
// brokers: refused, as Kafka's InvalidReplicationFactorException, and
// FindCoordinator keeps answering COORDINATOR_NOT_AVAILABLE), the same configs;
// the controller then elects its leaders.
//
// Like Kafka 3.9 (ZooKeeper mode), the topic is not protected from the admin
// APIs: DeleteTopics deletes it, CreatePartitions adds partitions, and
// CreateTopics names it TOPIC_ALREADY_EXISTS (or creates it when absent).
// Metadata reports it, and __transaction_state, with is_internal=true by name
// (Kafka's Topic.isInternal).

#include <boost/asio/awaitable.hpp>
#include <optional>
#include <string_view>

#include "broker_state.h"
#include "topic_admin.h"

namespace gannet::broker {

inline constexpr std::string_view offsets_topic_name = "__consumer_offsets";
inline constexpr std::string_view transaction_state_topic_name = "__transaction_state";

bool is_internal_topic(std::string_view name);

// What Kafka 3.9 creates __consumer_offsets with (see above).
new_topic offsets_topic_spec(const broker_state& s);

// The topic, created when missing. On broker_state::control_strand only (it
// may create the topic). An error when it cannot be created.
std::variant<topic_info, topic_error> ensure_offsets_topic(broker_state& s);

// ZooKeeper mode: writes the topic's config and assignment to ZooKeeper
// (admin_zk.h create_topic), once at a time per process (Kafka's
// inflightTopics: a call while one runs does nothing). Failures are logged.
boost::asio::awaitable<void> create_offsets_topic_in_zk(broker_state& s);

}  // namespace gannet::broker
