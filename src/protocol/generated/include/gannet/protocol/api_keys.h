// generated from 88 request schemas (*Request.json); do not edit
#pragma once
// The Kafka APIs Gannet knows, from the request schemas: key, name, valid versions,
// first flexible version (-1: none) and the listener kinds that serve it in Kafka 3.9.

#include <array>
#include <cstdint>
#include <string_view>

namespace gannet::protocol {

enum class api_key : std::int16_t {
  produce = 0,
  fetch = 1,
  list_offsets = 2,
  metadata = 3,
  leader_and_isr = 4,
  stop_replica = 5,
  update_metadata = 6,
  controlled_shutdown = 7,
  offset_commit = 8,
  offset_fetch = 9,
  find_coordinator = 10,
  join_group = 11,
  heartbeat = 12,
  leave_group = 13,
  sync_group = 14,
  describe_groups = 15,
  list_groups = 16,
  sasl_handshake = 17,
  api_versions = 18,
  create_topics = 19,
  delete_topics = 20,
  delete_records = 21,
  init_producer_id = 22,
  offset_for_leader_epoch = 23,
  add_partitions_to_txn = 24,
  add_offsets_to_txn = 25,
  end_txn = 26,
  write_txn_markers = 27,
  txn_offset_commit = 28,
  describe_acls = 29,
  create_acls = 30,
  delete_acls = 31,
  describe_configs = 32,
  alter_configs = 33,
  alter_replica_log_dirs = 34,
  describe_log_dirs = 35,
  sasl_authenticate = 36,
  create_partitions = 37,
  create_delegation_token = 38,
  renew_delegation_token = 39,
  expire_delegation_token = 40,
  describe_delegation_token = 41,
  delete_groups = 42,
  elect_leaders = 43,
  incremental_alter_configs = 44,
  alter_partition_reassignments = 45,
  list_partition_reassignments = 46,
  offset_delete = 47,
  describe_client_quotas = 48,
  alter_client_quotas = 49,
  describe_user_scram_credentials = 50,
  alter_user_scram_credentials = 51,
  vote = 52,
  begin_quorum_epoch = 53,
  end_quorum_epoch = 54,
  describe_quorum = 55,
  alter_partition = 56,
  update_features = 57,
  envelope = 58,
  fetch_snapshot = 59,
  describe_cluster = 60,
  describe_producers = 61,
  broker_registration = 62,
  broker_heartbeat = 63,
  unregister_broker = 64,
  describe_transactions = 65,
  list_transactions = 66,
  allocate_producer_ids = 67,
  consumer_group_heartbeat = 68,
  consumer_group_describe = 69,
  controller_registration = 70,
  get_telemetry_subscriptions = 71,
  push_telemetry = 72,
  assign_replicas_to_dirs = 73,
  list_client_metrics_resources = 74,
  describe_topic_partitions = 75,
  share_group_heartbeat = 76,
  share_group_describe = 77,
  share_fetch = 78,
  share_acknowledge = 79,
  add_raft_voter = 80,
  remove_raft_voter = 81,
  update_raft_voter = 82,
  initialize_share_group_state = 83,
  read_share_group_state = 84,
  write_share_group_state = 85,
  delete_share_group_state = 86,
  read_share_group_state_summary = 87,
};

inline constexpr std::uint8_t listener_zk_broker = 1;
inline constexpr std::uint8_t listener_broker = 2;
inline constexpr std::uint8_t listener_controller = 4;

struct api_info {
  std::int16_t key;
  std::string_view name;
  std::int16_t min_version;
  std::int16_t max_version;
  std::int16_t first_flexible_version;  // -1: never flexible
  std::uint8_t listeners;               // listener_* bits
  bool latest_version_unstable;

