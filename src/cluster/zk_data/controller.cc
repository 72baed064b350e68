// /controller and /controller_epoch: Kafka's ControllerZNode and ControllerEpochZNode (ZkData.scala, 3.9).
#include "gannet/cluster/zk_data.h"
#include "json_in.h"
#include "json_out.h"

namespace gannet::cluster {

std::string encode_controller(const controller_registration& controller) {
  // An immutable Map of four entries keeps insertion order (Map4).
  return json_out::object({
      {"version", json_out::number(2)},
      {"brokerid", json_out::number(controller.brokerid)},
      {"timestamp", json_out::string(std::to_string(controller.timestamp))},
      {"kraftControllerEpoch", json_out::number(controller.kraft_controller_epoch.value_or(-1))},
  });
}

result<controller_registration> decode_controller(std::string_view data) {
  auto o = json_in::parse_object(data);
  if (!o) return o.error();
  controller_registration c;
  auto brokerid = json_in::required_int32(*o, "brokerid");
  if (!brokerid) return brokerid.error();
  c.brokerid = *brokerid;
  auto kraft_epoch = json_in::optional_int32(*o, "kraftControllerEpoch");
  if (!kraft_epoch) return kraft_epoch.error();
  c.kraft_controller_epoch = *kraft_epoch;
  c.timestamp = json_in::lenient_timestamp(*o, "timestamp");
  auto version = json_in::optional_int32(*o, "version");
  c.version = version && *version ? **version : 0;
  return c;
}

std::string encode_controller_epoch(std::int32_t epoch) { return std::to_string(epoch); }

result<std::int32_t> decode_controller_epoch(std::string_view data) {
  // Kafka: new String(bytes, UTF_8).toInt, i.e. Integer.parseInt of the whole data.
  auto epoch = json_in::parse_java_int(data);
  if (!epoch) return make_error_code(zk_data_errc::malformed_json);
  return *epoch;
}

}  // namespace gannet::cluster
