// generated from AlterConfigsRequest.json, AlterConfigsResponse.json, BrokerHeartbeatRequest.json, BrokerHeartbeatResponse.json, CreateAclsRequest.json, CreateAclsResponse.json, DeleteShareGroupStateRequest.json, DeleteShareGroupStateResponse.json, DescribeLogDirsRequest.json, DescribeLogDirsResponse.json, EndTxnRequest.json, EndTxnResponse.json, IncrementalAlterConfigsRequest.json, IncrementalAlterConfigsResponse.json, ListClientMetricsResourcesRequest.json, ListClientMetricsResourcesResponse.json, OffsetFetchRequest.json, OffsetFetchResponse.json, RequestHeader.json, SnapshotFooterRecord.json, UpdateRaftVoterRequest.json, UpdateRaftVoterResponse.json; do not edit
#include <gtest/gtest.h>

#include <cstdint>

#include "gannet/protocol/messages/alter_configs.h"
#include "gannet/protocol/messages/broker_heartbeat.h"
#include "gannet/protocol/messages/create_acls.h"
#include "gannet/protocol/messages/delete_share_group_state.h"
#include "gannet/protocol/messages/describe_log_dirs.h"
#include "gannet/protocol/messages/end_txn.h"
#include "gannet/protocol/messages/incremental_alter_configs.h"
#include "gannet/protocol/messages/list_client_metrics_resources.h"
#include "gannet/protocol/messages/offset_fetch.h"
#include "gannet/protocol/messages/request_header.h"
#include "gannet/protocol/messages/snapshot_footer_record.h"
#include "gannet/protocol/messages/update_raft_voter.h"
#include "protocol/roundtrip_support.h"