  constexpr bool valid_version(std::int16_t v) const { return v >= min_version && v <= max_version; }
  constexpr bool flexible(std::int16_t v) const { return first_flexible_version >= 0 && v >= first_flexible_version; }
};

inline constexpr std::array<api_info, 88> all_apis = {{
  {0, "Produce", 0, 11, 9, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {1, "Fetch", 0, 17, 12, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {2, "ListOffsets", 0, 9, 6, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {3, "Metadata", 0, 12, 9, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {4, "LeaderAndIsr", 0, 7, 4, static_cast<std::uint8_t>(listener_zk_broker), false},
  {5, "StopReplica", 0, 4, 2, static_cast<std::uint8_t>(listener_zk_broker), false},
  {6, "UpdateMetadata", 0, 8, 6, static_cast<std::uint8_t>(listener_zk_broker), false},
  {7, "ControlledShutdown", 0, 3, 3, static_cast<std::uint8_t>(listener_zk_broker | listener_controller), false},
  {8, "OffsetCommit", 0, 9, 8, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {9, "OffsetFetch", 0, 9, 6, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {10, "FindCoordinator", 0, 6, 3, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {11, "JoinGroup", 0, 9, 6, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {12, "Heartbeat", 0, 4, 4, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {13, "LeaveGroup", 0, 5, 4, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {14, "SyncGroup", 0, 5, 4, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {15, "DescribeGroups", 0, 5, 5, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {16, "ListGroups", 0, 5, 3, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {17, "SaslHandshake", 0, 1, -1, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {18, "ApiVersions", 0, 4, 3, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {19, "CreateTopics", 0, 7, 5, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {20, "DeleteTopics", 0, 6, 4, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {21, "DeleteRecords", 0, 2, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {22, "InitProducerId", 0, 5, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {23, "OffsetForLeaderEpoch", 0, 4, 4, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {24, "AddPartitionsToTxn", 0, 5, 3, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {25, "AddOffsetsToTxn", 0, 4, 3, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {26, "EndTxn", 0, 4, 3, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {27, "WriteTxnMarkers", 0, 1, 1, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {28, "TxnOffsetCommit", 0, 4, 3, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {29, "DescribeAcls", 0, 3, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {30, "CreateAcls", 0, 3, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {31, "DeleteAcls", 0, 3, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {32, "DescribeConfigs", 0, 4, 4, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {33, "AlterConfigs", 0, 2, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {34, "AlterReplicaLogDirs", 0, 2, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {35, "DescribeLogDirs", 0, 4, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {36, "SaslAuthenticate", 0, 2, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {37, "CreatePartitions", 0, 3, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {38, "CreateDelegationToken", 0, 3, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {39, "RenewDelegationToken", 0, 2, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {40, "ExpireDelegationToken", 0, 2, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {41, "DescribeDelegationToken", 0, 3, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {42, "DeleteGroups", 0, 2, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {43, "ElectLeaders", 0, 2, 2, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {44, "IncrementalAlterConfigs", 0, 1, 1, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {45, "AlterPartitionReassignments", 0, 0, 0, static_cast<std::uint8_t>(listener_broker | listener_controller | listener_zk_broker), false},
  {46, "ListPartitionReassignments", 0, 0, 0, static_cast<std::uint8_t>(listener_broker | listener_controller | listener_zk_broker), false},
  {47, "OffsetDelete", 0, 0, -1, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {48, "DescribeClientQuotas", 0, 1, 1, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {49, "AlterClientQuotas", 0, 1, 1, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {50, "DescribeUserScramCredentials", 0, 0, 0, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {51, "AlterUserScramCredentials", 0, 0, 0, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {52, "Vote", 0, 1, 0, static_cast<std::uint8_t>(listener_controller), false},
  {53, "BeginQuorumEpoch", 0, 1, 1, static_cast<std::uint8_t>(listener_controller), false},
  {54, "EndQuorumEpoch", 0, 1, 1, static_cast<std::uint8_t>(listener_controller), false},
  {55, "DescribeQuorum", 0, 2, 0, static_cast<std::uint8_t>(listener_broker | listener_controller), false},
  {56, "AlterPartition", 0, 3, 0, static_cast<std::uint8_t>(listener_zk_broker | listener_controller), false},
  {57, "UpdateFeatures", 0, 1, 0, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {58, "Envelope", 0, 0, 0, static_cast<std::uint8_t>(listener_controller | listener_zk_broker), false},
  {59, "FetchSnapshot", 0, 1, 0, static_cast<std::uint8_t>(listener_controller), false},
  {60, "DescribeCluster", 0, 1, 0, static_cast<std::uint8_t>(listener_zk_broker | listener_broker | listener_controller), false},
  {61, "DescribeProducers", 0, 0, 0, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {62, "BrokerRegistration", 0, 4, 0, static_cast<std::uint8_t>(listener_controller), false},
  {63, "BrokerHeartbeat", 0, 1, 0, static_cast<std::uint8_t>(listener_controller), false},
  {64, "UnregisterBroker", 0, 0, 0, static_cast<std::uint8_t>(listener_broker | listener_controller), false},
  {65, "DescribeTransactions", 0, 0, 0, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {66, "ListTransactions", 0, 1, 0, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {67, "AllocateProducerIds", 0, 0, 0, static_cast<std::uint8_t>(listener_zk_broker | listener_controller), false},
  {68, "ConsumerGroupHeartbeat", 0, 0, 0, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {69, "ConsumerGroupDescribe", 0, 0, 0, static_cast<std::uint8_t>(listener_zk_broker | listener_broker), false},
  {70, "ControllerRegistration", 0, 0, 0, static_cast<std::uint8_t>(listener_controller), false},
  {71, "GetTelemetrySubscriptions", 0, 0, 0, static_cast<std::uint8_t>(listener_broker), false},
  {72, "PushTelemetry", 0, 0, 0, static_cast<std::uint8_t>(listener_broker), false},
  {73, "AssignReplicasToDirs", 0, 0, 0, static_cast<std::uint8_t>(listener_controller), false},
  {74, "ListClientMetricsResources", 0, 0, 0, static_cast<std::uint8_t>(listener_broker), false},
  {75, "DescribeTopicPartitions", 0, 0, 0, static_cast<std::uint8_t>(listener_broker), false},
  {76, "ShareGroupHeartbeat", 0, 0, 0, static_cast<std::uint8_t>(listener_broker), true},
  {77, "ShareGroupDescribe", 0, 0, 0, static_cast<std::uint8_t>(listener_broker), true},
  {78, "ShareFetch", 0, 0, 0, static_cast<std::uint8_t>(listener_broker), true},
  {79, "ShareAcknowledge", 0, 0, 0, static_cast<std::uint8_t>(listener_broker), true},
  {80, "AddRaftVoter", 0, 0, 0, static_cast<std::uint8_t>(listener_controller | listener_broker), false},
  {81, "RemoveRaftVoter", 0, 0, 0, static_cast<std::uint8_t>(listener_controller | listener_broker), false},
  {82, "UpdateRaftVoter", 0, 0, 0, static_cast<std::uint8_t>(listener_controller), false},
  {83, "InitializeShareGroupState", 0, 0, 0, static_cast<std::uint8_t>(listener_broker), true},
  {84, "ReadShareGroupState", 0, 0, 0, static_cast<std::uint8_t>(listener_broker), true},
  {85, "WriteShareGroupState", 0, 0, 0, static_cast<std::uint8_t>(listener_broker), true},
  {86, "DeleteShareGroupState", 0, 0, 0, static_cast<std::uint8_t>(listener_broker), true},
  {87, "ReadShareGroupStateSummary", 0, 0, 0, static_cast<std::uint8_t>(listener_broker), true},
}};

inline constexpr std::int16_t max_api_key = 87;

// The API with this key, or nullptr.
constexpr const api_info* find_api(std::int16_t key) {
  for (const auto& a : all_apis) {
    if (a.key == key) return &a;
  }
  return nullptr;
}

}  // namespace gannet::protocol
