// generated from AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json, AlterReplicaLogDirsRequest.json, AlterReplicaLogDirsResponse.json, ConsumerGroupHeartbeatRequest.json, ConsumerGroupHeartbeatResponse.json, CreateTopicsRequest.json, CreateTopicsResponse.json, DescribeClientQuotasRequest.json, DescribeClientQuotasResponse.json, DescribeTopicPartitionsRequest.json, DescribeTopicPartitionsResponse.json, FetchRequest.json, FetchResponse.json, JoinGroupRequest.json, JoinGroupResponse.json, ListPartitionReassignmentsRequest.json, ListPartitionReassignmentsResponse.json, PushTelemetryRequest.json, PushTelemetryResponse.json, SaslHandshakeRequest.json, SaslHandshakeResponse.json, SyncGroupRequest.json, SyncGroupResponse.json, WriteShareGroupStateRequest.json, WriteShareGroupStateResponse.json; do not edit
#include <gtest/gtest.h>

#include <cstdint>

#include "gannet/protocol/messages/add_offsets_to_txn.h"
#include "gannet/protocol/messages/alter_replica_log_dirs.h"
#include "gannet/protocol/messages/consumer_group_heartbeat.h"
#include "gannet/protocol/messages/create_topics.h"
#include "gannet/protocol/messages/describe_client_quotas.h"
#include "gannet/protocol/messages/describe_topic_partitions.h"
#include "gannet/protocol/messages/fetch.h"
#include "gannet/protocol/messages/join_group.h"
#include "gannet/protocol/messages/list_partition_reassignments.h"
#include "gannet/protocol/messages/push_telemetry.h"
#include "gannet/protocol/messages/sasl_handshake.h"
#include "gannet/protocol/messages/sync_group.h"
#include "gannet/protocol/messages/write_share_group_state.h"
#include "protocol/roundtrip_support.h"

