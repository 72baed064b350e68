// The znodes that list partitions: /admin/reassign_partitions
// (ReassignPartitionsZNode), /isr_change_notification/isr_change_<seq>
// (IsrChangeNotificationSequenceZNode), /admin/preferred_replica_election
// (PreferredReplicaElectionZNode) and /log_dir_event_notification/log_dir_event_<seq>
// (ZkData.scala, 3.9).
#include "gannet/cluster/zk_data.h"
#include "json_in.h"
#include "json_out.h"
#include "jvm_map_order.h"

namespace gannet::cluster {
namespace {

// Kafka maps the Set of partitions to a Set of Map("topic" -> t, "partition" -> p).asJava;
// the hashCode of such a java.util.Map is the sum of key.hashCode ^ value.hashCode.
std::int32_t partition_map_hash(const topic_partition_ref& tp) {
  auto h =
      static_cast<std::uint32_t>(jvm_map_order::java_string_hash("topic") ^ jvm_map_order::java_string_hash(tp.topic)) +
      static_cast<std::uint32_t>(jvm_map_order::java_string_hash("partition") ^ tp.partition);
  return static_cast<std::int32_t>(h);
}

std::string encode_partition_set(const std::vector<topic_partition_ref>& partitions) {
  std::vector<std::int32_t> hashes;
  for (const auto& tp : partitions)
    hashes.push_back(partition_map_hash(tp));
  std::vector<std::string> items;
  for (auto i : jvm_map_order::scala_immutable_by_hash(hashes)) {
    items.push_back(json_out::object(
        {{"topic", json_out::string(partitions[i].topic)}, {"partition", json_out::number(partitions[i].partition)}}));
  }
  return json_out::object({{"version", json_out::number(1)}, {"partitions", json_out::array(items)}});
}

result<topic_partition_ref> decode_partition(const boost::json::value& v) {
  if (!v.is_object()) return make_error_code(zk_data_errc::wrong_type);
  auto topic = json_in::required_string(v.as_object(), "topic");
  if (!topic) return topic.error();
  auto partition = json_in::required_int32(v.as_object(), "partition");
  if (!partition) return partition.error();
  return topic_partition_ref{std::move(*topic), *partition};
}

result<const boost::json::array*> partitions_array(const boost::json::object& o) {
  auto it = o.find("partitions");
  if (it == o.end()) return make_error_code(zk_data_errc::missing_field);
  if (!it->value().is_array()) return make_error_code(zk_data_errc::wrong_type);
  return &it->value().as_array();
}

result<std::vector<topic_partition_ref>> decode_partition_set(std::string_view data) {
  auto o = json_in::parse_object(data);
  if (!o) return o.error();
  auto array = partitions_array(*o);
  if (!array) return array.error();
  std::vector<topic_partition_ref> out;
  for (const auto& v : **array) {
    auto tp = decode_partition(v);
    if (!tp) return tp.error();
    out.push_back(std::move(*tp));
  }
  return out;
}

}  // namespace

std::string encode_reassignment(const std::vector<partition_reassignment>& reassignment) {
  // Jackson writes the bean LegacyPartitionAssignment(version, partitions) and
  // each ReplicaAssignment(topic, partition, replicas) in declaration order.
  std::vector<std::string> items;
  for (const auto& r : reassignment) {
    items.push_back(json_out::object({{"topic", json_out::string(r.partition.topic)},
                                      {"partition", json_out::number(r.partition.partition)},
                                      {"replicas", json_out::int_array(r.replicas)}}));
  }
  return json_out::object({{"version", json_out::number(1)}, {"partitions", json_out::array(items)}});
}

result<std::vector<partition_reassignment>> decode_reassignment(std::string_view data) {
  auto o = json_in::parse_object(data);
  if (!o) return o.error();
  auto array = partitions_array(*o);
  if (!array) return array.error();
  std::vector<partition_reassignment> out;
  for (const auto& v : **array) {
    auto tp = decode_partition(v);
    if (!tp) return tp.error();
    auto it = v.as_object().find("replicas");
    if (it == v.as_object().end()) return make_error_code(zk_data_errc::missing_field);
    auto replicas = json_in::to_int32_array(it->value());
    if (!replicas) return replicas.error();
    out.push_back({std::move(*tp), std::move(*replicas)});
  }
  return out;
}

std::string encode_isr_change_notification(const std::vector<topic_partition_ref>& partitions) {
  return encode_partition_set(partitions);
}
result<std::vector<topic_partition_ref>> decode_isr_change_notification(std::string_view data) {
  return decode_partition_set(data);
}
std::string encode_preferred_replica_election(const std::vector<topic_partition_ref>& partitions) {
  return encode_partition_set(partitions);
}
result<std::vector<topic_partition_ref>> decode_preferred_replica_election(std::string_view data) {
  return decode_partition_set(data);
}

std::string encode_log_dir_event(std::int32_t broker_id) {
  // Event 1 is LogDirFailureEvent, the only one.
  return json_out::object(
      {{"version", json_out::number(1)}, {"broker", json_out::number(broker_id)}, {"event", json_out::number(1)}});
}

result<std::int32_t> decode_log_dir_event(std::string_view data) {
  auto o = json_in::parse_object(data);
  if (!o) return o.error();
  return json_in::required_int32(*o, "broker");
}

}  // namespace gannet::cluster