namespace {

using ::gannet::protocol::testing::next_bytes;
using ::gannet::protocol::testing::next_double;
using ::gannet::protocol::testing::next_int;
using ::gannet::protocol::testing::next_records;
using ::gannet::protocol::testing::next_string;
using ::gannet::protocol::testing::next_uuid;

void fill_alter_configs_request_alterable_config(::gannet::protocol::alter_configs_request_alterable_config& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_configs_request_alter_configs_resource(::gannet::protocol::alter_configs_request_alter_configs_resource& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_configs_request(::gannet::protocol::alter_configs_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_configs_request_alterable_config(::gannet::protocol::alter_configs_request_alterable_config& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_alter_configs_request_alter_configs_resource(::gannet::protocol::alter_configs_request_alter_configs_resource& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.resource_type = next_int<std::int8_t>(0, seed);
  }
  {
    x.resource_name = next_string(seed);
  }
  {
    auto& v = x.configs;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_configs_request_alterable_config(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_alter_configs_request(::gannet::protocol::alter_configs_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.resources;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_configs_request_alter_configs_resource(v.emplace_back(), version, seed);
    }
  }
  {
    x.validate_only = !(false);
  }
}
TEST(GeneratedRoundTripTest, AlterConfigsRequest) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::alter_configs_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_configs_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_alter_configs_response_alter_configs_resource_response(::gannet::protocol::alter_configs_response_alter_configs_resource_response& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_configs_response(::gannet::protocol::alter_configs_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_configs_response_alter_configs_resource_response(::gannet::protocol::alter_configs_response_alter_configs_resource_response& x, std::int16_t version, std::uint32_t& seed) {
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
    x.resource_type = next_int<std::int8_t>(0, seed);
  }
  {
    x.resource_name = next_string(seed);
  }
}
[[maybe_unused]] void fill_alter_configs_response(::gannet::protocol::alter_configs_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.responses;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_configs_response_alter_configs_resource_response(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AlterConfigsResponse) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::alter_configs_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_configs_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_broker_heartbeat_request(::gannet::protocol::broker_heartbeat_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_broker_heartbeat_request(::gannet::protocol::broker_heartbeat_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.broker_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.broker_epoch = next_int<std::int64_t>(-1, seed);
  }
  {
    x.current_metadata_offset = next_int<std::int64_t>(0, seed);
  }
  {
    x.want_fence = !(false);
  }
  {
    x.want_shut_down = !(false);
  }
  if (version >= 1) {
    auto& v = x.offline_log_dirs;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_uuid(seed);
    }
  }
}
TEST(GeneratedRoundTripTest, BrokerHeartbeatRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::broker_heartbeat_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_broker_heartbeat_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, (true) && (!(version >= 1)));
  }
}

void fill_broker_heartbeat_response(::gannet::protocol::broker_heartbeat_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_broker_heartbeat_response(::gannet::protocol::broker_heartbeat_response& x, std::int16_t version, std::uint32_t& seed) {
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
    x.is_caught_up = !(false);
  }
  {
    x.is_fenced = !(true);
  }
  {
    x.should_shut_down = !(false);
  }
}
TEST(GeneratedRoundTripTest, BrokerHeartbeatResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::broker_heartbeat_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_broker_heartbeat_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_create_acls_request_acl_creation(::gannet::protocol::create_acls_request_acl_creation& x, std::int16_t version, std::uint32_t& seed);
void fill_create_acls_request(::gannet::protocol::create_acls_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_create_acls_request_acl_creation(::gannet::protocol::create_acls_request_acl_creation& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.resource_type = next_int<std::int8_t>(0, seed);
  }
  {
    x.resource_name = next_string(seed);
  }
  if (version >= 1) {
    x.resource_pattern_type = next_int<std::int8_t>(3, seed);
  }
  {
    x.principal = next_string(seed);
  }
  {
    x.host = next_string(seed);
  }
  {
    x.operation = next_int<std::int8_t>(0, seed);
  }
  {
    x.permission_type = next_int<std::int8_t>(0, seed);
  }
}
[[maybe_unused]] void fill_create_acls_request(::gannet::protocol::create_acls_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.creations;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_create_acls_request_acl_creation(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, CreateAclsRequest) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::create_acls_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_create_acls_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_create_acls_response_acl_creation_result(::gannet::protocol::create_acls_response_acl_creation_result& x, std::int16_t version, std::uint32_t& seed);
void fill_create_acls_response(::gannet::protocol::create_acls_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_create_acls_response_acl_creation_result(::gannet::protocol::create_acls_response_acl_creation_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.error_message.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_create_acls_response(::gannet::protocol::create_acls_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_create_acls_response_acl_creation_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, CreateAclsResponse) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::create_acls_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_create_acls_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_delete_share_group_state_request_partition_data(::gannet::protocol::delete_share_group_state_request_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_share_group_state_request_delete_state_data(::gannet::protocol::delete_share_group_state_request_delete_state_data& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_share_group_state_request(::gannet::protocol::delete_share_group_state_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_delete_share_group_state_request_partition_data(::gannet::protocol::delete_share_group_state_request_partition_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_delete_share_group_state_request_delete_state_data(::gannet::protocol::delete_share_group_state_request_delete_state_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_delete_share_group_state_request_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_delete_share_group_state_request(::gannet::protocol::delete_share_group_state_request& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_delete_share_group_state_request_delete_state_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DeleteShareGroupStateRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::delete_share_group_state_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_delete_share_group_state_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_delete_share_group_state_response_partition_result(::gannet::protocol::delete_share_group_state_response_partition_result& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_share_group_state_response_delete_state_result(::gannet::protocol::delete_share_group_state_response_delete_state_result& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_share_group_state_response(::gannet::protocol::delete_share_group_state_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_delete_share_group_state_response_partition_result(::gannet::protocol::delete_share_group_state_response_partition_result& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_delete_share_group_state_response_delete_state_result(::gannet::protocol::delete_share_group_state_response_delete_state_result& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_delete_share_group_state_response_partition_result(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_delete_share_group_state_response(::gannet::protocol::delete_share_group_state_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.results;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_delete_share_group_state_response_delete_state_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DeleteShareGroupStateResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::delete_share_group_state_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_delete_share_group_state_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_describe_log_dirs_request_describable_log_dir_topic(::gannet::protocol::describe_log_dirs_request_describable_log_dir_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_log_dirs_request(::gannet::protocol::describe_log_dirs_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_log_dirs_request_describable_log_dir_topic(::gannet::protocol::describe_log_dirs_request_describable_log_dir_topic& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic = next_string(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_log_dirs_request(::gannet::protocol::describe_log_dirs_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.topics.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_log_dirs_request_describable_log_dir_topic(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeLogDirsRequest) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::describe_log_dirs_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_log_dirs_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_describe_log_dirs_response_describe_log_dirs_partition(::gannet::protocol::describe_log_dirs_response_describe_log_dirs_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_log_dirs_response_describe_log_dirs_topic(::gannet::protocol::describe_log_dirs_response_describe_log_dirs_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_log_dirs_response_describe_log_dirs_result(::gannet::protocol::describe_log_dirs_response_describe_log_dirs_result& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_log_dirs_response(::gannet::protocol::describe_log_dirs_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_log_dirs_response_describe_log_dirs_partition(::gannet::protocol::describe_log_dirs_response_describe_log_dirs_partition& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.partition_size = next_int<std::int64_t>(0, seed);
  }
  {
    x.offset_lag = next_int<std::int64_t>(0, seed);
  }
  {
    x.is_future_key = !(false);
  }
}
[[maybe_unused]] void fill_describe_log_dirs_response_describe_log_dirs_topic(::gannet::protocol::describe_log_dirs_response_describe_log_dirs_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_describe_log_dirs_response_describe_log_dirs_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_log_dirs_response_describe_log_dirs_result(::gannet::protocol::describe_log_dirs_response_describe_log_dirs_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.log_dir = next_string(seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_log_dirs_response_describe_log_dirs_topic(v.emplace_back(), version, seed);
    }
  }
  if (version >= 4) {
    x.total_bytes = next_int<std::int64_t>(-1, seed);
  }
  if (version >= 4) {
    x.usable_bytes = next_int<std::int64_t>(-1, seed);
  }
}
[[maybe_unused]] void fill_describe_log_dirs_response(::gannet::protocol::describe_log_dirs_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  if (version >= 3) {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    auto& v = x.results;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_log_dirs_response_describe_log_dirs_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeLogDirsResponse) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::describe_log_dirs_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_log_dirs_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_end_txn_request(::gannet::protocol::end_txn_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_end_txn_request(::gannet::protocol::end_txn_request& x, std::int16_t version, std::uint32_t& seed) {
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
    x.committed = !(false);
  }
}
TEST(GeneratedRoundTripTest, EndTxnRequest) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::end_txn_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_end_txn_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_end_txn_response(::gannet::protocol::end_txn_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_end_txn_response(::gannet::protocol::end_txn_response& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, EndTxnResponse) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::end_txn_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_end_txn_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_incremental_alter_configs_request_alterable_config(::gannet::protocol::incremental_alter_configs_request_alterable_config& x, std::int16_t version, std::uint32_t& seed);
void fill_incremental_alter_configs_request_alter_configs_resource(::gannet::protocol::incremental_alter_configs_request_alter_configs_resource& x, std::int16_t version, std::uint32_t& seed);
void fill_incremental_alter_configs_request(::gannet::protocol::incremental_alter_configs_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_incremental_alter_configs_request_alterable_config(::gannet::protocol::incremental_alter_configs_request_alterable_config& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.config_operation = next_int<std::int8_t>(0, seed);
  }
  {
    x.value.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_incremental_alter_configs_request_alter_configs_resource(::gannet::protocol::incremental_alter_configs_request_alter_configs_resource& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.resource_type = next_int<std::int8_t>(0, seed);
  }
  {
    x.resource_name = next_string(seed);
  }
  {
    auto& v = x.configs;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_incremental_alter_configs_request_alterable_config(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_incremental_alter_configs_request(::gannet::protocol::incremental_alter_configs_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.resources;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_incremental_alter_configs_request_alter_configs_resource(v.emplace_back(), version, seed);
    }
  }
  {
    x.validate_only = !(false);
  }
}
TEST(GeneratedRoundTripTest, IncrementalAlterConfigsRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::incremental_alter_configs_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_incremental_alter_configs_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 1);
  }
}

void fill_incremental_alter_configs_response_alter_configs_resource_response(::gannet::protocol::incremental_alter_configs_response_alter_configs_resource_response& x, std::int16_t version, std::uint32_t& seed);
void fill_incremental_alter_configs_response(::gannet::protocol::incremental_alter_configs_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_incremental_alter_configs_response_alter_configs_resource_response(::gannet::protocol::incremental_alter_configs_response_alter_configs_resource_response& x, std::int16_t version, std::uint32_t& seed) {
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
    x.resource_type = next_int<std::int8_t>(0, seed);
  }
  {
    x.resource_name = next_string(seed);
  }
}
[[maybe_unused]] void fill_incremental_alter_configs_response(::gannet::protocol::incremental_alter_configs_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.responses;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_incremental_alter_configs_response_alter_configs_resource_response(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, IncrementalAlterConfigsResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::incremental_alter_configs_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_incremental_alter_configs_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 1);
  }
}

void fill_list_client_metrics_resources_request(::gannet::protocol::list_client_metrics_resources_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_list_client_metrics_resources_request(::gannet::protocol::list_client_metrics_resources_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
}
TEST(GeneratedRoundTripTest, ListClientMetricsResourcesRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::list_client_metrics_resources_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_list_client_metrics_resources_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_list_client_metrics_resources_response_client_metrics_resource(::gannet::protocol::list_client_metrics_resources_response_client_metrics_resource& x, std::int16_t version, std::uint32_t& seed);
void fill_list_client_metrics_resources_response(::gannet::protocol::list_client_metrics_resources_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_list_client_metrics_resources_response_client_metrics_resource(::gannet::protocol::list_client_metrics_resources_response_client_metrics_resource& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
}
[[maybe_unused]] void fill_list_client_metrics_resources_response(::gannet::protocol::list_client_metrics_resources_response& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.client_metrics_resources;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_list_client_metrics_resources_response_client_metrics_resource(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ListClientMetricsResourcesResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::list_client_metrics_resources_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_list_client_metrics_resources_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_offset_fetch_request_offset_fetch_request_topic(::gannet::protocol::offset_fetch_request_offset_fetch_request_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_fetch_request_offset_fetch_request_topics(::gannet::protocol::offset_fetch_request_offset_fetch_request_topics& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_fetch_request_offset_fetch_request_group(::gannet::protocol::offset_fetch_request_offset_fetch_request_group& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_fetch_request(::gannet::protocol::offset_fetch_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_offset_fetch_request_offset_fetch_request_topic(::gannet::protocol::offset_fetch_request_offset_fetch_request_topic& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_offset_fetch_request_offset_fetch_request_topics(::gannet::protocol::offset_fetch_request_offset_fetch_request_topics& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_offset_fetch_request_offset_fetch_request_group(::gannet::protocol::offset_fetch_request_offset_fetch_request_group& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.group_id = next_string(seed);
  }
  if (version >= 9) {
    x.member_id.emplace() = next_string(seed);
  }
  if (version >= 9) {
    x.member_epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    auto& v = x.topics.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_offset_fetch_request_offset_fetch_request_topics(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_offset_fetch_request(::gannet::protocol::offset_fetch_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version <= 7) {
    x.group_id = next_string(seed);
  }
  if (version <= 7) {
    auto& v = x.topics.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_offset_fetch_request_offset_fetch_request_topic(v.emplace_back(), version, seed);
    }
  }
  if (version >= 8) {
    auto& v = x.groups;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_offset_fetch_request_offset_fetch_request_group(v.emplace_back(), version, seed);
    }
  }
  if (version >= 7) {
    x.require_stable = !(false);
  }
}
TEST(GeneratedRoundTripTest, OffsetFetchRequest) {
  for (std::int16_t version = 0; version <= 9; ++version) {
    ::gannet::protocol::offset_fetch_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_offset_fetch_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 6);
  }
}

void fill_offset_fetch_response_offset_fetch_response_partition(::gannet::protocol::offset_fetch_response_offset_fetch_response_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_fetch_response_offset_fetch_response_topic(::gannet::protocol::offset_fetch_response_offset_fetch_response_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_fetch_response_offset_fetch_response_partitions(::gannet::protocol::offset_fetch_response_offset_fetch_response_partitions& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_fetch_response_offset_fetch_response_topics(::gannet::protocol::offset_fetch_response_offset_fetch_response_topics& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_fetch_response_offset_fetch_response_group(::gannet::protocol::offset_fetch_response_offset_fetch_response_group& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_fetch_response(::gannet::protocol::offset_fetch_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_offset_fetch_response_offset_fetch_response_partition(::gannet::protocol::offset_fetch_response_offset_fetch_response_partition& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.committed_offset = next_int<std::int64_t>(0, seed);
  }
  if (version >= 5) {
    x.committed_leader_epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    x.metadata.emplace() = next_string(seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
[[maybe_unused]] void fill_offset_fetch_response_offset_fetch_response_topic(::gannet::protocol::offset_fetch_response_offset_fetch_response_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_offset_fetch_response_offset_fetch_response_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_offset_fetch_response_offset_fetch_response_partitions(::gannet::protocol::offset_fetch_response_offset_fetch_response_partitions& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.committed_offset = next_int<std::int64_t>(0, seed);
  }
  {
    x.committed_leader_epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    x.metadata.emplace() = next_string(seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
[[maybe_unused]] void fill_offset_fetch_response_offset_fetch_response_topics(::gannet::protocol::offset_fetch_response_offset_fetch_response_topics& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_offset_fetch_response_offset_fetch_response_partitions(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_offset_fetch_response_offset_fetch_response_group(::gannet::protocol::offset_fetch_response_offset_fetch_response_group& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_offset_fetch_response_offset_fetch_response_topics(v.emplace_back(), version, seed);
    }
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
[[maybe_unused]] void fill_offset_fetch_response(::gannet::protocol::offset_fetch_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 3) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  if (version <= 7) {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_offset_fetch_response_offset_fetch_response_topic(v.emplace_back(), version, seed);
    }
  }
  if (version >= 2 && version <= 7) {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  if (version >= 8) {
    auto& v = x.groups;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_offset_fetch_response_offset_fetch_response_group(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, OffsetFetchResponse) {
  for (std::int16_t version = 0; version <= 9; ++version) {
    ::gannet::protocol::offset_fetch_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_offset_fetch_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 6);
  }
}

void fill_request_header(::gannet::protocol::request_header& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_request_header(::gannet::protocol::request_header& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.request_api_key = next_int<std::int16_t>(0, seed);
  }
  {
    x.request_api_version = next_int<std::int16_t>(0, seed);
  }
  {
    x.correlation_id = next_int<std::int32_t>(0, seed);
  }
  if (version >= 1) {
    x.client_id.emplace() = next_string(seed);
  }
}
TEST(GeneratedRoundTripTest, RequestHeader) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::request_header msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_request_header(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_snapshot_footer_record(::gannet::protocol::snapshot_footer_record& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_snapshot_footer_record(::gannet::protocol::snapshot_footer_record& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.version = next_int<std::int16_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, SnapshotFooterRecord) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::snapshot_footer_record msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_snapshot_footer_record(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_update_raft_voter_request_listener(::gannet::protocol::update_raft_voter_request_listener& x, std::int16_t version, std::uint32_t& seed);
void fill_update_raft_voter_request_k_raft_version_feature_data(::gannet::protocol::update_raft_voter_request_k_raft_version_feature& x, std::int16_t version, std::uint32_t& seed);
void fill_update_raft_voter_request(::gannet::protocol::update_raft_voter_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_update_raft_voter_request_listener(::gannet::protocol::update_raft_voter_request_listener& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_update_raft_voter_request_k_raft_version_feature_data(::gannet::protocol::update_raft_voter_request_k_raft_version_feature& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.min_supported_version = next_int<std::int16_t>(0, seed);
  }
  {
    x.max_supported_version = next_int<std::int16_t>(0, seed);
  }
}
[[maybe_unused]] void fill_update_raft_voter_request(::gannet::protocol::update_raft_voter_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.cluster_id.emplace() = next_string(seed);
  }
  {
    x.current_leader_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.voter_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.voter_directory_id = next_uuid(seed);
  }
  {
    auto& v = x.listeners;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_update_raft_voter_request_listener(v.emplace_back(), version, seed);
    }
  }
  {
    fill_update_raft_voter_request_k_raft_version_feature_data(x.k_raft_version_feature, version, seed);
  }
}
TEST(GeneratedRoundTripTest, UpdateRaftVoterRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::update_raft_voter_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_update_raft_voter_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_update_raft_voter_response_current_leader_data(::gannet::protocol::update_raft_voter_response_current_leader& x, std::int16_t version, std::uint32_t& seed);
void fill_update_raft_voter_response(::gannet::protocol::update_raft_voter_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_update_raft_voter_response_current_leader_data(::gannet::protocol::update_raft_voter_response_current_leader& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.leader_id = next_int<std::int32_t>(-1, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    x.host = next_string(seed);
  }
  {
    x.port = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_update_raft_voter_response(::gannet::protocol::update_raft_voter_response& x, std::int16_t version, std::uint32_t& seed) {
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
    fill_update_raft_voter_response_current_leader_data(x.current_leader, version, seed);
  }
}
TEST(GeneratedRoundTripTest, UpdateRaftVoterResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::update_raft_voter_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_update_raft_voter_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, (true) && (false));
  }
}

}  // namespace
