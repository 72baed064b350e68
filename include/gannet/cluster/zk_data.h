#pragma once
// The data of Kafka's znodes (ZooKeeper mode, Kafka 3.9's ZkData.scala): one
// struct per znode, with an encode_* that writes exactly the bytes Kafka 3.9.1
// writes (same JSON field order, no spaces, Jackson's string escapes) and a
// decode_* that accepts every version Kafka 3.9 reads. Paths: zk_paths.h. The
// format of each znode, with real examples: docs/cluster.md, "ZooKeeper layout".
//
// Field order: Kafka builds these JSON objects from Scala and Java hash maps,
// so the order is the maps' iteration order; the encoders reproduce it
// (src/cluster/zk_data/jvm_map_order.h), and the golden files in
// tests/cluster/data/zk/ (captured from Kafka 3.9.1) check it.
//
// Decoders never throw: malformed JSON, a missing field, a field of the wrong
// type or an unsupported version is a zk_data_errc. Pure functions; safe from
// any thread.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/protocol/uuid.h"

namespace gannet::cluster {

enum class zk_data_errc {
  malformed_json = 1,   // not JSON (or not the plain integer /controller_epoch holds)
  not_an_object,        // JSON, but not the object the znode holds
  missing_field,        // a field Kafka requires is absent
  wrong_type,           // a field has a type Kafka does not accept there
  unsupported_version,  // a version Kafka 3.9 does not read
  invalid_value,        // a value Kafka rejects (bad endpoint, unknown security protocol, bad uuid, ...)
};
const std::error_category& zk_data_category();
std::error_code make_error_code(zk_data_errc e);

// ---------------------------------------------------------------------------
// /brokers/ids/<id> (ephemeral, written by each broker at start-up).
// Versions read: 1 (host/port only), 2 (endpoints), 3 (rack), 4 (listener
// security protocol map), 5 (features). Kafka 3.9 writes 5.

// One advertised listener, as Kafka's EndPoint ("NAME://host:port").
struct broker_endpoint {
  std::string listener_name;  // upper case, as Kafka normalises it
  std::string host;           // empty: Kafka's null host (the wildcard address)
  std::int32_t port = -1;
  std::string security_protocol;  // PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL

  bool operator==(const broker_endpoint&) const = default;
};

// A supported feature's range (Kafka's SupportedVersionRange).
struct supported_version_range {
  std::int16_t min_version = 0;
  std::int16_t max_version = 0;

  bool operator==(const supported_version_range&) const = default;
};

struct broker_registration {
  std::int32_t id = -1;  // from the path; not in the JSON
  std::vector<broker_endpoint> endpoints;
  // As read (v4+). The encoder writes the map Kafka derives from `endpoints`
  // (listener name -> security protocol) and ignores this field.
  std::vector<std::pair<std::string, std::string>> listener_security_protocol_map;
  std::optional<std::string> rack;  // written from version 3
  std::int32_t jmx_port = -1;
  // Milliseconds since the epoch when the broker registered (Kafka writes it
  // as a JSON string and never reads it back); -1 when absent or unreadable.
  std::int64_t timestamp = -1;
  std::map<std::string, supported_version_range> features;  // written from version 5
  std::int32_t version = 5;

  bool operator==(const broker_registration&) const = default;
};

// Writes the given version's layout (2 to 5; Kafka 3.9 writes 5): the
// top-level host/port are the first PLAINTEXT endpoint's (null/-1 without one).
std::string encode_broker_registration(const broker_registration& broker);
result<broker_registration> decode_broker_registration(std::int32_t id, std::string_view data);

// "NAME://host:port" as Kafka writes an endpoint ("[v6addr]:port" for IPv6 hosts).
std::string endpoint_connection_string(const broker_endpoint& endpoint);

// ---------------------------------------------------------------------------
// /brokers/topics/<topic> (persistent, written by the admin path that creates
// the topic and by the controller during reassignments). Versions read: 1
// (partitions), 2 (topic_id), 3 (adding/removing replicas); Kafka 3.9 writes 3.

struct replica_assignment {
  std::vector<std::int32_t> replicas;
  std::vector<std::int32_t> adding_replicas;    // replicas a reassignment adds
  std::vector<std::int32_t> removing_replicas;  // replicas a reassignment removes

