// /brokers/topics/<topic>: Kafka's TopicZNode (ZkData.scala, 3.9).
#include <boost/json/object.hpp>

#include "gannet/cluster/zk_data.h"
#include "json_in.h"
#include "json_out.h"
#include "jvm_map_order.h"

namespace gannet::cluster {
namespace {

// A mutable.Map[String, List[Int]] filled by += from empty, as TopicZNode.encode builds each of its three maps.
std::string partition_map(const json_out::members& m) {
  auto table = jvm_map_order::scala_mutable_hash_map_table_size(0, m.size());
  return json_out::object(m, jvm_map_order::scala_mutable_hash_map(json_out::keys(m), table));
}

result<const boost::json::object*> replicas_object(const boost::json::object& o, std::string_view key) {
  auto it = o.find(boost::json::string_view(key.data(), key.size()));
  if (it == o.end()) return static_cast<const boost::json::object*>(nullptr);
  if (!it->value().is_object()) return make_error_code(zk_data_errc::wrong_type);
  return &it->value().as_object();
}

// The replicas of `partition` in an adding/removing map; none when absent.
result<std::vector<std::int32_t>> replicas_of(const boost::json::object* map, std::string_view partition) {
  if (!map) return std::vector<std::int32_t>{};
  auto it = map->find(boost::json::string_view(partition.data(), partition.size()));
  if (it == map->end()) return std::vector<std::int32_t>{};
  return json_in::to_int32_array(it->value());
}

}  // namespace

std::string encode_topic_assignment(const topic_assignment& assignment) {
  json_out::members replicas, adding, removing;
  for (const auto& [partition, a] : assignment.partitions) {
    auto key = std::to_string(partition);
    replicas.emplace_back(key, json_out::int_array(a.replicas));
    if (!a.adding_replicas.empty()) adding.emplace_back(key, json_out::int_array(a.adding_replicas));
    if (!a.removing_replicas.empty()) removing.emplace_back(key, json_out::int_array(a.removing_replicas));
  }
  json_out::members m = {
      {"version", json_out::number(3)},
      {"partitions", partition_map(replicas)},
      {"adding_replicas", partition_map(adding)},
      {"removing_replicas", partition_map(removing)},
  };
  if (assignment.topic_id) m.emplace_back("topic_id", json_out::string(uuid_to_string(*assignment.topic_id)));
  auto table = jvm_map_order::scala_mutable_hash_map_table_size(4, m.size());
  return json_out::object(m, jvm_map_order::scala_mutable_hash_map(json_out::keys(m), table));
}

result<topic_assignment> decode_topic_assignment(std::string_view data) {
  auto o = json_in::parse_object(data);
  if (!o) return o.error();
  topic_assignment t;
  // Kafka never reads the version; 0 here means it was absent or not an int.
  auto version = json_in::optional_int32(*o, "version");
  t.version = version && *version ? **version : 0;

  if (auto it = o->find("topic_id"); it != o->end()) {
    if (!it->value().is_string()) return make_error_code(zk_data_errc::wrong_type);
    const auto& text = it->value().as_string();
    auto id = uuid_from_string(std::string_view(text.data(), text.size()));
    if (!id) return id.error();
    t.topic_id = *id;
  }
  auto adding = replicas_object(*o, "adding_replicas");
  if (!adding) return adding.error();
  auto removing = replicas_object(*o, "removing_replicas");
  if (!removing) return removing.error();
  auto partitions = replicas_object(*o, "partitions");
  if (!partitions) return partitions.error();
  if (!*partitions) return t;  // Kafka reads a missing map as no partitions

  for (const auto& [key, replicas] : **partitions) {
    std::string_view name(key.data(), key.size());
    auto partition = json_in::parse_java_int(name);
    if (!partition) return make_error_code(zk_data_errc::invalid_value);
    replica_assignment a;
    auto r = json_in::to_int32_array(replicas);
    if (!r) return r.error();
    a.replicas = std::move(*r);
    auto add = replicas_of(*adding, name);
    if (!add) return add.error();
    a.adding_replicas = std::move(*add);
    auto remove = replicas_of(*removing, name);
    if (!remove) return remove.error();
    a.removing_replicas = std::move(*remove);
    t.partitions[*partition] = std::move(a);
  }
  return t;
}

}  // namespace gannet::cluster
