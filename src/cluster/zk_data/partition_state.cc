// /brokers/topics/<topic>/partitions/<p>/state: Kafka's TopicPartitionStateZNode (ZkData.scala, 3.9).
#include "gannet/cluster/zk_data.h"
#include "json_in.h"
#include "json_out.h"
#include "jvm_map_order.h"

namespace gannet::cluster {

std::string encode_partition_state(const partition_state& state) {
  // An immutable Map of five entries (a CHAMP HashMap), plus
  // leader_recovery_state when the partition is still recovering.
  json_out::members m = {
      {"version", json_out::number(1)},
      {"leader", json_out::number(state.leader)},
      {"leader_epoch", json_out::number(state.leader_epoch)},
      {"controller_epoch", json_out::number(state.controller_epoch)},
      {"isr", json_out::int_array(state.isr)},
  };
  if (state.leader_recovery != leader_recovery_state::recovered) {
    m.emplace_back("leader_recovery_state", json_out::number(static_cast<std::int8_t>(state.leader_recovery)));
  }
  return json_out::object(m, jvm_map_order::scala_immutable_map(json_out::keys(m)));
}

result<partition_state> decode_partition_state(std::string_view data, std::int32_t zk_version) {
  auto o = json_in::parse_object(data);
  if (!o) return o.error();
  partition_state s;
  s.zk_version = zk_version;
  auto leader = json_in::required_int32(*o, "leader");
  if (!leader) return leader.error();
  s.leader = *leader;
  auto epoch = json_in::required_int32(*o, "leader_epoch");
  if (!epoch) return epoch.error();
  s.leader_epoch = *epoch;
  auto isr_it = o->find("isr");
  if (isr_it == o->end()) return make_error_code(zk_data_errc::missing_field);
  auto isr = json_in::to_int32_array(isr_it->value());
  if (!isr) return isr.error();
  s.isr = std::move(*isr);
  auto recovery = json_in::optional_int32(*o, "leader_recovery_state");
  if (!recovery) return recovery.error();
  if (*recovery) {
    // LeaderRecoveryState.of(value.toByte): 0 or 1, anything else is rejected.
    auto value = static_cast<std::int8_t>(**recovery);
    if (value != 0 && value != 1) return make_error_code(zk_data_errc::invalid_value);
    s.leader_recovery = static_cast<leader_recovery_state>(value);
  }
  auto controller_epoch = json_in::required_int32(*o, "controller_epoch");
  if (!controller_epoch) return controller_epoch.error();
  s.controller_epoch = *controller_epoch;
  // Kafka never reads the version; 0 here means it was absent or not an int.
  auto version = json_in::optional_int32(*o, "version");
  s.version = version && *version ? **version : 0;
  return s;
}

}  // namespace gannet::cluster