namespace {

using ::gannet::protocol::testing::next_bytes;
using ::gannet::protocol::testing::next_double;
using ::gannet::protocol::testing::next_int;
using ::gannet::protocol::testing::next_records;
using ::gannet::protocol::testing::next_string;
using ::gannet::protocol::testing::next_uuid;

void fill_add_offsets_to_txn_request(::gannet::protocol::add_offsets_to_txn_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_add_offsets_to_txn_request(::gannet::protocol::add_offsets_to_txn_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.transactional_id = next_string(seed);
  }
  {
    x.producer_id = next_int<std::int64_t>(0, seed);
  }
  {
    x.producer_epoch = next_int<std::int16_t>(0, seed);
  }
  {
    x.group_id = next_string(seed);
  }
}
TEST(GeneratedRoundTripTest, AddOffsetsToTxnRequest) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::add_offsets_to_txn_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_add_offsets_to_txn_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_add_offsets_to_txn_response(::gannet::protocol::add_offsets_to_txn_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_add_offsets_to_txn_response(::gannet::protocol::add_offsets_to_txn_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
TEST(GeneratedRoundTripTest, AddOffsetsToTxnResponse) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::add_offsets_to_txn_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_add_offsets_to_txn_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_alter_replica_log_dirs_request_alter_replica_log_dir_topic(::gannet::protocol::alter_replica_log_dirs_request_alter_replica_log_dir_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_replica_log_dirs_request_alter_replica_log_dir(::gannet::protocol::alter_replica_log_dirs_request_alter_replica_log_dir& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_replica_log_dirs_request(::gannet::protocol::alter_replica_log_dirs_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_replica_log_dirs_request_alter_replica_log_dir_topic(::gannet::protocol::alter_replica_log_dirs_request_alter_replica_log_dir_topic& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_alter_replica_log_dirs_request_alter_replica_log_dir(::gannet::protocol::alter_replica_log_dirs_request_alter_replica_log_dir& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.path = next_string(seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_replica_log_dirs_request_alter_replica_log_dir_topic(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_alter_replica_log_dirs_request(::gannet::protocol::alter_replica_log_dirs_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.dirs;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_replica_log_dirs_request_alter_replica_log_dir(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AlterReplicaLogDirsRequest) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::alter_replica_log_dirs_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_replica_log_dirs_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_alter_replica_log_dirs_response_alter_replica_log_dir_partition_result(::gannet::protocol::alter_replica_log_dirs_response_alter_replica_log_dir_partition_result& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_replica_log_dirs_response_alter_replica_log_dir_topic_result(::gannet::protocol::alter_replica_log_dirs_response_alter_replica_log_dir_topic_result& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_replica_log_dirs_response(::gannet::protocol::alter_replica_log_dirs_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_replica_log_dirs_response_alter_replica_log_dir_partition_result(::gannet::protocol::alter_replica_log_dirs_response_alter_replica_log_dir_partition_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
[[maybe_unused]] void fill_alter_replica_log_dirs_response_alter_replica_log_dir_topic_result(::gannet::protocol::alter_replica_log_dirs_response_alter_replica_log_dir_topic_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic_name = next_string(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_replica_log_dirs_response_alter_replica_log_dir_partition_result(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_alter_replica_log_dirs_response(::gannet::protocol::alter_replica_log_dirs_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.results;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_replica_log_dirs_response_alter_replica_log_dir_topic_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AlterReplicaLogDirsResponse) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::alter_replica_log_dirs_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_replica_log_dirs_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_consumer_group_heartbeat_request_topic_partitions_data(::gannet::protocol::consumer_group_heartbeat_request_topic_partitions& x, std::int16_t version, std::uint32_t& seed);
void fill_consumer_group_heartbeat_request(::gannet::protocol::consumer_group_heartbeat_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_consumer_group_heartbeat_request_topic_partitions_data(::gannet::protocol::consumer_group_heartbeat_request_topic_partitions& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic_id = next_uuid(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_consumer_group_heartbeat_request(::gannet::protocol::consumer_group_heartbeat_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.group_id = next_string(seed);
  }
  {
    x.member_id = next_string(seed);
  }
  {
    x.member_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.instance_id.emplace() = next_string(seed);
  }
  {
    x.rack_id.emplace() = next_string(seed);
  }
  {
    x.rebalance_timeout_ms = next_int<std::int32_t>(-1, seed);
  }
  {
    auto& v = x.subscribed_topic_names.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
  {
    x.server_assignor.emplace() = next_string(seed);
  }
  {
    auto& v = x.topic_partitions.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_consumer_group_heartbeat_request_topic_partitions_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ConsumerGroupHeartbeatRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::consumer_group_heartbeat_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_consumer_group_heartbeat_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_consumer_group_heartbeat_response_topic_partitions(::gannet::protocol::consumer_group_heartbeat_response_topic_partitions& x, std::int16_t version, std::uint32_t& seed);
void fill_consumer_group_heartbeat_response_assignment_data(::gannet::protocol::consumer_group_heartbeat_response_assignment& x, std::int16_t version, std::uint32_t& seed);
void fill_consumer_group_heartbeat_response(::gannet::protocol::consumer_group_heartbeat_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_consumer_group_heartbeat_response_topic_partitions(::gannet::protocol::consumer_group_heartbeat_response_topic_partitions& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic_id = next_uuid(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_consumer_group_heartbeat_response_assignment_data(::gannet::protocol::consumer_group_heartbeat_response_assignment& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.topic_partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_consumer_group_heartbeat_response_topic_partitions(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_consumer_group_heartbeat_response(::gannet::protocol::consumer_group_heartbeat_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.error_message.emplace() = next_string(seed);
  }
  {
    x.member_id.emplace() = next_string(seed);
  }
  {
    x.member_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.heartbeat_interval_ms = next_int<std::int32_t>(0, seed);
  }
  {
    fill_consumer_group_heartbeat_response_assignment_data(x.assignment.emplace(), version, seed);
  }
}
TEST(GeneratedRoundTripTest, ConsumerGroupHeartbeatResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::consumer_group_heartbeat_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_consumer_group_heartbeat_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_create_topics_request_creatable_replica_assignment(::gannet::protocol::create_topics_request_creatable_replica_assignment& x, std::int16_t version, std::uint32_t& seed);
void fill_create_topics_request_creatable_topic_config(::gannet::protocol::create_topics_request_creatable_topic_config& x, std::int16_t version, std::uint32_t& seed);
void fill_create_topics_request_creatable_topic(::gannet::protocol::create_topics_request_creatable_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_create_topics_request(::gannet::protocol::create_topics_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_create_topics_request_creatable_replica_assignment(::gannet::protocol::create_topics_request_creatable_replica_assignment& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.broker_ids;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_create_topics_request_creatable_topic_config(::gannet::protocol::create_topics_request_creatable_topic_config& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.value.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_create_topics_request_creatable_topic(::gannet::protocol::create_topics_request_creatable_topic& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.num_partitions = next_int<std::int32_t>(0, seed);
  }
  {
    x.replication_factor = next_int<std::int16_t>(0, seed);
  }
  {
    auto& v = x.assignments;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_create_topics_request_creatable_replica_assignment(v.emplace_back(), version, seed);
    }
  }
  {
    auto& v = x.configs;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_create_topics_request_creatable_topic_config(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_create_topics_request(::gannet::protocol::create_topics_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_create_topics_request_creatable_topic(v.emplace_back(), version, seed);
    }
  }
  {
    x.timeout_ms = next_int<std::int32_t>(60000, seed);
  }
  if (version >= 1) {
    x.validate_only = !(false);
  }
}
TEST(GeneratedRoundTripTest, CreateTopicsRequest) {
  for (std::int16_t version = 0; version <= 7; ++version) {
    ::gannet::protocol::create_topics_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_create_topics_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 5);
  }
}

void fill_create_topics_response_creatable_topic_configs(::gannet::protocol::create_topics_response_creatable_topic_configs& x, std::int16_t version, std::uint32_t& seed);
void fill_create_topics_response_creatable_topic_result(::gannet::protocol::create_topics_response_creatable_topic_result& x, std::int16_t version, std::uint32_t& seed);
void fill_create_topics_response(::gannet::protocol::create_topics_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_create_topics_response_creatable_topic_configs(::gannet::protocol::create_topics_response_creatable_topic_configs& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.value.emplace() = next_string(seed);
  }
  {
    x.read_only = !(false);
  }
  {
    x.config_source = next_int<std::int8_t>(-1, seed);
  }
  {
    x.is_sensitive = !(false);
  }
}
[[maybe_unused]] void fill_create_topics_response_creatable_topic_result(::gannet::protocol::create_topics_response_creatable_topic_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  if (version >= 7) {
    x.topic_id = next_uuid(seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  if (version >= 1) {
    x.error_message.emplace() = next_string(seed);
  }
  if (version >= 5) {
    x.topic_config_error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  if (version >= 5) {
    x.num_partitions = next_int<std::int32_t>(-1, seed);
  }
  if (version >= 5) {
    x.replication_factor = next_int<std::int16_t>(-1, seed);
  }
  if (version >= 5) {
    auto& v = x.configs.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_create_topics_response_creatable_topic_configs(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_create_topics_response(::gannet::protocol::create_topics_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 2) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_create_topics_response_creatable_topic_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, CreateTopicsResponse) {
  for (std::int16_t version = 0; version <= 7; ++version) {
    ::gannet::protocol::create_topics_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_create_topics_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 5);
  }
}

void fill_describe_client_quotas_request_component_data(::gannet::protocol::describe_client_quotas_request_component_data& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_client_quotas_request(::gannet::protocol::describe_client_quotas_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_client_quotas_request_component_data(::gannet::protocol::describe_client_quotas_request_component_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.entity_type = next_string(seed);
  }
  {
    x.match_type = next_int<std::int8_t>(0, seed);
  }
  {
    x.match.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_describe_client_quotas_request(::gannet::protocol::describe_client_quotas_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.components;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_client_quotas_request_component_data(v.emplace_back(), version, seed);
    }
  }
  {
    x.strict = !(false);
  }
}
TEST(GeneratedRoundTripTest, DescribeClientQuotasRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::describe_client_quotas_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_client_quotas_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 1);
  }
}

void fill_describe_client_quotas_response_entity_data(::gannet::protocol::describe_client_quotas_response_entity_data& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_client_quotas_response_value_data(::gannet::protocol::describe_client_quotas_response_value_data& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_client_quotas_response_entry_data(::gannet::protocol::describe_client_quotas_response_entry_data& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_client_quotas_response(::gannet::protocol::describe_client_quotas_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_client_quotas_response_entity_data(::gannet::protocol::describe_client_quotas_response_entity_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.entity_type = next_string(seed);
  }
  {
    x.entity_name.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_describe_client_quotas_response_value_data(::gannet::protocol::describe_client_quotas_response_value_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.key = next_string(seed);
  }
  {
    x.value = next_double(seed);
  }
}
[[maybe_unused]] void fill_describe_client_quotas_response_entry_data(::gannet::protocol::describe_client_quotas_response_entry_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.entity;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_client_quotas_response_entity_data(v.emplace_back(), version, seed);
    }
  }
  {
    auto& v = x.values;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_client_quotas_response_value_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_client_quotas_response(::gannet::protocol::describe_client_quotas_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.error_message.emplace() = next_string(seed);
  }
  {
    auto& v = x.entries.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_client_quotas_response_entry_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeClientQuotasResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::describe_client_quotas_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_client_quotas_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 1);
  }
}

void fill_describe_topic_partitions_request_topic_request(::gannet::protocol::describe_topic_partitions_request_topic_request& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_topic_partitions_request_cursor_data(::gannet::protocol::describe_topic_partitions_request_cursor& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_topic_partitions_request(::gannet::protocol::describe_topic_partitions_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_topic_partitions_request_topic_request(::gannet::protocol::describe_topic_partitions_request_topic_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
}
[[maybe_unused]] void fill_describe_topic_partitions_request_cursor_data(::gannet::protocol::describe_topic_partitions_request_cursor& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic_name = next_string(seed);
  }
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_describe_topic_partitions_request(::gannet::protocol::describe_topic_partitions_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_topic_partitions_request_topic_request(v.emplace_back(), version, seed);
    }
  }
  {
    x.response_partition_limit = next_int<std::int32_t>(2000, seed);
  }
  {
    fill_describe_topic_partitions_request_cursor_data(x.cursor.emplace(), version, seed);
  }
}
TEST(GeneratedRoundTripTest, DescribeTopicPartitionsRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::describe_topic_partitions_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_topic_partitions_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_describe_topic_partitions_response_describe_topic_partitions_response_partition(::gannet::protocol::describe_topic_partitions_response_describe_topic_partitions_response_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_topic_partitions_response_describe_topic_partitions_response_topic(::gannet::protocol::describe_topic_partitions_response_describe_topic_partitions_response_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_topic_partitions_response_cursor(::gannet::protocol::describe_topic_partitions_response_cursor& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_topic_partitions_response(::gannet::protocol::describe_topic_partitions_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_topic_partitions_response_describe_topic_partitions_response_partition(::gannet::protocol::describe_topic_partitions_response_describe_topic_partitions_response_partition& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    auto& v = x.replica_nodes;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  {
    auto& v = x.isr_nodes;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  {
    auto& v = x.eligible_leader_replicas.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  {
    auto& v = x.last_known_elr.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  {
    auto& v = x.offline_replicas;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_topic_partitions_response_describe_topic_partitions_response_topic(::gannet::protocol::describe_topic_partitions_response_describe_topic_partitions_response_topic& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.name.emplace() = next_string(seed);
  }
  {
    x.topic_id = next_uuid(seed);
  }
  {
    x.is_internal = !(false);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_topic_partitions_response_describe_topic_partitions_response_partition(v.emplace_back(), version, seed);
    }
  }
  {
    x.topic_authorized_operations = next_int<std::int32_t>((-2147483647 - 1), seed);
  }
}
[[maybe_unused]] void fill_describe_topic_partitions_response_cursor(::gannet::protocol::describe_topic_partitions_response_cursor& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic_name = next_string(seed);
  }
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_describe_topic_partitions_response(::gannet::protocol::describe_topic_partitions_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_topic_partitions_response_describe_topic_partitions_response_topic(v.emplace_back(), version, seed);
    }
  }
  {
    fill_describe_topic_partitions_response_cursor(x.next_cursor.emplace(), version, seed);
  }
}
TEST(GeneratedRoundTripTest, DescribeTopicPartitionsResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::describe_topic_partitions_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_topic_partitions_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_fetch_request_replica_state_data(::gannet::protocol::fetch_request_replica_state& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_request_fetch_partition(::gannet::protocol::fetch_request_fetch_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_request_fetch_topic(::gannet::protocol::fetch_request_fetch_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_request_forgotten_topic(::gannet::protocol::fetch_request_forgotten_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_request(::gannet::protocol::fetch_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_fetch_request_replica_state_data(::gannet::protocol::fetch_request_replica_state& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.replica_id = next_int<std::int32_t>(-1, seed);
  }
  {
    x.replica_epoch = next_int<std::int64_t>(-1, seed);
  }
}
[[maybe_unused]] void fill_fetch_request_fetch_partition(::gannet::protocol::fetch_request_fetch_partition& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition = next_int<std::int32_t>(0, seed);
  }
  if (version >= 9) {
    x.current_leader_epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    x.fetch_offset = next_int<std::int64_t>(0, seed);
  }
  if (version >= 12) {
    x.last_fetched_epoch = next_int<std::int32_t>(-1, seed);
  }
  if (version >= 5) {
    x.log_start_offset = next_int<std::int64_t>(-1, seed);
  }
  {
    x.partition_max_bytes = next_int<std::int32_t>(0, seed);
  }
  if (version >= 17) {
    x.replica_directory_id = next_uuid(seed);
  }
}
[[maybe_unused]] void fill_fetch_request_fetch_topic(::gannet::protocol::fetch_request_fetch_topic& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version <= 12) {
    x.topic = next_string(seed);
  }
  if (version >= 13) {
    x.topic_id = next_uuid(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_fetch_request_fetch_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_fetch_request_forgotten_topic(::gannet::protocol::fetch_request_forgotten_topic& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version <= 12) {
    x.topic = next_string(seed);
  }
  if (version >= 13) {
    x.topic_id = next_uuid(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_fetch_request(::gannet::protocol::fetch_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 12) {
    x.cluster_id.emplace() = next_string(seed);
  }
  if (version <= 14) {
    x.replica_id = next_int<std::int32_t>(-1, seed);
  }
  if (version >= 15) {
    fill_fetch_request_replica_state_data(x.replica_state, version, seed);
  }
  {
    x.max_wait_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.min_bytes = next_int<std::int32_t>(0, seed);
  }
  if (version >= 3) {
    x.max_bytes = next_int<std::int32_t>(2147483647, seed);
  }
  if (version >= 4) {
    x.isolation_level = next_int<std::int8_t>(0, seed);
  }
  if (version >= 7) {
    x.session_id = next_int<std::int32_t>(0, seed);
  }
  if (version >= 7) {
    x.session_epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_fetch_request_fetch_topic(v.emplace_back(), version, seed);
    }
  }
  if (version >= 7) {
    auto& v = x.forgotten_topics_data;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_fetch_request_forgotten_topic(v.emplace_back(), version, seed);
    }
  }
  if (version >= 11) {
    x.rack_id = next_string(seed);
  }
}
TEST(GeneratedRoundTripTest, FetchRequest) {
  for (std::int16_t version = 0; version <= 17; ++version) {
    ::gannet::protocol::fetch_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_fetch_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, (version >= 12) && (!(version >= 12) && !(version >= 15)));
  }
}

void fill_fetch_response_epoch_end_offset(::gannet::protocol::fetch_response_epoch_end_offset& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_response_leader_id_and_epoch(::gannet::protocol::fetch_response_leader_id_and_epoch& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_response_snapshot_id(::gannet::protocol::fetch_response_snapshot_id& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_response_aborted_transaction(::gannet::protocol::fetch_response_aborted_transaction& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_response_partition_data(::gannet::protocol::fetch_response_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_response_fetchable_topic_response(::gannet::protocol::fetch_response_fetchable_topic_response& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_response_node_endpoint(::gannet::protocol::fetch_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_response(::gannet::protocol::fetch_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_fetch_response_epoch_end_offset(::gannet::protocol::fetch_response_epoch_end_offset& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    x.end_offset = next_int<std::int64_t>(-1, seed);
  }
}
[[maybe_unused]] void fill_fetch_response_leader_id_and_epoch(::gannet::protocol::fetch_response_leader_id_and_epoch& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.leader_id = next_int<std::int32_t>(-1, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(-1, seed);
  }
}
[[maybe_unused]] void fill_fetch_response_snapshot_id(::gannet::protocol::fetch_response_snapshot_id& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.end_offset = next_int<std::int64_t>(-1, seed);
  }
  {
    x.epoch = next_int<std::int32_t>(-1, seed);
  }
}
[[maybe_unused]] void fill_fetch_response_aborted_transaction(::gannet::protocol::fetch_response_aborted_transaction& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.producer_id = next_int<std::int64_t>(0, seed);
  }
  {
    x.first_offset = next_int<std::int64_t>(0, seed);
  }
}
[[maybe_unused]] void fill_fetch_response_partition_data(::gannet::protocol::fetch_response_partition_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.high_watermark = next_int<std::int64_t>(0, seed);
  }
  if (version >= 4) {
    x.last_stable_offset = next_int<std::int64_t>(-1, seed);
  }
  if (version >= 5) {
    x.log_start_offset = next_int<std::int64_t>(-1, seed);
  }
  if (version >= 12) {
    fill_fetch_response_epoch_end_offset(x.diverging_epoch, version, seed);
  }
  if (version >= 12) {
    fill_fetch_response_leader_id_and_epoch(x.current_leader, version, seed);
  }
  if (version >= 12) {
    fill_fetch_response_snapshot_id(x.snapshot_id, version, seed);
  }
  if (version >= 4) {
    auto& v = x.aborted_transactions.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_fetch_response_aborted_transaction(v.emplace_back(), version, seed);
    }
  }
  if (version >= 11) {
    x.preferred_read_replica = next_int<std::int32_t>(-1, seed);
  }
  {
    x.records = next_records(seed);
  }
}
[[maybe_unused]] void fill_fetch_response_fetchable_topic_response(::gannet::protocol::fetch_response_fetchable_topic_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version <= 12) {
    x.topic = next_string(seed);
  }
  if (version >= 13) {
    x.topic_id = next_uuid(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_fetch_response_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_fetch_response_node_endpoint(::gannet::protocol::fetch_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.node_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.host = next_string(seed);
  }
  {
    x.port = next_int<std::int32_t>(0, seed);
  }
  {
    x.rack.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_fetch_response(::gannet::protocol::fetch_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 1) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  if (version >= 7) {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  if (version >= 7) {
    x.session_id = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.responses;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_fetch_response_fetchable_topic_response(v.emplace_back(), version, seed);
    }
  }
  if (version >= 16) {
    auto& v = x.node_endpoints;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_fetch_response_node_endpoint(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, FetchResponse) {
  for (std::int16_t version = 0; version <= 17; ++version) {
    ::gannet::protocol::fetch_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_fetch_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, (version >= 12) && (!(version >= 16)));
  }
}

void fill_join_group_request_join_group_request_protocol(::gannet::protocol::join_group_request_join_group_request_protocol& x, std::int16_t version, std::uint32_t& seed);
void fill_join_group_request(::gannet::protocol::join_group_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_join_group_request_join_group_request_protocol(::gannet::protocol::join_group_request_join_group_request_protocol& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.metadata = next_bytes(seed);
  }
}
[[maybe_unused]] void fill_join_group_request(::gannet::protocol::join_group_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.group_id = next_string(seed);
  }
  {
    x.session_timeout_ms = next_int<std::int32_t>(0, seed);
  }
  if (version >= 1) {
    x.rebalance_timeout_ms = next_int<std::int32_t>(-1, seed);
  }
  {
    x.member_id = next_string(seed);
  }
  if (version >= 5) {
    x.group_instance_id.emplace() = next_string(seed);
  }
  {
    x.protocol_type = next_string(seed);
  }
  {
    auto& v = x.protocols;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_join_group_request_join_group_request_protocol(v.emplace_back(), version, seed);
    }
  }
  if (version >= 8) {
    x.reason.emplace() = next_string(seed);
  }
}
TEST(GeneratedRoundTripTest, JoinGroupRequest) {
  for (std::int16_t version = 0; version <= 9; ++version) {
    ::gannet::protocol::join_group_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_join_group_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 6);
  }
}

void fill_join_group_response_join_group_response_member(::gannet::protocol::join_group_response_join_group_response_member& x, std::int16_t version, std::uint32_t& seed);
void fill_join_group_response(::gannet::protocol::join_group_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_join_group_response_join_group_response_member(::gannet::protocol::join_group_response_join_group_response_member& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.member_id = next_string(seed);
  }
  if (version >= 5) {
    x.group_instance_id.emplace() = next_string(seed);
  }
  {
    x.metadata = next_bytes(seed);
  }
}
[[maybe_unused]] void fill_join_group_response(::gannet::protocol::join_group_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 2) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.generation_id = next_int<std::int32_t>(-1, seed);
  }
  if (version >= 7) {
    x.protocol_type.emplace() = next_string(seed);
  }
  {
    x.protocol_name.emplace() = next_string(seed);
  }
  {
    x.leader = next_string(seed);
  }
  if (version >= 9) {
    x.skip_assignment = !(false);
  }
  {
    x.member_id = next_string(seed);
  }
  {
    auto& v = x.members;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_join_group_response_join_group_response_member(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, JoinGroupResponse) {
  for (std::int16_t version = 0; version <= 9; ++version) {
    ::gannet::protocol::join_group_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_join_group_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 6);
  }
}

void fill_list_partition_reassignments_request_list_partition_reassignments_topics(::gannet::protocol::list_partition_reassignments_request_list_partition_reassignments_topics& x, std::int16_t version, std::uint32_t& seed);
void fill_list_partition_reassignments_request(::gannet::protocol::list_partition_reassignments_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_list_partition_reassignments_request_list_partition_reassignments_topics(::gannet::protocol::list_partition_reassignments_request_list_partition_reassignments_topics& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    auto& v = x.partition_indexes;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_list_partition_reassignments_request(::gannet::protocol::list_partition_reassignments_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.timeout_ms = next_int<std::int32_t>(60000, seed);
  }
  {
    auto& v = x.topics.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_list_partition_reassignments_request_list_partition_reassignments_topics(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ListPartitionReassignmentsRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::list_partition_reassignments_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_list_partition_reassignments_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_list_partition_reassignments_response_ongoing_partition_reassignment(::gannet::protocol::list_partition_reassignments_response_ongoing_partition_reassignment& x, std::int16_t version, std::uint32_t& seed);
void fill_list_partition_reassignments_response_ongoing_topic_reassignment(::gannet::protocol::list_partition_reassignments_response_ongoing_topic_reassignment& x, std::int16_t version, std::uint32_t& seed);
void fill_list_partition_reassignments_response(::gannet::protocol::list_partition_reassignments_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_list_partition_reassignments_response_ongoing_partition_reassignment(::gannet::protocol::list_partition_reassignments_response_ongoing_partition_reassignment& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.replicas;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  {
    auto& v = x.adding_replicas;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  {
    auto& v = x.removing_replicas;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_list_partition_reassignments_response_ongoing_topic_reassignment(::gannet::protocol::list_partition_reassignments_response_ongoing_topic_reassignment& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_list_partition_reassignments_response_ongoing_partition_reassignment(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_list_partition_reassignments_response(::gannet::protocol::list_partition_reassignments_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.error_message.emplace() = next_string(seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_list_partition_reassignments_response_ongoing_topic_reassignment(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ListPartitionReassignmentsResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::list_partition_reassignments_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_list_partition_reassignments_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_push_telemetry_request(::gannet::protocol::push_telemetry_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_push_telemetry_request(::gannet::protocol::push_telemetry_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.client_instance_id = next_uuid(seed);
  }
  {
    x.subscription_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.terminating = !(false);
  }
  {
    x.compression_type = next_int<std::int8_t>(0, seed);
  }
  {
    x.metrics = next_bytes(seed);
  }
}
TEST(GeneratedRoundTripTest, PushTelemetryRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::push_telemetry_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_push_telemetry_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_push_telemetry_response(::gannet::protocol::push_telemetry_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_push_telemetry_response(::gannet::protocol::push_telemetry_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
TEST(GeneratedRoundTripTest, PushTelemetryResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::push_telemetry_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_push_telemetry_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_sasl_handshake_request(::gannet::protocol::sasl_handshake_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_sasl_handshake_request(::gannet::protocol::sasl_handshake_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.mechanism = next_string(seed);
  }
}
TEST(GeneratedRoundTripTest, SaslHandshakeRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::sasl_handshake_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_sasl_handshake_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, false);
  }
}

void fill_sasl_handshake_response(::gannet::protocol::sasl_handshake_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_sasl_handshake_response(::gannet::protocol::sasl_handshake_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    auto& v = x.mechanisms;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
}
TEST(GeneratedRoundTripTest, SaslHandshakeResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::sasl_handshake_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_sasl_handshake_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, false);
  }
}

void fill_sync_group_request_sync_group_request_assignment(::gannet::protocol::sync_group_request_sync_group_request_assignment& x, std::int16_t version, std::uint32_t& seed);
void fill_sync_group_request(::gannet::protocol::sync_group_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_sync_group_request_sync_group_request_assignment(::gannet::protocol::sync_group_request_sync_group_request_assignment& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.member_id = next_string(seed);
  }
  {
    x.assignment = next_bytes(seed);
  }
}
[[maybe_unused]] void fill_sync_group_request(::gannet::protocol::sync_group_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.group_id = next_string(seed);
  }
  {
    x.generation_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.member_id = next_string(seed);
  }
  if (version >= 3) {
    x.group_instance_id.emplace() = next_string(seed);
  }
  if (version >= 5) {
    x.protocol_type.emplace() = next_string(seed);
  }
  if (version >= 5) {
    x.protocol_name.emplace() = next_string(seed);
  }
  {
    auto& v = x.assignments;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_sync_group_request_sync_group_request_assignment(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, SyncGroupRequest) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::sync_group_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_sync_group_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_sync_group_response(::gannet::protocol::sync_group_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_sync_group_response(::gannet::protocol::sync_group_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 1) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  if (version >= 5) {
    x.protocol_type.emplace() = next_string(seed);
  }
  if (version >= 5) {
    x.protocol_name.emplace() = next_string(seed);
  }
  {
    x.assignment = next_bytes(seed);
  }
}
TEST(GeneratedRoundTripTest, SyncGroupResponse) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::sync_group_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_sync_group_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_write_share_group_state_request_state_batch(::gannet::protocol::write_share_group_state_request_state_batch& x, std::int16_t version, std::uint32_t& seed);
void fill_write_share_group_state_request_partition_data(::gannet::protocol::write_share_group_state_request_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_write_share_group_state_request_write_state_data(::gannet::protocol::write_share_group_state_request_write_state_data& x, std::int16_t version, std::uint32_t& seed);
void fill_write_share_group_state_request(::gannet::protocol::write_share_group_state_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_write_share_group_state_request_state_batch(::gannet::protocol::write_share_group_state_request_state_batch& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.first_offset = next_int<std::int64_t>(0, seed);
  }
  {
    x.last_offset = next_int<std::int64_t>(0, seed);
  }
  {
    x.delivery_state = next_int<std::int8_t>(0, seed);
  }
  {
    x.delivery_count = next_int<std::int16_t>(0, seed);
  }
}
[[maybe_unused]] void fill_write_share_group_state_request_partition_data(::gannet::protocol::write_share_group_state_request_partition_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition = next_int<std::int32_t>(0, seed);
  }
  {
    x.state_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.start_offset = next_int<std::int64_t>(0, seed);
  }
  {
    auto& v = x.state_batches;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_write_share_group_state_request_state_batch(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_write_share_group_state_request_write_state_data(::gannet::protocol::write_share_group_state_request_write_state_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic_id = next_uuid(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_write_share_group_state_request_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_write_share_group_state_request(::gannet::protocol::write_share_group_state_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.group_id = next_string(seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_write_share_group_state_request_write_state_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, WriteShareGroupStateRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::write_share_group_state_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_write_share_group_state_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_write_share_group_state_response_partition_result(::gannet::protocol::write_share_group_state_response_partition_result& x, std::int16_t version, std::uint32_t& seed);
void fill_write_share_group_state_response_write_state_result(::gannet::protocol::write_share_group_state_response_write_state_result& x, std::int16_t version, std::uint32_t& seed);
void fill_write_share_group_state_response(::gannet::protocol::write_share_group_state_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_write_share_group_state_response_partition_result(::gannet::protocol::write_share_group_state_response_partition_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.error_message.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_write_share_group_state_response_write_state_result(::gannet::protocol::write_share_group_state_response_write_state_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic_id = next_uuid(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_write_share_group_state_response_partition_result(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_write_share_group_state_response(::gannet::protocol::write_share_group_state_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.results;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_write_share_group_state_response_write_state_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, WriteShareGroupStateResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::write_share_group_state_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_write_share_group_state_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

}  // namespace
