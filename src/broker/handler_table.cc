// The api key -> handler table, with the versions each handler serves. Only
// what works is listed: ApiVersions advertises exactly this table
// (COMPATIBILITY-PITFALLS.md, "Advertise only what works"). Maximums are
// Kafka 3.9's unless a comment says why not.

#include <array>

#include "handlers/handlers.h"

namespace gannet::broker {

std::span<const handler_entry> handler_table() {
  using namespace handlers;
  static constexpr std::array table = {
      handler_entry{0, 3, 11, &produce},  // v3+: record batch v2 only (KIP-896)
      // Fetch 13+ addresses topics by id (KIP-516): served, topic ids are real.
      handler_entry{1, 4, 17, &fetch},  // v4+: record batch v2 only (KIP-896)
      handler_entry{2, 0, 9, &list_offsets},
      handler_entry{3, 0, 12, &metadata},
      // Consumer groups, classic protocol (src/groups). ConsumerGroupHeartbeat
      // and ConsumerGroupDescribe (KIP-848, keys 68/69) are not served.
      // From the controller (ZooKeeper mode); a standalone broker answers INVALID_REQUEST.
      handler_entry{4, 0, 7, &leader_and_isr},
      handler_entry{5, 0, 4, &stop_replica},
      handler_entry{6, 0, 8, &update_metadata},
      handler_entry{7, 0, 3, &controlled_shutdown, true},
      handler_entry{8, 0, 9, &offset_commit},
      handler_entry{9, 0, 9, &offset_fetch},
      handler_entry{10, 0, 6, &find_coordinator},
      handler_entry{11, 0, 9, &join_group},
      handler_entry{12, 0, 4, &heartbeat},
      handler_entry{13, 0, 5, &leave_group},
      handler_entry{14, 0, 5, &sync_group},
      handler_entry{15, 0, 5, &describe_groups},
      handler_entry{16, 0, 5, &list_groups},
      handler_entry{18, 0, 4, &api_versions},
      handler_entry{19, 0, 7, &create_topics},
      handler_entry{20, 0, 6, &delete_topics},
      handler_entry{21, 0, 2, &delete_records},
      handler_entry{22, 0, 5, &init_producer_id},
      handler_entry{23, 0, 4, &offset_for_leader_epoch},
      handler_entry{32, 0, 4, &describe_configs},
      handler_entry{33, 0, 2, &alter_configs},
      handler_entry{35, 0, 4, &describe_log_dirs},
      handler_entry{37, 0, 3, &create_partitions},
      handler_entry{42, 0, 2, &delete_groups},
      handler_entry{43, 0, 2, &elect_leaders, true},
      handler_entry{44, 0, 1, &incremental_alter_configs},
      handler_entry{45, 0, 0, &alter_partition_reassignments, true},
      handler_entry{46, 0, 0, &list_partition_reassignments, true},
      handler_entry{47, 0, 0, &offset_delete},
      handler_entry{56, 0, 3, &alter_partition, true},  // from partition leaders to the controller
      handler_entry{60, 0, 1, &describe_cluster},
  };
  return table;
}

}  // namespace gannet::broker
