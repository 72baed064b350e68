#pragma once
// Kafka's ZooKeeper paths (ZooKeeper mode, Kafka 3.9: core/.../kafka/zk/ZkData.scala).
// Every znode the brokers, the controller and the admin tools share is named
// here and nowhere else; docs/cluster.md ("ZooKeeper layout") says who writes
// each one and what its data looks like.
//
// Paths are relative to the chroot of `zookeeper.connect` (the zk_client strips
// and adds it). Topic names are Kafka-legal ([a-zA-Z0-9._-]) and are used
// unescaped, as Kafka does; config entity names are sanitized by the caller
// (Kafka's Sanitizer, e.g. "<default>" for the default entity).

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace gannet::cluster::zk_paths {

// Top-level and fixed znodes.
inline constexpr std::string_view admin = "/admin";
inline constexpr std::string_view brokers = "/brokers";
inline constexpr std::string_view broker_ids = "/brokers/ids";
inline constexpr std::string_view broker_topics = "/brokers/topics";
inline constexpr std::string_view broker_seqid = "/brokers/seqid";
inline constexpr std::string_view cluster = "/cluster";
inline constexpr std::string_view cluster_id = "/cluster/id";
inline constexpr std::string_view config = "/config";
inline constexpr std::string_view config_changes = "/config/changes";
inline constexpr std::string_view consumers = "/consumers";  // the pre-0.9 consumer's root
inline constexpr std::string_view controller = "/controller";
inline constexpr std::string_view controller_epoch = "/controller_epoch";
inline constexpr std::string_view delete_topics = "/admin/delete_topics";
inline constexpr std::string_view reassign_partitions = "/admin/reassign_partitions";
inline constexpr std::string_view preferred_replica_election = "/admin/preferred_replica_election";
inline constexpr std::string_view isr_change_notification = "/isr_change_notification";
inline constexpr std::string_view log_dir_event_notification = "/log_dir_event_notification";
inline constexpr std::string_view latest_producer_id_block = "/latest_producer_id_block";
inline constexpr std::string_view feature = "/feature";
inline constexpr std::string_view migration = "/migration";
inline constexpr std::string_view delegation_token = "/delegation_token";
inline constexpr std::string_view kafka_acl = "/kafka-acl";
inline constexpr std::string_view kafka_acl_changes = "/kafka-acl-changes";
inline constexpr std::string_view kafka_acl_extended = "/kafka-acl-extended";
inline constexpr std::string_view kafka_acl_extended_changes = "/kafka-acl-extended-changes";

// Prefixes of the sequential children (ZooKeeper appends a 10-digit counter).
inline constexpr std::string_view config_change_prefix = "config_change_";
inline constexpr std::string_view isr_change_prefix = "isr_change_";
inline constexpr std::string_view log_dir_event_prefix = "log_dir_event_";

// Config entity types (Kafka's ConfigType), the children of /config.
inline constexpr std::string_view config_type_topics = "topics";
inline constexpr std::string_view config_type_clients = "clients";
inline constexpr std::string_view config_type_users = "users";
inline constexpr std::string_view config_type_brokers = "brokers";
inline constexpr std::string_view config_type_ips = "ips";
// The sanitized name of the default entity (/config/brokers/<default>).
inline constexpr std::string_view default_entity = "<default>";

// The persistent paths a Kafka 3.9 broker makes sure exist when it starts
// (ZkData.PersistentZkPaths, created by KafkaZkClient.createTopLevelPaths with
// no data), in Kafka's order. Parents are created as needed.
inline constexpr std::array<std::string_view, 14> persistent_paths = {
    consumers,
    broker_ids,
    broker_topics,
    config_changes,
    delete_topics,
    broker_seqid,
    isr_change_notification,
    latest_producer_id_block,
    log_dir_event_notification,
    "/config/topics",
    "/config/clients",
    "/config/users",
    "/config/brokers",
    "/config/ips",
};

// /brokers/ids/<id>: the broker's ephemeral registration.
inline std::string broker_id_path(std::int32_t broker_id) {
  return std::string(broker_ids) + "/" + std::to_string(broker_id);
}
// /brokers/topics/<topic>: the replica assignment and topic id.
inline std::string topic_path(std::string_view topic) { return std::string(broker_topics) + "/" + std::string(topic); }
// /brokers/topics/<topic>/partitions
inline std::string topic_partitions_path(std::string_view topic) { return topic_path(topic) + "/partitions"; }
// /brokers/topics/<topic>/partitions/<partition>
inline std::string topic_partition_path(std::string_view topic, std::int32_t partition) {
  return topic_partitions_path(topic) + "/" + std::to_string(partition);
}
// /brokers/topics/<topic>/partitions/<partition>/state: leader, epoch, ISR.
inline std::string partition_state_path(std::string_view topic, std::int32_t partition) {
  return topic_partition_path(topic, partition) + "/state";
}
// /config/<entity type>
inline std::string config_entity_type_path(std::string_view entity_type) {
  return std::string(config) + "/" + std::string(entity_type);
}
// /config/<entity type>/<sanitized entity name>
inline std::string config_entity_path(std::string_view entity_type, std::string_view entity_name) {
  return config_entity_type_path(entity_type) + "/" + std::string(entity_name);
}
// /config/topics/<topic>
inline std::string topic_config_path(std::string_view topic) { return config_entity_path(config_type_topics, topic); }
// /config/brokers/<id>
inline std::string broker_config_path(std::int32_t broker_id) {
  return config_entity_path(config_type_brokers, std::to_string(broker_id));
}
// /config/brokers/<default>: the cluster-wide dynamic broker defaults.
inline std::string default_broker_config_path() { return config_entity_path(config_type_brokers, default_entity); }
// /config/changes/config_change_: the path given to a persistent_sequential create.
inline std::string config_change_create_path() {
  return std::string(config_changes) + "/" + std::string(config_change_prefix);
}
// /admin/delete_topics/<topic>: a pending deletion.
inline std::string delete_topic_path(std::string_view topic) {
  return std::string(delete_topics) + "/" + std::string(topic);
}
// /isr_change_notification/isr_change_<sequence>; an empty sequence gives
// the path to pass to a persistent_sequential create.
inline std::string isr_change_notification_path(std::string_view sequence = {}) {
  return std::string(isr_change_notification) + "/" + std::string(isr_change_prefix) + std::string(sequence);
}
// /log_dir_event_notification/log_dir_event_<sequence>
inline std::string log_dir_event_notification_path(std::string_view sequence = {}) {
  return std::string(log_dir_event_notification) + "/" + std::string(log_dir_event_prefix) + std::string(sequence);
}
// The sequence number of a sequential child's name or path ("isr_change_0000000003" -> "0000000003"),
// as Kafka's sequenceNumber: what follows the last occurrence of the prefix.
inline std::string_view sequence_number(std::string_view path, std::string_view prefix) {
  auto at = path.rfind(prefix);
  return at == std::string_view::npos ? path : path.substr(at + prefix.size());
}

}  // namespace gannet::cluster::zk_paths
