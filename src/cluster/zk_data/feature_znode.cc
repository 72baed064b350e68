// /feature: Kafka's FeatureZNode (ZkData.scala, 3.9, KIP-584).
#include "gannet/cluster/zk_data.h"
#include "json_in.h"
#include "json_out.h"
#include "jvm_map_order.h"

namespace gannet::cluster {

std::string encode_feature_znode(const feature_znode& feature) {
  // features.map(...) is an immutable Map (insertion order up to four
  // features); each level map is Map(max_version_level[, min_version_level]).
  json_out::members features;
  for (const auto& [name, level] : feature.features) {
    json_out::members levels = {{"max_version_level", json_out::number(level)}};
    if (feature.version == 1) levels.emplace_back("min_version_level", json_out::number(level));
    features.emplace_back(name, json_out::object(levels));
  }
  // The top level is a mutable.Map of three entries: features, version, status.
  json_out::members m = {
      {"version", json_out::number(feature.version)},
      {"status", json_out::number(static_cast<std::int32_t>(feature.status))},
      {"features", json_out::object(features, jvm_map_order::scala_immutable_map(json_out::keys(features)))},
  };
  auto table = jvm_map_order::scala_mutable_hash_map_table_size(3, m.size());
  return json_out::object(m, jvm_map_order::scala_mutable_hash_map(json_out::keys(m), table));
}

result<feature_znode> decode_feature_znode(std::string_view data) {
  auto o = json_in::parse_object(data);
  if (!o) return o.error();
  feature_znode f;
  auto version = json_in::required_int32(*o, "version");
  if (!version) return version.error();
  if (*version < 1 || *version > 2) return make_error_code(zk_data_errc::unsupported_version);
  f.version = *version;
  auto status = json_in::optional_int32(*o, "status");
  if (!status) return status.error();
  if (!*status) return make_error_code(zk_data_errc::missing_field);
  if (**status != 0 && **status != 1) return make_error_code(zk_data_errc::invalid_value);
  f.status = static_cast<feature_znode_status>(**status);
  auto it = o->find("features");
  if (it == o->end() || it->value().is_null()) return make_error_code(zk_data_errc::missing_field);
  if (!it->value().is_object()) return make_error_code(zk_data_errc::wrong_type);
  for (const auto& [name, levels] : it->value().as_object()) {
    if (!levels.is_object()) return make_error_code(zk_data_errc::wrong_type);
    std::optional<std::int32_t> min, max;
    for (const auto& [label, v] : levels.as_object()) {
      auto n = json_in::to_int32(v);  // Map[String, Int]
      if (!n) return n.error();
      if (label == "min_version_level") min = *n;
      if (label == "max_version_level") max = *n;
    }
    if ((f.version == 1 && !min) || !max) return make_error_code(zk_data_errc::missing_field);
    if (f.version == 1 && (*min < 1 || *max < *min)) return make_error_code(zk_data_errc::invalid_value);
    if (*max < 1) return make_error_code(zk_data_errc::invalid_value);
    f.features.emplace_back(std::string(name), static_cast<std::int16_t>(*max));
  }
  return f;
}

}  // namespace gannet::cluster
