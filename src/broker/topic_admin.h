#pragma once
// Creating and deleting topics, shared by CreateTopics, DeleteTopics, Metadata
// (auto-creation) and CreatePartitions. Errors carry Kafka's codes and Kafka's
// wording (ZooKeeper-mode 3.9), so admin tools print what they print for Kafka.
//
// Every function here runs on broker_state::control_strand (it does file I/O
// and must not race another topic change); handlers reach it with run_on().

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "broker_state.h"
#include "gannet/protocol/error_code.h"

namespace gannet::broker {

struct topic_error {
  protocol::error_code code = protocol::error_code::none;
  std::string message;
};

struct new_topic {
  std::string name;
  std::int32_t partitions = -1;          // -1: num.partitions
  std::int16_t replication_factor = -1;  // -1: default.replication.factor
  config::property_map configs;
  bool has_assignments = false;  // manual replica assignments (with one broker: only [this broker])
  bool internal = false;
};

// Name rules (Kafka's Topic.validate); nullopt when legal.
std::optional<topic_error> validate_topic_name(const std::string& name);

// Checks and, unless validate_only, creates the topic and its partitions' logs.
std::variant<topic_info, topic_error> create_topic(broker_state& s, new_topic t, bool validate_only);

// Deletes the topic's metadata and takes its partitions out of service. Their
// logs are removed by remove_partition_log() on each partition's strand, after
// the work queued there: the caller awaits that before answering, so a client
// that recreates the topic after the answer never gets the old log back (the
// log manager would hand the still-registered log to the new partition, and
// the late removal would delete it under the new topic).
std::optional<topic_error> delete_topic(broker_state& s, const std::string& name,
                                        std::vector<std::shared_ptr<partition>>& removed);

// On p's strand: marks it deleted and removes its log. Returns true.
bool remove_partition_log(broker_state& s, partition& p);

// Adds partitions up to `count` (CreatePartitions; a decrease is refused).
// `assignments`, when given, holds the replicas of each new partition, checked
// as Kafka's ZkAdminManager.createPartitions does (with one broker, each can
// only be [this broker]).
std::optional<topic_error> add_partitions(
    broker_state& s, const std::string& name, std::int32_t count, bool validate_only,
    const std::optional<std::vector<std::vector<std::int32_t>>>& assignments = {});

// Replaces a topic's per-topic overrides (AlterConfigs, IncrementalAlterConfigs
// after the ops were applied and validated): persists them, then applies the
// resulting log config to the topic's live logs, each on its partition's strand.
std::optional<topic_error> set_topic_overrides(broker_state& s, const std::string& name,
                                               config::property_map overrides);

// Dynamic broker configs: the per-broker layer (resource "<broker id>") and
// the cluster-default layer (resource ""), persisted in
// <metadata dir>/dynamic-broker.properties and dynamic-default-broker.properties.
// load_dynamic_broker_configs runs once at start-up, before topics' log configs
// are computed.
void load_dynamic_broker_configs(broker_state& s);

// Kafka's DynamicBrokerConfig.validate for a layer's new content: read-only
// keys ("Cannot update these configs dynamically: Set(...)") and values.
std::optional<topic_error> validate_dynamic_broker_configs(const broker_state& s, const config::property_map& values);

// The order in which Kafka 3.9 iterates a java.util.Properties holding `keys`
// (so messages that list keys list them as Kafka does).
std::vector<std::string> java_properties_order(std::vector<std::string> keys);

// Replaces one layer, persists it and re-applies every topic's log config.
std::optional<topic_error> set_dynamic_broker_configs(broker_state& s, bool per_broker, config::property_map values);

}  // namespace gannet::broker
