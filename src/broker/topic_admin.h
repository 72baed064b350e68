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

// Deletes the topic: its metadata, then its partitions' logs (each on its
// partition's strand, after the work queued there).
std::optional<topic_error> delete_topic(broker_state& s, const std::string& name);

// Adds partitions up to `count` (CreatePartitions; a decrease is refused).
std::optional<topic_error> add_partitions(broker_state& s, const std::string& name, std::int32_t count,
                                          bool validate_only);

}  // namespace gannet::broker
