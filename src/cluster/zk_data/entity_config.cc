// /config/<type>/<entity> and /config/changes/config_change_<seq>: Kafka's
// ConfigEntityZNode and ConfigEntityChangeNotificationSequenceZNode (ZkData.scala, 3.9),
// and the notification versions ZkConfigManager reads.
#include "gannet/cluster/zk_data.h"
#include "json_in.h"
#include "json_out.h"
#include "jvm_map_order.h"

namespace gannet::cluster {

std::string encode_entity_config(const entity_config& config) {
  json_out::members entries;
  for (const auto& [k, v] : config.config)
    entries.emplace_back(k, json_out::string(v));
  return json_out::object({
      {"version", json_out::number(1)},
      {"config", json_out::object(entries, jvm_map_order::java_properties(json_out::keys(entries)))},
  });
}

result<entity_config> decode_entity_config(std::string_view data) {
  entity_config c;
  if (data.empty()) return c;
  auto o = json_in::parse_object(data);
  if (!o) return o.error();
  auto version = json_in::optional_int32(*o, "version");
  c.version = version && *version ? **version : 0;
  auto it = o->find("config");
  if (it == o->end() || !it->value().is_object()) return c;
  for (const auto& [k, v] : it->value().as_object()) {
    if (!v.is_string()) return make_error_code(zk_data_errc::wrong_type);
    c.config.emplace_back(std::string(k), std::string(v.as_string()));
  }
  return c;
}

std::string encode_config_change(std::string_view entity_path) {
  return json_out::object({{"version", json_out::number(2)}, {"entity_path", json_out::string(entity_path)}});
}

result<config_change_notification> decode_config_change(std::string_view data) {
  auto o = json_in::parse_object(data);
  if (!o) return o.error();
  config_change_notification n;
  auto version = json_in::required_int32(*o, "version");
  if (!version) return version.error();
  n.version = *version;
  if (n.version == 1) {
    auto type = json_in::optional_string(*o, "entity_type");
    if (!type) return type.error();
    // Version 1 only ever named topics and clients.
    if (!*type || (**type != "topics" && **type != "clients")) return make_error_code(zk_data_errc::invalid_value);
    auto name = json_in::optional_string(*o, "entity_name");
    if (!name) return name.error();
    if (!*name) return make_error_code(zk_data_errc::missing_field);
    n.entity_type = **type;
    n.entity_name = **name;
    return n;
  }
  if (n.version != 2) return make_error_code(zk_data_errc::unsupported_version);
  auto path = json_in::optional_string(*o, "entity_path");
  if (!path) return path.error();
  if (!*path) return make_error_code(zk_data_errc::missing_field);
  // "<entity type>/<sanitized name>"
  if ((*path)->find('/') == std::string::npos) return make_error_code(zk_data_errc::invalid_value);
  n.entity_path = **path;
  return n;
}

}  // namespace gannet::cluster