  bool operator==(const replica_assignment&) const = default;
};

struct topic_assignment {
  std::map<std::int32_t, replica_assignment> partitions;
  std::optional<protocol::uuid> topic_id;  // absent before Kafka 2.8 (version 1)
  std::int32_t version = 3;                // as read; the encoder always writes 3

  bool operator==(const topic_assignment&) const = default;
};

std::string encode_topic_assignment(const topic_assignment& assignment);
result<topic_assignment> decode_topic_assignment(std::string_view data);

// ---------------------------------------------------------------------------
// /brokers/topics/<topic>/partitions/<p>/state (persistent, written by the
// controller, then by the leader's AlterPartition through the controller).
// Compare-and-set on zk_version fences stale writers.

enum class leader_recovery_state : std::int8_t { recovered = 0, recovering = 1 };

struct partition_state {
  std::int32_t leader = -1;  // -1: no leader
  std::int32_t leader_epoch = 0;
  std::vector<std::int32_t> isr;
  std::int32_t controller_epoch = 0;
  leader_recovery_state leader_recovery = leader_recovery_state::recovered;
  std::int32_t version = 1;     // the JSON's version (Kafka writes 1)
  std::int32_t zk_version = 0;  // the znode's data version (stat.version), Kafka's partition epoch

  bool operator==(const partition_state&) const = default;
};

// leader_recovery_state is written only when it is not RECOVERED, as Kafka does.
std::string encode_partition_state(const partition_state& state);
result<partition_state> decode_partition_state(std::string_view data, std::int32_t zk_version);

// ---------------------------------------------------------------------------
// /controller (ephemeral, written by the broker that wins the election).
// Version 1 had no kraftControllerEpoch; Kafka 3.9 writes version 2 with -1
// (a KRaft controller in migration mode writes its epoch there).

struct controller_registration {
  std::int32_t brokerid = -1;
  std::int64_t timestamp = -1;  // ms since the epoch, a JSON string; -1 when absent
  std::optional<std::int32_t> kraft_controller_epoch;
  std::int32_t version = 2;

  bool operator==(const controller_registration&) const = default;
};

// Writes version 2; an absent kraft_controller_epoch is written as -1.
std::string encode_controller(const controller_registration& controller);
result<controller_registration> decode_controller(std::string_view data);

// /controller_epoch (persistent): the epoch as a decimal string ("1").
std::string encode_controller_epoch(std::int32_t epoch);
result<std::int32_t> decode_controller_epoch(std::string_view data);

// ---------------------------------------------------------------------------
// /cluster/id (persistent, written once by the first broker):
// {"version":"1","id":"<22-character base64 uuid>"}.

struct cluster_id_znode {
  std::string id;
  bool operator==(const cluster_id_znode&) const = default;
};

std::string encode_cluster_id(const cluster_id_znode& cluster);
result<cluster_id_znode> decode_cluster_id(std::string_view data);

// ---------------------------------------------------------------------------
// /config/<entity type>/<entity> (persistent, written by the admin path:
// CreateTopics, AlterConfigs, kafka-configs): {"version":1,"config":{...}}.

struct entity_config {
  // In insertion order: Kafka fills a java.util.Properties in this order
  // (CreateTopics: the request's order; an alteration: the entries as read,
  // then the changes), and the encoder writes the order that Properties
  // iterates in. Not modelled: a Properties that once held 12 or more entries
  // keeps its larger table after removals, so an alteration that shrinks a
  // config below 12 entries may order it differently from Kafka.
  std::vector<std::pair<std::string, std::string>> config;
  std::int32_t version = 1;  // as read; the encoder always writes 1

  bool operator==(const entity_config&) const = default;
};

std::string encode_entity_config(const entity_config& config);
// Empty data (a znode created without data) is an empty config, as Kafka reads it;
// a "config" that is not an object is no config, as in Kafka.
result<entity_config> decode_entity_config(std::string_view data);

// /config/changes/config_change_<seq> (persistent sequential, written after
// every config change so brokers re-read the entity). Version 2 names the
// sanitized entity path ("topics/events", "brokers/<default>",
// "users/alice/clients/app"); version 1 named entity_type and entity_name.
struct config_change_notification {
  std::int32_t version = 2;
  std::string entity_path;  // version 2
  std::string entity_type;  // version 1 ("topics" or "clients")
  std::string entity_name;  // version 1

