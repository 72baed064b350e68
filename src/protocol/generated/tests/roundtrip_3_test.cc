// generated from AllocateProducerIdsRequest.json, AllocateProducerIdsResponse.json, AssignReplicasToDirsRequest.json, AssignReplicasToDirsResponse.json, ControlledShutdownRequest.json, ControlledShutdownResponse.json, DeleteGroupsRequest.json, DeleteGroupsResponse.json, DescribeDelegationTokenRequest.json, DescribeDelegationTokenResponse.json, ElectLeadersRequest.json, ElectLeadersResponse.json, GetTelemetrySubscriptionsRequest.json, GetTelemetrySubscriptionsResponse.json, LeaderChangeMessage.json, OffsetCommitRequest.json, OffsetCommitResponse.json, RemoveRaftVoterRequest.json, RemoveRaftVoterResponse.json, ShareGroupDescribeRequest.json, ShareGroupDescribeResponse.json, UpdateFeaturesRequest.json, UpdateFeaturesResponse.json; do not edit
#include <gtest/gtest.h>

#include <cstdint>

#include "gannet/protocol/messages/allocate_producer_ids.h"
#include "gannet/protocol/messages/assign_replicas_to_dirs.h"
#include "gannet/protocol/messages/controlled_shutdown.h"
#include "gannet/protocol/messages/delete_groups.h"
#include "gannet/protocol/messages/describe_delegation_token.h"
#include "gannet/protocol/messages/elect_leaders.h"
#include "gannet/protocol/messages/get_telemetry_subscriptions.h"
#include "gannet/protocol/messages/leader_change_message.h"
#include "gannet/protocol/messages/offset_commit.h"
#include "gannet/protocol/messages/remove_raft_voter.h"
#include "gannet/protocol/messages/share_group_describe.h"
#include "gannet/protocol/messages/update_features.h"
#include "protocol/roundtrip_support.h"

