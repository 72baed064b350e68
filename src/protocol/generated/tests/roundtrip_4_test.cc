// generated from AlterClientQuotasRequest.json, AlterClientQuotasResponse.json, BeginQuorumEpochRequest.json, BeginQuorumEpochResponse.json, ControllerRegistrationRequest.json, ControllerRegistrationResponse.json, DeleteRecordsRequest.json, DeleteRecordsResponse.json, DescribeGroupsRequest.json, DescribeGroupsResponse.json, EndQuorumEpochRequest.json, EndQuorumEpochResponse.json, HeartbeatRequest.json, HeartbeatResponse.json, LeaveGroupRequest.json, LeaveGroupResponse.json, OffsetDeleteRequest.json, OffsetDeleteResponse.json, RenewDelegationTokenRequest.json, RenewDelegationTokenResponse.json, ShareGroupHeartbeatRequest.json, ShareGroupHeartbeatResponse.json, UpdateMetadataRequest.json, UpdateMetadataResponse.json; do not edit
#include <gtest/gtest.h>

#include <cstdint>

#include "gannet/protocol/messages/alter_client_quotas.h"
#include "gannet/protocol/messages/begin_quorum_epoch.h"
#include "gannet/protocol/messages/controller_registration.h"
#include "gannet/protocol/messages/delete_records.h"
#include "gannet/protocol/messages/describe_groups.h"
#include "gannet/protocol/messages/end_quorum_epoch.h"
#include "gannet/protocol/messages/heartbeat.h"
#include "gannet/protocol/messages/leave_group.h"
#include "gannet/protocol/messages/offset_delete.h"
#include "gannet/protocol/messages/renew_delegation_token.h"
#include "gannet/protocol/messages/share_group_heartbeat.h"
#include "gannet/protocol/messages/update_metadata.h"
#include "protocol/roundtrip_support.h"