  bool operator==(const config_change_notification&) const = default;
};

// Writes version 2.
std::string encode_config_change(std::string_view entity_path);
result<config_change_notification> decode_config_change(std::string_view data);

// /admin/delete_topics/<topic> (persistent, written by DeleteTopics, removed
// by the controller once the topic is gone) has no data: the child's name is
// the topic.

// ---------------------------------------------------------------------------
// A partition named in the notification and admin znodes below.
struct topic_partition_ref {
  std::string topic;
  std::int32_t partition = 0;

  bool operator==(const topic_partition_ref&) const = default;
};

// /admin/reassign_partitions (persistent, the pre-2.4 way to start a
// reassignment; the controller reads it and deletes it):
// {"version":1,"partitions":[{"topic":..,"partition":..,"replicas":[..]}]}.
struct partition_reassignment {
  topic_partition_ref partition;
  std::vector<std::int32_t> replicas;

  bool operator==(const partition_reassignment&) const = default;
};
// Partitions in the given order (Kafka writes its map's order).
std::string encode_reassignment(const std::vector<partition_reassignment>& reassignment);
result<std::vector<partition_reassignment>> decode_reassignment(std::string_view data);

// /isr_change_notification/isr_change_<seq> (persistent sequential, written
// by brokers below inter.broker.protocol 2.7, read by the controller) and
// /admin/preferred_replica_election: {"version":1,"partitions":[{"topic":..,"partition":..}]}.
// The encoders take the partitions as a set in insertion order and write the
// order Kafka's Scala Set iterates in.
std::string encode_isr_change_notification(const std::vector<topic_partition_ref>& partitions);
result<std::vector<topic_partition_ref>> decode_isr_change_notification(std::string_view data);
std::string encode_preferred_replica_election(const std::vector<topic_partition_ref>& partitions);
result<std::vector<topic_partition_ref>> decode_preferred_replica_election(std::string_view data);

// /log_dir_event_notification/log_dir_event_<seq> (persistent sequential,
// written by a broker whose log directory failed): {"version":1,"broker":N,"event":1}.
std::string encode_log_dir_event(std::int32_t broker_id);
result<std::int32_t> decode_log_dir_event(std::string_view data);  // the broker id

// ---------------------------------------------------------------------------
// /latest_producer_id_block (persistent, written by the controller that hands
// out producer id blocks; compare-and-set on its version).
struct producer_id_block {
  std::int32_t version = 1;
  std::int32_t broker = -1;      // the broker the block was given to
  std::int64_t block_start = 0;  // first producer id of the block
  std::int64_t block_end = 0;    // last producer id of the block (inclusive)

  bool operator==(const producer_id_block&) const = default;
};
std::string encode_producer_id_block(const producer_id_block& block);
// Empty data (the znode as created at start-up) is malformed_json: the caller
// treats it as "no block handed out yet", as Kafka does.
result<producer_id_block> decode_producer_id_block(std::string_view data);

// ---------------------------------------------------------------------------
// /feature (persistent, written by the controller, KIP-584): the finalized
// features. Version 1 wrote min_version_level too; Kafka 3.9 writes 2.
enum class feature_znode_status : std::int32_t { disabled = 0, enabled = 1 };
struct feature_znode {
  std::int32_t version = 2;
  feature_znode_status status = feature_znode_status::enabled;
  // Feature name -> finalized max version level, in insertion order.
  std::vector<std::pair<std::string, std::int16_t>> features;

  bool operator==(const feature_znode&) const = default;
};
std::string encode_feature_znode(const feature_znode& feature);
result<feature_znode> decode_feature_znode(std::string_view data);

// ---------------------------------------------------------------------------
// Kafka's text form of a Uuid: URL-safe base64 of the 16 bytes, no padding.
std::string uuid_to_string(const protocol::uuid& id);
// Accepts what Kafka's Uuid.fromString accepts (22 characters, or 24 ending "==").
result<protocol::uuid> uuid_from_string(std::string_view text);

}  // namespace gannet::cluster

template <>
struct std::is_error_code_enum<gannet::cluster::zk_data_errc> : std::true_type {};
