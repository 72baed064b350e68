// /cluster/id: Kafka's ClusterIdZNode (ZkData.scala, 3.9).
#include "gannet/cluster/zk_data.h"
#include "json_in.h"
#include "json_out.h"

namespace gannet::cluster {

std::string encode_cluster_id(const cluster_id_znode& cluster) {
  // The version is the JSON string "1" (Map("version" -> "1", ...)).
  return json_out::object({{"version", json_out::string("1")}, {"id", json_out::string(cluster.id)}});
}

result<cluster_id_znode> decode_cluster_id(std::string_view data) {
  auto o = json_in::parse_object(data);
  if (!o) return o.error();
  auto id = json_in::required_string(*o, "id");
  if (!id) return id.error();
  return cluster_id_znode{std::move(*id)};
}

}  // namespace gannet::cluster