namespace {

using ::gannet::protocol::testing::next_bytes;
using ::gannet::protocol::testing::next_double;
using ::gannet::protocol::testing::next_int;
using ::gannet::protocol::testing::next_records;
using ::gannet::protocol::testing::next_string;
using ::gannet::protocol::testing::next_uuid;

void fill_alter_client_quotas_request_entity_data(::gannet::protocol::alter_client_quotas_request_entity_data& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_client_quotas_request_op_data(::gannet::protocol::alter_client_quotas_request_op_data& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_client_quotas_request_entry_data(::gannet::protocol::alter_client_quotas_request_entry_data& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_client_quotas_request(::gannet::protocol::alter_client_quotas_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_client_quotas_request_entity_data(::gannet::protocol::alter_client_quotas_request_entity_data& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_alter_client_quotas_request_op_data(::gannet::protocol::alter_client_quotas_request_op_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.key = next_string(seed);
  }
  {
    x.value = next_double(seed);
  }
  {
    x.remove = !(false);
  }
}
[[maybe_unused]] void fill_alter_client_quotas_request_entry_data(::gannet::protocol::alter_client_quotas_request_entry_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.entity;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_client_quotas_request_entity_data(v.emplace_back(), version, seed);
    }
  }
  {
    auto& v = x.ops;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_client_quotas_request_op_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_alter_client_quotas_request(::gannet::protocol::alter_client_quotas_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.entries;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_client_quotas_request_entry_data(v.emplace_back(), version, seed);
    }
  }
  {
    x.validate_only = !(false);
  }
}
TEST(GeneratedRoundTripTest, AlterClientQuotasRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::alter_client_quotas_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_client_quotas_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 1);
  }
}

void fill_alter_client_quotas_response_entity_data(::gannet::protocol::alter_client_quotas_response_entity_data& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_client_quotas_response_entry_data(::gannet::protocol::alter_client_quotas_response_entry_data& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_client_quotas_response(::gannet::protocol::alter_client_quotas_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_client_quotas_response_entity_data(::gannet::protocol::alter_client_quotas_response_entity_data& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_alter_client_quotas_response_entry_data(::gannet::protocol::alter_client_quotas_response_entry_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.error_message.emplace() = next_string(seed);
  }
  {
    auto& v = x.entity;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_client_quotas_response_entity_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_alter_client_quotas_response(::gannet::protocol::alter_client_quotas_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.entries;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_client_quotas_response_entry_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AlterClientQuotasResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::alter_client_quotas_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_client_quotas_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 1);
  }
}

void fill_begin_quorum_epoch_request_partition_data(::gannet::protocol::begin_quorum_epoch_request_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_begin_quorum_epoch_request_topic_data(::gannet::protocol::begin_quorum_epoch_request_topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_begin_quorum_epoch_request_leader_endpoint(::gannet::protocol::begin_quorum_epoch_request_leader_endpoint& x, std::int16_t version, std::uint32_t& seed);
void fill_begin_quorum_epoch_request(::gannet::protocol::begin_quorum_epoch_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_begin_quorum_epoch_request_partition_data(::gannet::protocol::begin_quorum_epoch_request_partition_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  if (version >= 1) {
    x.voter_directory_id = next_uuid(seed);
  }
  {
    x.leader_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_begin_quorum_epoch_request_topic_data(::gannet::protocol::begin_quorum_epoch_request_topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_begin_quorum_epoch_request_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_begin_quorum_epoch_request_leader_endpoint(::gannet::protocol::begin_quorum_epoch_request_leader_endpoint& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.host = next_string(seed);
  }
  {
    x.port = next_int<std::uint16_t>(0, seed);
  }
}
[[maybe_unused]] void fill_begin_quorum_epoch_request(::gannet::protocol::begin_quorum_epoch_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.cluster_id.emplace() = next_string(seed);
  }
  if (version >= 1) {
    x.voter_id = next_int<std::int32_t>(-1, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_begin_quorum_epoch_request_topic_data(v.emplace_back(), version, seed);
    }
  }
  if (version >= 1) {
    auto& v = x.leader_endpoints;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_begin_quorum_epoch_request_leader_endpoint(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, BeginQuorumEpochRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::begin_quorum_epoch_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_begin_quorum_epoch_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 1);
  }
}

void fill_begin_quorum_epoch_response_partition_data(::gannet::protocol::begin_quorum_epoch_response_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_begin_quorum_epoch_response_topic_data(::gannet::protocol::begin_quorum_epoch_response_topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_begin_quorum_epoch_response_node_endpoint(::gannet::protocol::begin_quorum_epoch_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed);
void fill_begin_quorum_epoch_response(::gannet::protocol::begin_quorum_epoch_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_begin_quorum_epoch_response_partition_data(::gannet::protocol::begin_quorum_epoch_response_partition_data& x, std::int16_t version, std::uint32_t& seed) {
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
    x.leader_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_begin_quorum_epoch_response_topic_data(::gannet::protocol::begin_quorum_epoch_response_topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_begin_quorum_epoch_response_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_begin_quorum_epoch_response_node_endpoint(::gannet::protocol::begin_quorum_epoch_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed) {
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
    x.port = next_int<std::uint16_t>(0, seed);
  }
}
[[maybe_unused]] void fill_begin_quorum_epoch_response(::gannet::protocol::begin_quorum_epoch_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_begin_quorum_epoch_response_topic_data(v.emplace_back(), version, seed);
    }
  }
  if (version >= 1) {
    auto& v = x.node_endpoints;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_begin_quorum_epoch_response_node_endpoint(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, BeginQuorumEpochResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::begin_quorum_epoch_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_begin_quorum_epoch_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, (version >= 1) && (!(version >= 1)));
  }
}

void fill_controller_registration_request_listener(::gannet::protocol::controller_registration_request_listener& x, std::int16_t version, std::uint32_t& seed);
void fill_controller_registration_request_feature(::gannet::protocol::controller_registration_request_feature& x, std::int16_t version, std::uint32_t& seed);
void fill_controller_registration_request(::gannet::protocol::controller_registration_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_controller_registration_request_listener(::gannet::protocol::controller_registration_request_listener& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.host = next_string(seed);
  }
  {
    x.port = next_int<std::uint16_t>(0, seed);
  }
  {
    x.security_protocol = next_int<std::int16_t>(0, seed);
  }
}
[[maybe_unused]] void fill_controller_registration_request_feature(::gannet::protocol::controller_registration_request_feature& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.min_supported_version = next_int<std::int16_t>(0, seed);
  }
  {
    x.max_supported_version = next_int<std::int16_t>(0, seed);
  }
}
[[maybe_unused]] void fill_controller_registration_request(::gannet::protocol::controller_registration_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.controller_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.incarnation_id = next_uuid(seed);
  }
  {
    x.zk_migration_ready = !(false);
  }
  {
    auto& v = x.listeners;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_controller_registration_request_listener(v.emplace_back(), version, seed);
    }
  }
  {
    auto& v = x.features;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_controller_registration_request_feature(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ControllerRegistrationRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::controller_registration_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_controller_registration_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_controller_registration_response(::gannet::protocol::controller_registration_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_controller_registration_response(::gannet::protocol::controller_registration_response& x, std::int16_t version, std::uint32_t& seed) {
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
}
TEST(GeneratedRoundTripTest, ControllerRegistrationResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::controller_registration_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_controller_registration_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_delete_records_request_delete_records_partition(::gannet::protocol::delete_records_request_delete_records_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_records_request_delete_records_topic(::gannet::protocol::delete_records_request_delete_records_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_records_request(::gannet::protocol::delete_records_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_delete_records_request_delete_records_partition(::gannet::protocol::delete_records_request_delete_records_partition& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.offset = next_int<std::int64_t>(0, seed);
  }
}
[[maybe_unused]] void fill_delete_records_request_delete_records_topic(::gannet::protocol::delete_records_request_delete_records_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_delete_records_request_delete_records_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_delete_records_request(::gannet::protocol::delete_records_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_delete_records_request_delete_records_topic(v.emplace_back(), version, seed);
    }
  }
  {
    x.timeout_ms = next_int<std::int32_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, DeleteRecordsRequest) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::delete_records_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_delete_records_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_delete_records_response_delete_records_partition_result(::gannet::protocol::delete_records_response_delete_records_partition_result& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_records_response_delete_records_topic_result(::gannet::protocol::delete_records_response_delete_records_topic_result& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_records_response(::gannet::protocol::delete_records_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_delete_records_response_delete_records_partition_result(::gannet::protocol::delete_records_response_delete_records_partition_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.low_watermark = next_int<std::int64_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
[[maybe_unused]] void fill_delete_records_response_delete_records_topic_result(::gannet::protocol::delete_records_response_delete_records_topic_result& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_delete_records_response_delete_records_partition_result(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_delete_records_response(::gannet::protocol::delete_records_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_delete_records_response_delete_records_topic_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DeleteRecordsResponse) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::delete_records_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_delete_records_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_describe_groups_request(::gannet::protocol::describe_groups_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_groups_request(::gannet::protocol::describe_groups_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.groups;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
  if (version >= 3) {
    x.include_authorized_operations = !(false);
  }
}
TEST(GeneratedRoundTripTest, DescribeGroupsRequest) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::describe_groups_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_groups_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 5);
  }
}

void fill_describe_groups_response_described_group_member(::gannet::protocol::describe_groups_response_described_group_member& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_groups_response_described_group(::gannet::protocol::describe_groups_response_described_group& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_groups_response(::gannet::protocol::describe_groups_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_groups_response_described_group_member(::gannet::protocol::describe_groups_response_described_group_member& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.member_id = next_string(seed);
  }
  if (version >= 4) {
    x.group_instance_id.emplace() = next_string(seed);
  }
  {
    x.client_id = next_string(seed);
  }
  {
    x.client_host = next_string(seed);
  }
  {
    x.member_metadata = next_bytes(seed);
  }
  {
    x.member_assignment = next_bytes(seed);
  }
}
[[maybe_unused]] void fill_describe_groups_response_described_group(::gannet::protocol::describe_groups_response_described_group& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.group_id = next_string(seed);
  }
  {
    x.group_state = next_string(seed);
  }
  {
    x.protocol_type = next_string(seed);
  }
  {
    x.protocol_data = next_string(seed);
  }
  {
    auto& v = x.members;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_groups_response_described_group_member(v.emplace_back(), version, seed);
    }
  }
  if (version >= 3) {
    x.authorized_operations = next_int<std::int32_t>((-2147483647 - 1), seed);
  }
}
[[maybe_unused]] void fill_describe_groups_response(::gannet::protocol::describe_groups_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 1) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.groups;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_groups_response_described_group(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeGroupsResponse) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::describe_groups_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_groups_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 5);
  }
}

void fill_end_quorum_epoch_request_replica_info(::gannet::protocol::end_quorum_epoch_request_replica_info& x, std::int16_t version, std::uint32_t& seed);
void fill_end_quorum_epoch_request_partition_data(::gannet::protocol::end_quorum_epoch_request_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_end_quorum_epoch_request_topic_data(::gannet::protocol::end_quorum_epoch_request_topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_end_quorum_epoch_request_leader_endpoint(::gannet::protocol::end_quorum_epoch_request_leader_endpoint& x, std::int16_t version, std::uint32_t& seed);
void fill_end_quorum_epoch_request(::gannet::protocol::end_quorum_epoch_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_end_quorum_epoch_request_replica_info(::gannet::protocol::end_quorum_epoch_request_replica_info& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.candidate_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.candidate_directory_id = next_uuid(seed);
  }
}
[[maybe_unused]] void fill_end_quorum_epoch_request_partition_data(::gannet::protocol::end_quorum_epoch_request_partition_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(0, seed);
  }
  if (version <= 0) {
    auto& v = x.preferred_successors;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  if (version >= 1) {
    auto& v = x.preferred_candidates;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_end_quorum_epoch_request_replica_info(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_end_quorum_epoch_request_topic_data(::gannet::protocol::end_quorum_epoch_request_topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_end_quorum_epoch_request_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_end_quorum_epoch_request_leader_endpoint(::gannet::protocol::end_quorum_epoch_request_leader_endpoint& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.host = next_string(seed);
  }
  {
    x.port = next_int<std::uint16_t>(0, seed);
  }
}
[[maybe_unused]] void fill_end_quorum_epoch_request(::gannet::protocol::end_quorum_epoch_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.cluster_id.emplace() = next_string(seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_end_quorum_epoch_request_topic_data(v.emplace_back(), version, seed);
    }
  }
  if (version >= 1) {
    auto& v = x.leader_endpoints;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_end_quorum_epoch_request_leader_endpoint(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, EndQuorumEpochRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::end_quorum_epoch_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_end_quorum_epoch_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 1);
  }
}

void fill_end_quorum_epoch_response_partition_data(::gannet::protocol::end_quorum_epoch_response_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_end_quorum_epoch_response_topic_data(::gannet::protocol::end_quorum_epoch_response_topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_end_quorum_epoch_response_node_endpoint(::gannet::protocol::end_quorum_epoch_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed);
void fill_end_quorum_epoch_response(::gannet::protocol::end_quorum_epoch_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_end_quorum_epoch_response_partition_data(::gannet::protocol::end_quorum_epoch_response_partition_data& x, std::int16_t version, std::uint32_t& seed) {
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
    x.leader_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_end_quorum_epoch_response_topic_data(::gannet::protocol::end_quorum_epoch_response_topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_end_quorum_epoch_response_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_end_quorum_epoch_response_node_endpoint(::gannet::protocol::end_quorum_epoch_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed) {
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
    x.port = next_int<std::uint16_t>(0, seed);
  }
}
[[maybe_unused]] void fill_end_quorum_epoch_response(::gannet::protocol::end_quorum_epoch_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_end_quorum_epoch_response_topic_data(v.emplace_back(), version, seed);
    }
  }
  if (version >= 1) {
    auto& v = x.node_endpoints;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_end_quorum_epoch_response_node_endpoint(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, EndQuorumEpochResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::end_quorum_epoch_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_end_quorum_epoch_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, (version >= 1) && (!(version >= 1)));
  }
}

void fill_heartbeat_request(::gannet::protocol::heartbeat_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_heartbeat_request(::gannet::protocol::heartbeat_request& x, std::int16_t version, std::uint32_t& seed) {
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
}
TEST(GeneratedRoundTripTest, HeartbeatRequest) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::heartbeat_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_heartbeat_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_heartbeat_response(::gannet::protocol::heartbeat_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_heartbeat_response(::gannet::protocol::heartbeat_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 1) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
TEST(GeneratedRoundTripTest, HeartbeatResponse) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::heartbeat_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_heartbeat_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_leave_group_request_member_identity(::gannet::protocol::leave_group_request_member_identity& x, std::int16_t version, std::uint32_t& seed);
void fill_leave_group_request(::gannet::protocol::leave_group_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_leave_group_request_member_identity(::gannet::protocol::leave_group_request_member_identity& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.member_id = next_string(seed);
  }
  {
    x.group_instance_id.emplace() = next_string(seed);
  }
  if (version >= 5) {
    x.reason.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_leave_group_request(::gannet::protocol::leave_group_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.group_id = next_string(seed);
  }
  if (version <= 2) {
    x.member_id = next_string(seed);
  }
  if (version >= 3) {
    auto& v = x.members;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_leave_group_request_member_identity(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, LeaveGroupRequest) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::leave_group_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_leave_group_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_leave_group_response_member_response(::gannet::protocol::leave_group_response_member_response& x, std::int16_t version, std::uint32_t& seed);
void fill_leave_group_response(::gannet::protocol::leave_group_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_leave_group_response_member_response(::gannet::protocol::leave_group_response_member_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.member_id = next_string(seed);
  }
  {
    x.group_instance_id.emplace() = next_string(seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
[[maybe_unused]] void fill_leave_group_response(::gannet::protocol::leave_group_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 1) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  if (version >= 3) {
    auto& v = x.members;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_leave_group_response_member_response(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, LeaveGroupResponse) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::leave_group_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_leave_group_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_offset_delete_request_offset_delete_request_partition(::gannet::protocol::offset_delete_request_offset_delete_request_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_delete_request_offset_delete_request_topic(::gannet::protocol::offset_delete_request_offset_delete_request_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_delete_request(::gannet::protocol::offset_delete_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_offset_delete_request_offset_delete_request_partition(::gannet::protocol::offset_delete_request_offset_delete_request_partition& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_offset_delete_request_offset_delete_request_topic(::gannet::protocol::offset_delete_request_offset_delete_request_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_offset_delete_request_offset_delete_request_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_offset_delete_request(::gannet::protocol::offset_delete_request& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_offset_delete_request_offset_delete_request_topic(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, OffsetDeleteRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::offset_delete_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_offset_delete_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, false);
  }
}

void fill_offset_delete_response_offset_delete_response_partition(::gannet::protocol::offset_delete_response_offset_delete_response_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_delete_response_offset_delete_response_topic(::gannet::protocol::offset_delete_response_offset_delete_response_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_delete_response(::gannet::protocol::offset_delete_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_offset_delete_response_offset_delete_response_partition(::gannet::protocol::offset_delete_response_offset_delete_response_partition& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_offset_delete_response_offset_delete_response_topic(::gannet::protocol::offset_delete_response_offset_delete_response_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_offset_delete_response_offset_delete_response_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_offset_delete_response(::gannet::protocol::offset_delete_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_offset_delete_response_offset_delete_response_topic(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, OffsetDeleteResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::offset_delete_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_offset_delete_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, false);
  }
}

void fill_renew_delegation_token_request(::gannet::protocol::renew_delegation_token_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_renew_delegation_token_request(::gannet::protocol::renew_delegation_token_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.hmac = next_bytes(seed);
  }
  {
    x.renew_period_ms = next_int<std::int64_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, RenewDelegationTokenRequest) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::renew_delegation_token_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_renew_delegation_token_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_renew_delegation_token_response(::gannet::protocol::renew_delegation_token_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_renew_delegation_token_response(::gannet::protocol::renew_delegation_token_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.expiry_timestamp_ms = next_int<std::int64_t>(0, seed);
  }
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, RenewDelegationTokenResponse) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::renew_delegation_token_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_renew_delegation_token_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_share_group_heartbeat_request(::gannet::protocol::share_group_heartbeat_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_share_group_heartbeat_request(::gannet::protocol::share_group_heartbeat_request& x, std::int16_t version, std::uint32_t& seed) {
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
    x.rack_id.emplace() = next_string(seed);
  }
  {
    auto& v = x.subscribed_topic_names.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ShareGroupHeartbeatRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::share_group_heartbeat_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_share_group_heartbeat_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_share_group_heartbeat_response_topic_partitions(::gannet::protocol::share_group_heartbeat_response_topic_partitions& x, std::int16_t version, std::uint32_t& seed);
void fill_share_group_heartbeat_response_assignment_data(::gannet::protocol::share_group_heartbeat_response_assignment& x, std::int16_t version, std::uint32_t& seed);
void fill_share_group_heartbeat_response(::gannet::protocol::share_group_heartbeat_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_share_group_heartbeat_response_topic_partitions(::gannet::protocol::share_group_heartbeat_response_topic_partitions& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_share_group_heartbeat_response_assignment_data(::gannet::protocol::share_group_heartbeat_response_assignment& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.topic_partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_share_group_heartbeat_response_topic_partitions(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_share_group_heartbeat_response(::gannet::protocol::share_group_heartbeat_response& x, std::int16_t version, std::uint32_t& seed) {
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
    fill_share_group_heartbeat_response_assignment_data(x.assignment.emplace(), version, seed);
  }
}
TEST(GeneratedRoundTripTest, ShareGroupHeartbeatResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::share_group_heartbeat_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_share_group_heartbeat_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_update_metadata_request_update_metadata_partition_state(::gannet::protocol::update_metadata_request_update_metadata_partition_state& x, std::int16_t version, std::uint32_t& seed);
void fill_update_metadata_request_update_metadata_topic_state(::gannet::protocol::update_metadata_request_update_metadata_topic_state& x, std::int16_t version, std::uint32_t& seed);
void fill_update_metadata_request_update_metadata_endpoint(::gannet::protocol::update_metadata_request_update_metadata_endpoint& x, std::int16_t version, std::uint32_t& seed);
void fill_update_metadata_request_update_metadata_broker(::gannet::protocol::update_metadata_request_update_metadata_broker& x, std::int16_t version, std::uint32_t& seed);
void fill_update_metadata_request(::gannet::protocol::update_metadata_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_update_metadata_request_update_metadata_partition_state(::gannet::protocol::update_metadata_request_update_metadata_partition_state& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version <= 4) {
    x.topic_name = next_string(seed);
  }
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.controller_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.isr;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  {
    x.zk_version = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.replicas;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  if (version >= 4) {
    auto& v = x.offline_replicas;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_update_metadata_request_update_metadata_topic_state(::gannet::protocol::update_metadata_request_update_metadata_topic_state& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic_name = next_string(seed);
  }
  if (version >= 7) {
    x.topic_id = next_uuid(seed);
  }
  {
    auto& v = x.partition_states;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_update_metadata_request_update_metadata_partition_state(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_update_metadata_request_update_metadata_endpoint(::gannet::protocol::update_metadata_request_update_metadata_endpoint& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.port = next_int<std::int32_t>(0, seed);
  }
  {
    x.host = next_string(seed);
  }
  if (version >= 3) {
    x.listener = next_string(seed);
  }
  {
    x.security_protocol = next_int<std::int16_t>(0, seed);
  }
}
[[maybe_unused]] void fill_update_metadata_request_update_metadata_broker(::gannet::protocol::update_metadata_request_update_metadata_broker& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.id = next_int<std::int32_t>(0, seed);
  }
  if (version <= 0) {
    x.v0_host = next_string(seed);
  }
  if (version <= 0) {
    x.v0_port = next_int<std::int32_t>(0, seed);
  }
  if (version >= 1) {
    auto& v = x.endpoints;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_update_metadata_request_update_metadata_endpoint(v.emplace_back(), version, seed);
    }
  }
  if (version >= 2) {
    x.rack.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_update_metadata_request(::gannet::protocol::update_metadata_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.controller_id = next_int<std::int32_t>(0, seed);
  }
  if (version >= 8) {
    x.is_k_raft_controller = !(false);
  }
  if (version >= 8) {
    x.type = next_int<std::int8_t>(0, seed);
  }
  {
    x.controller_epoch = next_int<std::int32_t>(0, seed);
  }
  if (version >= 5) {
    x.broker_epoch = next_int<std::int64_t>(-1, seed);
  }
  if (version <= 4) {
    auto& v = x.ungrouped_partition_states;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_update_metadata_request_update_metadata_partition_state(v.emplace_back(), version, seed);
    }
  }
  if (version >= 5) {
    auto& v = x.topic_states;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_update_metadata_request_update_metadata_topic_state(v.emplace_back(), version, seed);
    }
  }
  {
    auto& v = x.live_brokers;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_update_metadata_request_update_metadata_broker(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, UpdateMetadataRequest) {
  for (std::int16_t version = 0; version <= 8; ++version) {
    ::gannet::protocol::update_metadata_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_update_metadata_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, (version >= 6) && (!(version >= 8)));
  }
}

void fill_update_metadata_response(::gannet::protocol::update_metadata_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_update_metadata_response(::gannet::protocol::update_metadata_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
TEST(GeneratedRoundTripTest, UpdateMetadataResponse) {
  for (std::int16_t version = 0; version <= 8; ++version) {
    ::gannet::protocol::update_metadata_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_update_metadata_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 6);
  }
}

}  // namespace