namespace {

using ::gannet::protocol::testing::next_bytes;
using ::gannet::protocol::testing::next_double;
using ::gannet::protocol::testing::next_int;
using ::gannet::protocol::testing::next_records;
using ::gannet::protocol::testing::next_string;
using ::gannet::protocol::testing::next_uuid;

void fill_allocate_producer_ids_request(::gannet::protocol::allocate_producer_ids_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_allocate_producer_ids_request(::gannet::protocol::allocate_producer_ids_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.broker_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.broker_epoch = next_int<std::int64_t>(-1, seed);
  }
}
TEST(GeneratedRoundTripTest, AllocateProducerIdsRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::allocate_producer_ids_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_allocate_producer_ids_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_allocate_producer_ids_response(::gannet::protocol::allocate_producer_ids_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_allocate_producer_ids_response(::gannet::protocol::allocate_producer_ids_response& x, std::int16_t version, std::uint32_t& seed) {
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
    x.producer_id_start = next_int<std::int64_t>(0, seed);
  }
  {
    x.producer_id_len = next_int<std::int32_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, AllocateProducerIdsResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::allocate_producer_ids_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_allocate_producer_ids_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_assign_replicas_to_dirs_request_partition_data(::gannet::protocol::assign_replicas_to_dirs_request_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_assign_replicas_to_dirs_request_topic_data(::gannet::protocol::assign_replicas_to_dirs_request_topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_assign_replicas_to_dirs_request_directory_data(::gannet::protocol::assign_replicas_to_dirs_request_directory_data& x, std::int16_t version, std::uint32_t& seed);
void fill_assign_replicas_to_dirs_request(::gannet::protocol::assign_replicas_to_dirs_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_assign_replicas_to_dirs_request_partition_data(::gannet::protocol::assign_replicas_to_dirs_request_partition_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_assign_replicas_to_dirs_request_topic_data(::gannet::protocol::assign_replicas_to_dirs_request_topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_assign_replicas_to_dirs_request_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_assign_replicas_to_dirs_request_directory_data(::gannet::protocol::assign_replicas_to_dirs_request_directory_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.id = next_uuid(seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_assign_replicas_to_dirs_request_topic_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_assign_replicas_to_dirs_request(::gannet::protocol::assign_replicas_to_dirs_request& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.directories;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_assign_replicas_to_dirs_request_directory_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AssignReplicasToDirsRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::assign_replicas_to_dirs_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_assign_replicas_to_dirs_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_assign_replicas_to_dirs_response_partition_data(::gannet::protocol::assign_replicas_to_dirs_response_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_assign_replicas_to_dirs_response_topic_data(::gannet::protocol::assign_replicas_to_dirs_response_topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_assign_replicas_to_dirs_response_directory_data(::gannet::protocol::assign_replicas_to_dirs_response_directory_data& x, std::int16_t version, std::uint32_t& seed);
void fill_assign_replicas_to_dirs_response(::gannet::protocol::assign_replicas_to_dirs_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_assign_replicas_to_dirs_response_partition_data(::gannet::protocol::assign_replicas_to_dirs_response_partition_data& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_assign_replicas_to_dirs_response_topic_data(::gannet::protocol::assign_replicas_to_dirs_response_topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_assign_replicas_to_dirs_response_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_assign_replicas_to_dirs_response_directory_data(::gannet::protocol::assign_replicas_to_dirs_response_directory_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.id = next_uuid(seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_assign_replicas_to_dirs_response_topic_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_assign_replicas_to_dirs_response(::gannet::protocol::assign_replicas_to_dirs_response& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.directories;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_assign_replicas_to_dirs_response_directory_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AssignReplicasToDirsResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::assign_replicas_to_dirs_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_assign_replicas_to_dirs_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_controlled_shutdown_request(::gannet::protocol::controlled_shutdown_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_controlled_shutdown_request(::gannet::protocol::controlled_shutdown_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.broker_id = next_int<std::int32_t>(0, seed);
  }
  if (version >= 2) {
    x.broker_epoch = next_int<std::int64_t>(-1, seed);
  }
}
TEST(GeneratedRoundTripTest, ControlledShutdownRequest) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::controlled_shutdown_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_controlled_shutdown_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_controlled_shutdown_response_remaining_partition(::gannet::protocol::controlled_shutdown_response_remaining_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_controlled_shutdown_response(::gannet::protocol::controlled_shutdown_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_controlled_shutdown_response_remaining_partition(::gannet::protocol::controlled_shutdown_response_remaining_partition& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_controlled_shutdown_response(::gannet::protocol::controlled_shutdown_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    auto& v = x.remaining_partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_controlled_shutdown_response_remaining_partition(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ControlledShutdownResponse) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::controlled_shutdown_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_controlled_shutdown_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_delete_groups_request(::gannet::protocol::delete_groups_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_delete_groups_request(::gannet::protocol::delete_groups_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.groups_names;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DeleteGroupsRequest) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::delete_groups_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_delete_groups_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_delete_groups_response_deletable_group_result(::gannet::protocol::delete_groups_response_deletable_group_result& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_groups_response(::gannet::protocol::delete_groups_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_delete_groups_response_deletable_group_result(::gannet::protocol::delete_groups_response_deletable_group_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.group_id = next_string(seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
[[maybe_unused]] void fill_delete_groups_response(::gannet::protocol::delete_groups_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_delete_groups_response_deletable_group_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DeleteGroupsResponse) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::delete_groups_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_delete_groups_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_describe_delegation_token_request_describe_delegation_token_owner(::gannet::protocol::describe_delegation_token_request_describe_delegation_token_owner& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_delegation_token_request(::gannet::protocol::describe_delegation_token_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_delegation_token_request_describe_delegation_token_owner(::gannet::protocol::describe_delegation_token_request_describe_delegation_token_owner& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.principal_type = next_string(seed);
  }
  {
    x.principal_name = next_string(seed);
  }
}
[[maybe_unused]] void fill_describe_delegation_token_request(::gannet::protocol::describe_delegation_token_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.owners.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_delegation_token_request_describe_delegation_token_owner(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeDelegationTokenRequest) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::describe_delegation_token_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_delegation_token_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_describe_delegation_token_response_described_delegation_token_renewer(::gannet::protocol::describe_delegation_token_response_described_delegation_token_renewer& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_delegation_token_response_described_delegation_token(::gannet::protocol::describe_delegation_token_response_described_delegation_token& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_delegation_token_response(::gannet::protocol::describe_delegation_token_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_delegation_token_response_described_delegation_token_renewer(::gannet::protocol::describe_delegation_token_response_described_delegation_token_renewer& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.principal_type = next_string(seed);
  }
  {
    x.principal_name = next_string(seed);
  }
}
[[maybe_unused]] void fill_describe_delegation_token_response_described_delegation_token(::gannet::protocol::describe_delegation_token_response_described_delegation_token& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.principal_type = next_string(seed);
  }
  {
    x.principal_name = next_string(seed);
  }
  if (version >= 3) {
    x.token_requester_principal_type = next_string(seed);
  }
  if (version >= 3) {
    x.token_requester_principal_name = next_string(seed);
  }
  {
    x.issue_timestamp = next_int<std::int64_t>(0, seed);
  }
  {
    x.expiry_timestamp = next_int<std::int64_t>(0, seed);
  }
  {
    x.max_timestamp = next_int<std::int64_t>(0, seed);
  }
  {
    x.token_id = next_string(seed);
  }
  {
    x.hmac = next_bytes(seed);
  }
  {
    auto& v = x.renewers;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_delegation_token_response_described_delegation_token_renewer(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_delegation_token_response(::gannet::protocol::describe_delegation_token_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    auto& v = x.tokens;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_delegation_token_response_described_delegation_token(v.emplace_back(), version, seed);
    }
  }
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, DescribeDelegationTokenResponse) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::describe_delegation_token_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_delegation_token_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_elect_leaders_request_topic_partitions_data(::gannet::protocol::elect_leaders_request_topic_partitions& x, std::int16_t version, std::uint32_t& seed);
void fill_elect_leaders_request(::gannet::protocol::elect_leaders_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_elect_leaders_request_topic_partitions_data(::gannet::protocol::elect_leaders_request_topic_partitions& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_elect_leaders_request(::gannet::protocol::elect_leaders_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 1) {
    x.election_type = next_int<std::int8_t>(0, seed);
  }
  {
    auto& v = x.topic_partitions.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_elect_leaders_request_topic_partitions_data(v.emplace_back(), version, seed);
    }
  }
  {
    x.timeout_ms = next_int<std::int32_t>(60000, seed);
  }
}
TEST(GeneratedRoundTripTest, ElectLeadersRequest) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::elect_leaders_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_elect_leaders_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_elect_leaders_response_partition_result(::gannet::protocol::elect_leaders_response_partition_result& x, std::int16_t version, std::uint32_t& seed);
void fill_elect_leaders_response_replica_election_result(::gannet::protocol::elect_leaders_response_replica_election_result& x, std::int16_t version, std::uint32_t& seed);
void fill_elect_leaders_response(::gannet::protocol::elect_leaders_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_elect_leaders_response_partition_result(::gannet::protocol::elect_leaders_response_partition_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.error_message.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_elect_leaders_response_replica_election_result(::gannet::protocol::elect_leaders_response_replica_election_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic = next_string(seed);
  }
  {
    auto& v = x.partition_result;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_elect_leaders_response_partition_result(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_elect_leaders_response(::gannet::protocol::elect_leaders_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  if (version >= 1) {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    auto& v = x.replica_election_results;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_elect_leaders_response_replica_election_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ElectLeadersResponse) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::elect_leaders_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_elect_leaders_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_get_telemetry_subscriptions_request(::gannet::protocol::get_telemetry_subscriptions_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_get_telemetry_subscriptions_request(::gannet::protocol::get_telemetry_subscriptions_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.client_instance_id = next_uuid(seed);
  }
}
TEST(GeneratedRoundTripTest, GetTelemetrySubscriptionsRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::get_telemetry_subscriptions_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_get_telemetry_subscriptions_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_get_telemetry_subscriptions_response(::gannet::protocol::get_telemetry_subscriptions_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_get_telemetry_subscriptions_response(::gannet::protocol::get_telemetry_subscriptions_response& x, std::int16_t version, std::uint32_t& seed) {
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
    x.client_instance_id = next_uuid(seed);
  }
  {
    x.subscription_id = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.accepted_compression_types;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int8_t>(0, seed);
    }
  }
  {
    x.push_interval_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.telemetry_max_bytes = next_int<std::int32_t>(0, seed);
  }
  {
    x.delta_temporality = !(false);
  }
  {
    auto& v = x.requested_metrics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
}
TEST(GeneratedRoundTripTest, GetTelemetrySubscriptionsResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::get_telemetry_subscriptions_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_get_telemetry_subscriptions_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_leader_change_message_voter(::gannet::protocol::leader_change_message_voter& x, std::int16_t version, std::uint32_t& seed);
void fill_leader_change_message(::gannet::protocol::leader_change_message& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_leader_change_message_voter(::gannet::protocol::leader_change_message_voter& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.voter_id = next_int<std::int32_t>(0, seed);
  }
  if (version >= 1) {
    x.voter_directory_id = next_uuid(seed);
  }
}
[[maybe_unused]] void fill_leader_change_message(::gannet::protocol::leader_change_message& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.version = next_int<std::int16_t>(0, seed);
  }
  {
    x.leader_id = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.voters;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_leader_change_message_voter(v.emplace_back(), version, seed);
    }
  }
  {
    auto& v = x.granting_voters;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_leader_change_message_voter(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, LeaderChangeMessage) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::leader_change_message msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_leader_change_message(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_offset_commit_request_offset_commit_request_partition(::gannet::protocol::offset_commit_request_offset_commit_request_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_commit_request_offset_commit_request_topic(::gannet::protocol::offset_commit_request_offset_commit_request_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_commit_request(::gannet::protocol::offset_commit_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_offset_commit_request_offset_commit_request_partition(::gannet::protocol::offset_commit_request_offset_commit_request_partition& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.committed_offset = next_int<std::int64_t>(0, seed);
  }
  if (version >= 6) {
    x.committed_leader_epoch = next_int<std::int32_t>(-1, seed);
  }
  if (version >= 1 && version <= 1) {
    x.commit_timestamp = next_int<std::int64_t>(-1, seed);
  }
  {
    x.committed_metadata.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_offset_commit_request_offset_commit_request_topic(::gannet::protocol::offset_commit_request_offset_commit_request_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_offset_commit_request_offset_commit_request_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_offset_commit_request(::gannet::protocol::offset_commit_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.group_id = next_string(seed);
  }
  if (version >= 1) {
    x.generation_id_or_member_epoch = next_int<std::int32_t>(-1, seed);
  }
  if (version >= 1) {
    x.member_id = next_string(seed);
  }
  if (version >= 7) {
    x.group_instance_id.emplace() = next_string(seed);
  }
  if (version >= 2 && version <= 4) {
    x.retention_time_ms = next_int<std::int64_t>(-1, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_offset_commit_request_offset_commit_request_topic(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, OffsetCommitRequest) {
  for (std::int16_t version = 0; version <= 9; ++version) {
    ::gannet::protocol::offset_commit_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_offset_commit_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 8);
  }
}

void fill_offset_commit_response_offset_commit_response_partition(::gannet::protocol::offset_commit_response_offset_commit_response_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_commit_response_offset_commit_response_topic(::gannet::protocol::offset_commit_response_offset_commit_response_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_commit_response(::gannet::protocol::offset_commit_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_offset_commit_response_offset_commit_response_partition(::gannet::protocol::offset_commit_response_offset_commit_response_partition& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_offset_commit_response_offset_commit_response_topic(::gannet::protocol::offset_commit_response_offset_commit_response_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_offset_commit_response_offset_commit_response_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_offset_commit_response(::gannet::protocol::offset_commit_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 3) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_offset_commit_response_offset_commit_response_topic(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, OffsetCommitResponse) {
  for (std::int16_t version = 0; version <= 9; ++version) {
    ::gannet::protocol::offset_commit_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_offset_commit_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 8);
  }
}

void fill_remove_raft_voter_request(::gannet::protocol::remove_raft_voter_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_remove_raft_voter_request(::gannet::protocol::remove_raft_voter_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.cluster_id.emplace() = next_string(seed);
  }
  {
    x.voter_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.voter_directory_id = next_uuid(seed);
  }
}
TEST(GeneratedRoundTripTest, RemoveRaftVoterRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::remove_raft_voter_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_remove_raft_voter_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_remove_raft_voter_response(::gannet::protocol::remove_raft_voter_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_remove_raft_voter_response(::gannet::protocol::remove_raft_voter_response& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, RemoveRaftVoterResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::remove_raft_voter_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_remove_raft_voter_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_share_group_describe_request(::gannet::protocol::share_group_describe_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_share_group_describe_request(::gannet::protocol::share_group_describe_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.group_ids;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
  {
    x.include_authorized_operations = !(false);
  }
}
TEST(GeneratedRoundTripTest, ShareGroupDescribeRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::share_group_describe_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_share_group_describe_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_share_group_describe_response_topic_partitions(::gannet::protocol::share_group_describe_response_topic_partitions& x, std::int16_t version, std::uint32_t& seed);
void fill_share_group_describe_response_assignment(::gannet::protocol::share_group_describe_response_assignment& x, std::int16_t version, std::uint32_t& seed);
void fill_share_group_describe_response_member(::gannet::protocol::share_group_describe_response_member& x, std::int16_t version, std::uint32_t& seed);
void fill_share_group_describe_response_described_group(::gannet::protocol::share_group_describe_response_described_group& x, std::int16_t version, std::uint32_t& seed);
void fill_share_group_describe_response(::gannet::protocol::share_group_describe_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_share_group_describe_response_topic_partitions(::gannet::protocol::share_group_describe_response_topic_partitions& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic_id = next_uuid(seed);
  }
  {
    x.topic_name = next_string(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_share_group_describe_response_assignment(::gannet::protocol::share_group_describe_response_assignment& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.topic_partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_share_group_describe_response_topic_partitions(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_share_group_describe_response_member(::gannet::protocol::share_group_describe_response_member& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.member_id = next_string(seed);
  }
  {
    x.rack_id.emplace() = next_string(seed);
  }
  {
    x.member_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.client_id = next_string(seed);
  }
  {
    x.client_host = next_string(seed);
  }
  {
    auto& v = x.subscribed_topic_names;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
  {
    fill_share_group_describe_response_assignment(x.assignment, version, seed);
  }
}
[[maybe_unused]] void fill_share_group_describe_response_described_group(::gannet::protocol::share_group_describe_response_described_group& x, std::int16_t version, std::uint32_t& seed) {
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
    x.group_id = next_string(seed);
  }
  {
    x.group_state = next_string(seed);
  }
  {
    x.group_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.assignment_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.assignor_name = next_string(seed);
  }
  {
    auto& v = x.members;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_share_group_describe_response_member(v.emplace_back(), version, seed);
    }
  }
  {
    x.authorized_operations = next_int<std::int32_t>((-2147483647 - 1), seed);
  }
}
[[maybe_unused]] void fill_share_group_describe_response(::gannet::protocol::share_group_describe_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.groups;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_share_group_describe_response_described_group(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ShareGroupDescribeResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::share_group_describe_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_share_group_describe_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_update_features_request_feature_update_key(::gannet::protocol::update_features_request_feature_update_key& x, std::int16_t version, std::uint32_t& seed);
void fill_update_features_request(::gannet::protocol::update_features_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_update_features_request_feature_update_key(::gannet::protocol::update_features_request_feature_update_key& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.feature = next_string(seed);
  }
  {
    x.max_version_level = next_int<std::int16_t>(0, seed);
  }
  if (version <= 0) {
    x.allow_downgrade = !(false);
  }
  if (version >= 1) {
    x.upgrade_type = next_int<std::int8_t>(1, seed);
  }
}
[[maybe_unused]] void fill_update_features_request(::gannet::protocol::update_features_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.timeout_ms = next_int<std::int32_t>(60000, seed);
  }
  {
    auto& v = x.feature_updates;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_update_features_request_feature_update_key(v.emplace_back(), version, seed);
    }
  }
  if (version >= 1) {
    x.validate_only = !(false);
  }
}
TEST(GeneratedRoundTripTest, UpdateFeaturesRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::update_features_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_update_features_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_update_features_response_updatable_feature_result(::gannet::protocol::update_features_response_updatable_feature_result& x, std::int16_t version, std::uint32_t& seed);
void fill_update_features_response(::gannet::protocol::update_features_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_update_features_response_updatable_feature_result(::gannet::protocol::update_features_response_updatable_feature_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.feature = next_string(seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.error_message.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_update_features_response(::gannet::protocol::update_features_response& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.results;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_update_features_response_updatable_feature_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, UpdateFeaturesResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::update_features_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_update_features_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

}  // namespace
