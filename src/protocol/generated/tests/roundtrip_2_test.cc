// generated from AddRaftVoterRequest.json, AddRaftVoterResponse.json, ApiVersionsRequest.json, ApiVersionsResponse.json, ConsumerProtocolSubscription.json, DeleteAclsRequest.json, DeleteAclsResponse.json, DescribeConfigsRequest.json, DescribeConfigsResponse.json, DescribeUserScramCredentialsRequest.json, DescribeUserScramCredentialsResponse.json, FindCoordinatorRequest.json, FindCoordinatorResponse.json, LeaderAndIsrRequest.json, LeaderAndIsrResponse.json, MetadataRequest.json, MetadataResponse.json, ReadShareGroupStateSummaryRequest.json, ReadShareGroupStateSummaryResponse.json, ShareFetchRequest.json, ShareFetchResponse.json, UnregisterBrokerRequest.json, UnregisterBrokerResponse.json; do not edit
#include <gtest/gtest.h>

#include <cstdint>

#include "gannet/protocol/messages/add_raft_voter.h"
#include "gannet/protocol/messages/api_versions.h"
#include "gannet/protocol/messages/consumer_protocol_subscription.h"
#include "gannet/protocol/messages/delete_acls.h"
#include "gannet/protocol/messages/describe_configs.h"
#include "gannet/protocol/messages/describe_user_scram_credentials.h"
#include "gannet/protocol/messages/find_coordinator.h"
#include "gannet/protocol/messages/leader_and_isr.h"
#include "gannet/protocol/messages/metadata.h"
#include "gannet/protocol/messages/read_share_group_state_summary.h"
#include "gannet/protocol/messages/share_fetch.h"
#include "gannet/protocol/messages/unregister_broker.h"
#include "protocol/roundtrip_support.h"

namespace {

using ::gannet::protocol::testing::next_bytes;
using ::gannet::protocol::testing::next_double;
using ::gannet::protocol::testing::next_int;
using ::gannet::protocol::testing::next_records;
using ::gannet::protocol::testing::next_string;
using ::gannet::protocol::testing::next_uuid;

void fill_add_raft_voter_request_listener(::gannet::protocol::add_raft_voter_request_listener& x, std::int16_t version, std::uint32_t& seed);
void fill_add_raft_voter_request(::gannet::protocol::add_raft_voter_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_add_raft_voter_request_listener(::gannet::protocol::add_raft_voter_request_listener& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_add_raft_voter_request(::gannet::protocol::add_raft_voter_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.cluster_id.emplace() = next_string(seed);
  }
  {
    x.timeout_ms = next_int<std::int32_t>(0, seed);
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
      fill_add_raft_voter_request_listener(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AddRaftVoterRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::add_raft_voter_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_add_raft_voter_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_add_raft_voter_response(::gannet::protocol::add_raft_voter_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_add_raft_voter_response(::gannet::protocol::add_raft_voter_response& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, AddRaftVoterResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::add_raft_voter_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_add_raft_voter_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_api_versions_request(::gannet::protocol::api_versions_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_api_versions_request(::gannet::protocol::api_versions_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 3) {
    x.client_software_name = next_string(seed);
  }
  if (version >= 3) {
    x.client_software_version = next_string(seed);
  }
}
TEST(GeneratedRoundTripTest, ApiVersionsRequest) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::api_versions_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_api_versions_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_api_versions_response_api_version(::gannet::protocol::api_versions_response_api_version& x, std::int16_t version, std::uint32_t& seed);
void fill_api_versions_response_supported_feature_key(::gannet::protocol::api_versions_response_supported_feature_key& x, std::int16_t version, std::uint32_t& seed);
void fill_api_versions_response_finalized_feature_key(::gannet::protocol::api_versions_response_finalized_feature_key& x, std::int16_t version, std::uint32_t& seed);
void fill_api_versions_response(::gannet::protocol::api_versions_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_api_versions_response_api_version(::gannet::protocol::api_versions_response_api_version& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.api_key = next_int<std::int16_t>(0, seed);
  }
  {
    x.min_version = next_int<std::int16_t>(0, seed);
  }
  {
    x.max_version = next_int<std::int16_t>(0, seed);
  }
}
[[maybe_unused]] void fill_api_versions_response_supported_feature_key(::gannet::protocol::api_versions_response_supported_feature_key& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.min_version = next_int<std::int16_t>(0, seed);
  }
  {
    x.max_version = next_int<std::int16_t>(0, seed);
  }
}
[[maybe_unused]] void fill_api_versions_response_finalized_feature_key(::gannet::protocol::api_versions_response_finalized_feature_key& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.max_version_level = next_int<std::int16_t>(0, seed);
  }
  {
    x.min_version_level = next_int<std::int16_t>(0, seed);
  }
}
[[maybe_unused]] void fill_api_versions_response(::gannet::protocol::api_versions_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    auto& v = x.api_keys;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_api_versions_response_api_version(v.emplace_back(), version, seed);
    }
  }
  if (version >= 1) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  if (version >= 3) {
    auto& v = x.supported_features;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_api_versions_response_supported_feature_key(v.emplace_back(), version, seed);
    }
  }
  if (version >= 3) {
    x.finalized_features_epoch = next_int<std::int64_t>(-1, seed);
  }
  if (version >= 3) {
    auto& v = x.finalized_features;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_api_versions_response_finalized_feature_key(v.emplace_back(), version, seed);
    }
  }
  if (version >= 3) {
    x.zk_migration_ready = !(false);
  }
}
TEST(GeneratedRoundTripTest, ApiVersionsResponse) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::api_versions_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_api_versions_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, (version >= 3) && (!(version >= 3) && !(version >= 3) && !(version >= 3) && !(version >= 3)));
  }
}

void fill_consumer_protocol_subscription_topic_partition(::gannet::protocol::consumer_protocol_subscription_topic_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_consumer_protocol_subscription(::gannet::protocol::consumer_protocol_subscription& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_consumer_protocol_subscription_topic_partition(::gannet::protocol::consumer_protocol_subscription_topic_partition& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_consumer_protocol_subscription(::gannet::protocol::consumer_protocol_subscription& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
  {
    x.user_data.emplace() = next_bytes(seed);
  }
  if (version >= 1) {
    auto& v = x.owned_partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_consumer_protocol_subscription_topic_partition(v.emplace_back(), version, seed);
    }
  }
  if (version >= 2) {
    x.generation_id = next_int<std::int32_t>(-1, seed);
  }
  if (version >= 3) {
    x.rack_id.emplace() = next_string(seed);
  }
}
TEST(GeneratedRoundTripTest, ConsumerProtocolSubscription) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::consumer_protocol_subscription msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_consumer_protocol_subscription(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, false);
  }
}

void fill_delete_acls_request_delete_acls_filter(::gannet::protocol::delete_acls_request_delete_acls_filter& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_acls_request(::gannet::protocol::delete_acls_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_delete_acls_request_delete_acls_filter(::gannet::protocol::delete_acls_request_delete_acls_filter& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.resource_type_filter = next_int<std::int8_t>(0, seed);
  }
  {
    x.resource_name_filter.emplace() = next_string(seed);
  }
  if (version >= 1) {
    x.pattern_type_filter = next_int<std::int8_t>(3, seed);
  }
  {
    x.principal_filter.emplace() = next_string(seed);
  }
  {
    x.host_filter.emplace() = next_string(seed);
  }
  {
    x.operation = next_int<std::int8_t>(0, seed);
  }
  {
    x.permission_type = next_int<std::int8_t>(0, seed);
  }
}
[[maybe_unused]] void fill_delete_acls_request(::gannet::protocol::delete_acls_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.filters;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_delete_acls_request_delete_acls_filter(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DeleteAclsRequest) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::delete_acls_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_delete_acls_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_delete_acls_response_delete_acls_matching_acl(::gannet::protocol::delete_acls_response_delete_acls_matching_acl& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_acls_response_delete_acls_filter_result(::gannet::protocol::delete_acls_response_delete_acls_filter_result& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_acls_response(::gannet::protocol::delete_acls_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_delete_acls_response_delete_acls_matching_acl(::gannet::protocol::delete_acls_response_delete_acls_matching_acl& x, std::int16_t version, std::uint32_t& seed) {
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
  if (version >= 1) {
    x.pattern_type = next_int<std::int8_t>(3, seed);
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
[[maybe_unused]] void fill_delete_acls_response_delete_acls_filter_result(::gannet::protocol::delete_acls_response_delete_acls_filter_result& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.matching_acls;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_delete_acls_response_delete_acls_matching_acl(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_delete_acls_response(::gannet::protocol::delete_acls_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.filter_results;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_delete_acls_response_delete_acls_filter_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DeleteAclsResponse) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::delete_acls_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_delete_acls_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_describe_configs_request_describe_configs_resource(::gannet::protocol::describe_configs_request_describe_configs_resource& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_configs_request(::gannet::protocol::describe_configs_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_configs_request_describe_configs_resource(::gannet::protocol::describe_configs_request_describe_configs_resource& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.configuration_keys.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
}
[[maybe_unused]] void fill_describe_configs_request(::gannet::protocol::describe_configs_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.resources;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_configs_request_describe_configs_resource(v.emplace_back(), version, seed);
    }
  }
  if (version >= 1) {
    x.include_synonyms = !(false);
  }
  if (version >= 3) {
    x.include_documentation = !(false);
  }
}
TEST(GeneratedRoundTripTest, DescribeConfigsRequest) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::describe_configs_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_configs_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_describe_configs_response_describe_configs_synonym(::gannet::protocol::describe_configs_response_describe_configs_synonym& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_configs_response_describe_configs_resource_result(::gannet::protocol::describe_configs_response_describe_configs_resource_result& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_configs_response_describe_configs_result(::gannet::protocol::describe_configs_response_describe_configs_result& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_configs_response(::gannet::protocol::describe_configs_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_configs_response_describe_configs_synonym(::gannet::protocol::describe_configs_response_describe_configs_synonym& x, std::int16_t version, std::uint32_t& seed) {
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
    x.source = next_int<std::int8_t>(0, seed);
  }
}
[[maybe_unused]] void fill_describe_configs_response_describe_configs_resource_result(::gannet::protocol::describe_configs_response_describe_configs_resource_result& x, std::int16_t version, std::uint32_t& seed) {
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
  if (version <= 0) {
    x.is_default = !(false);
  }
  if (version >= 1) {
    x.config_source = next_int<std::int8_t>(-1, seed);
  }
  {
    x.is_sensitive = !(false);
  }
  if (version >= 1) {
    auto& v = x.synonyms;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_configs_response_describe_configs_synonym(v.emplace_back(), version, seed);
    }
  }
  if (version >= 3) {
    x.config_type = next_int<std::int8_t>(0, seed);
  }
  if (version >= 3) {
    x.documentation.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_describe_configs_response_describe_configs_result(::gannet::protocol::describe_configs_response_describe_configs_result& x, std::int16_t version, std::uint32_t& seed) {
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
  {
    auto& v = x.configs;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_configs_response_describe_configs_resource_result(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_configs_response(::gannet::protocol::describe_configs_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_describe_configs_response_describe_configs_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeConfigsResponse) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::describe_configs_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_configs_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_describe_user_scram_credentials_request_user_name(::gannet::protocol::describe_user_scram_credentials_request_user_name& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_user_scram_credentials_request(::gannet::protocol::describe_user_scram_credentials_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_user_scram_credentials_request_user_name(::gannet::protocol::describe_user_scram_credentials_request_user_name& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
}
[[maybe_unused]] void fill_describe_user_scram_credentials_request(::gannet::protocol::describe_user_scram_credentials_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.users.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_user_scram_credentials_request_user_name(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeUserScramCredentialsRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::describe_user_scram_credentials_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_user_scram_credentials_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_describe_user_scram_credentials_response_credential_info(::gannet::protocol::describe_user_scram_credentials_response_credential_info& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_user_scram_credentials_response_describe_user_scram_credentials_result(::gannet::protocol::describe_user_scram_credentials_response_describe_user_scram_credentials_result& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_user_scram_credentials_response(::gannet::protocol::describe_user_scram_credentials_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_user_scram_credentials_response_credential_info(::gannet::protocol::describe_user_scram_credentials_response_credential_info& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.mechanism = next_int<std::int8_t>(0, seed);
  }
  {
    x.iterations = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_describe_user_scram_credentials_response_describe_user_scram_credentials_result(::gannet::protocol::describe_user_scram_credentials_response_describe_user_scram_credentials_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.user = next_string(seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.error_message.emplace() = next_string(seed);
  }
  {
    auto& v = x.credential_infos;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_user_scram_credentials_response_credential_info(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_user_scram_credentials_response(::gannet::protocol::describe_user_scram_credentials_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_describe_user_scram_credentials_response_describe_user_scram_credentials_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeUserScramCredentialsResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::describe_user_scram_credentials_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_user_scram_credentials_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_find_coordinator_request(::gannet::protocol::find_coordinator_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_find_coordinator_request(::gannet::protocol::find_coordinator_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version <= 3) {
    x.key = next_string(seed);
  }
  if (version >= 1) {
    x.key_type = next_int<std::int8_t>(0, seed);
  }
  if (version >= 4) {
    auto& v = x.coordinator_keys;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
}
TEST(GeneratedRoundTripTest, FindCoordinatorRequest) {
  for (std::int16_t version = 0; version <= 6; ++version) {
    ::gannet::protocol::find_coordinator_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_find_coordinator_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_find_coordinator_response_coordinator(::gannet::protocol::find_coordinator_response_coordinator& x, std::int16_t version, std::uint32_t& seed);
void fill_find_coordinator_response(::gannet::protocol::find_coordinator_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_find_coordinator_response_coordinator(::gannet::protocol::find_coordinator_response_coordinator& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.key = next_string(seed);
  }
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
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.error_message.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_find_coordinator_response(::gannet::protocol::find_coordinator_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 1) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  if (version <= 3) {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  if (version >= 1 && version <= 3) {
    x.error_message.emplace() = next_string(seed);
  }
  if (version <= 3) {
    x.node_id = next_int<std::int32_t>(0, seed);
  }
  if (version <= 3) {
    x.host = next_string(seed);
  }
  if (version <= 3) {
    x.port = next_int<std::int32_t>(0, seed);
  }
  if (version >= 4) {
    auto& v = x.coordinators;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_find_coordinator_response_coordinator(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, FindCoordinatorResponse) {
  for (std::int16_t version = 0; version <= 6; ++version) {
    ::gannet::protocol::find_coordinator_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_find_coordinator_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_leader_and_isr_request_leader_and_isr_partition_state(::gannet::protocol::leader_and_isr_request_leader_and_isr_partition_state& x, std::int16_t version, std::uint32_t& seed);
void fill_leader_and_isr_request_leader_and_isr_topic_state(::gannet::protocol::leader_and_isr_request_leader_and_isr_topic_state& x, std::int16_t version, std::uint32_t& seed);
void fill_leader_and_isr_request_leader_and_isr_live_leader(::gannet::protocol::leader_and_isr_request_leader_and_isr_live_leader& x, std::int16_t version, std::uint32_t& seed);
void fill_leader_and_isr_request(::gannet::protocol::leader_and_isr_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_leader_and_isr_request_leader_and_isr_partition_state(::gannet::protocol::leader_and_isr_request_leader_and_isr_partition_state& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version <= 1) {
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
    x.partition_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.replicas;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  if (version >= 3) {
    auto& v = x.adding_replicas;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  if (version >= 3) {
    auto& v = x.removing_replicas;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  if (version >= 1) {
    x.is_new = !(false);
  }
  if (version >= 6) {
    x.leader_recovery_state = next_int<std::int8_t>(0, seed);
  }
}
[[maybe_unused]] void fill_leader_and_isr_request_leader_and_isr_topic_state(::gannet::protocol::leader_and_isr_request_leader_and_isr_topic_state& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic_name = next_string(seed);
  }
  if (version >= 5) {
    x.topic_id = next_uuid(seed);
  }
  {
    auto& v = x.partition_states;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_leader_and_isr_request_leader_and_isr_partition_state(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_leader_and_isr_request_leader_and_isr_live_leader(::gannet::protocol::leader_and_isr_request_leader_and_isr_live_leader& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.broker_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.host_name = next_string(seed);
  }
  {
    x.port = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_leader_and_isr_request(::gannet::protocol::leader_and_isr_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.controller_id = next_int<std::int32_t>(0, seed);
  }
  if (version >= 7) {
    x.is_k_raft_controller = !(false);
  }
  {
    x.controller_epoch = next_int<std::int32_t>(0, seed);
  }
  if (version >= 2) {
    x.broker_epoch = next_int<std::int64_t>(-1, seed);
  }
  if (version >= 5) {
    x.type = next_int<std::int8_t>(0, seed);
  }
  if (version <= 1) {
    auto& v = x.ungrouped_partition_states;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_leader_and_isr_request_leader_and_isr_partition_state(v.emplace_back(), version, seed);
    }
  }
  if (version >= 2) {
    auto& v = x.topic_states;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_leader_and_isr_request_leader_and_isr_topic_state(v.emplace_back(), version, seed);
    }
  }
  {
    auto& v = x.live_leaders;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_leader_and_isr_request_leader_and_isr_live_leader(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, LeaderAndIsrRequest) {
  for (std::int16_t version = 0; version <= 7; ++version) {
    ::gannet::protocol::leader_and_isr_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_leader_and_isr_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_leader_and_isr_response_leader_and_isr_partition_error(::gannet::protocol::leader_and_isr_response_leader_and_isr_partition_error& x, std::int16_t version, std::uint32_t& seed);
void fill_leader_and_isr_response_leader_and_isr_topic_error(::gannet::protocol::leader_and_isr_response_leader_and_isr_topic_error& x, std::int16_t version, std::uint32_t& seed);
void fill_leader_and_isr_response(::gannet::protocol::leader_and_isr_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_leader_and_isr_response_leader_and_isr_partition_error(::gannet::protocol::leader_and_isr_response_leader_and_isr_partition_error& x, std::int16_t version, std::uint32_t& seed) {
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
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
[[maybe_unused]] void fill_leader_and_isr_response_leader_and_isr_topic_error(::gannet::protocol::leader_and_isr_response_leader_and_isr_topic_error& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic_id = next_uuid(seed);
  }
  {
    auto& v = x.partition_errors;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_leader_and_isr_response_leader_and_isr_partition_error(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_leader_and_isr_response(::gannet::protocol::leader_and_isr_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  if (version <= 4) {
    auto& v = x.partition_errors;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_leader_and_isr_response_leader_and_isr_partition_error(v.emplace_back(), version, seed);
    }
  }
  if (version >= 5) {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_leader_and_isr_response_leader_and_isr_topic_error(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, LeaderAndIsrResponse) {
  for (std::int16_t version = 0; version <= 7; ++version) {
    ::gannet::protocol::leader_and_isr_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_leader_and_isr_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_metadata_request_metadata_request_topic(::gannet::protocol::metadata_request_metadata_request_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_metadata_request(::gannet::protocol::metadata_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_metadata_request_metadata_request_topic(::gannet::protocol::metadata_request_metadata_request_topic& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 10) {
    x.topic_id = next_uuid(seed);
  }
  {
    x.name.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_metadata_request(::gannet::protocol::metadata_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.topics.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_metadata_request_metadata_request_topic(v.emplace_back(), version, seed);
    }
  }
  if (version >= 4) {
    x.allow_auto_topic_creation = !(true);
  }
  if (version >= 8 && version <= 10) {
    x.include_cluster_authorized_operations = !(false);
  }
  if (version >= 8) {
    x.include_topic_authorized_operations = !(false);
  }
}
TEST(GeneratedRoundTripTest, MetadataRequest) {
  for (std::int16_t version = 0; version <= 12; ++version) {
    ::gannet::protocol::metadata_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_metadata_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 9);
  }
}

void fill_metadata_response_metadata_response_broker(::gannet::protocol::metadata_response_metadata_response_broker& x, std::int16_t version, std::uint32_t& seed);
void fill_metadata_response_metadata_response_partition(::gannet::protocol::metadata_response_metadata_response_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_metadata_response_metadata_response_topic(::gannet::protocol::metadata_response_metadata_response_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_metadata_response(::gannet::protocol::metadata_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_metadata_response_metadata_response_broker(::gannet::protocol::metadata_response_metadata_response_broker& x, std::int16_t version, std::uint32_t& seed) {
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
  if (version >= 1) {
    x.rack.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_metadata_response_metadata_response_partition(::gannet::protocol::metadata_response_metadata_response_partition& x, std::int16_t version, std::uint32_t& seed) {
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
  if (version >= 7) {
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
  if (version >= 5) {
    auto& v = x.offline_replicas;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_metadata_response_metadata_response_topic(::gannet::protocol::metadata_response_metadata_response_topic& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.name.emplace() = next_string(seed);
  }
  if (version >= 10) {
    x.topic_id = next_uuid(seed);
  }
  if (version >= 1) {
    x.is_internal = !(false);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_metadata_response_metadata_response_partition(v.emplace_back(), version, seed);
    }
  }
  if (version >= 8) {
    x.topic_authorized_operations = next_int<std::int32_t>((-2147483647 - 1), seed);
  }
}
[[maybe_unused]] void fill_metadata_response(::gannet::protocol::metadata_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 3) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.brokers;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_metadata_response_metadata_response_broker(v.emplace_back(), version, seed);
    }
  }
  if (version >= 2) {
    x.cluster_id.emplace() = next_string(seed);
  }
  if (version >= 1) {
    x.controller_id = next_int<std::int32_t>(-1, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_metadata_response_metadata_response_topic(v.emplace_back(), version, seed);
    }
  }
  if (version >= 8 && version <= 10) {
    x.cluster_authorized_operations = next_int<std::int32_t>((-2147483647 - 1), seed);
  }
}
TEST(GeneratedRoundTripTest, MetadataResponse) {
  for (std::int16_t version = 0; version <= 12; ++version) {
    ::gannet::protocol::metadata_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_metadata_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 9);
  }
}

void fill_read_share_group_state_summary_request_partition_data(::gannet::protocol::read_share_group_state_summary_request_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_read_share_group_state_summary_request_read_state_summary_data(::gannet::protocol::read_share_group_state_summary_request_read_state_summary_data& x, std::int16_t version, std::uint32_t& seed);
void fill_read_share_group_state_summary_request(::gannet::protocol::read_share_group_state_summary_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_read_share_group_state_summary_request_partition_data(::gannet::protocol::read_share_group_state_summary_request_partition_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_read_share_group_state_summary_request_read_state_summary_data(::gannet::protocol::read_share_group_state_summary_request_read_state_summary_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_read_share_group_state_summary_request_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_read_share_group_state_summary_request(::gannet::protocol::read_share_group_state_summary_request& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_read_share_group_state_summary_request_read_state_summary_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ReadShareGroupStateSummaryRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::read_share_group_state_summary_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_read_share_group_state_summary_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_read_share_group_state_summary_response_partition_result(::gannet::protocol::read_share_group_state_summary_response_partition_result& x, std::int16_t version, std::uint32_t& seed);
void fill_read_share_group_state_summary_response_read_state_summary_result(::gannet::protocol::read_share_group_state_summary_response_read_state_summary_result& x, std::int16_t version, std::uint32_t& seed);
void fill_read_share_group_state_summary_response(::gannet::protocol::read_share_group_state_summary_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_read_share_group_state_summary_response_partition_result(::gannet::protocol::read_share_group_state_summary_response_partition_result& x, std::int16_t version, std::uint32_t& seed) {
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
  {
    x.state_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.start_offset = next_int<std::int64_t>(0, seed);
  }
}
[[maybe_unused]] void fill_read_share_group_state_summary_response_read_state_summary_result(::gannet::protocol::read_share_group_state_summary_response_read_state_summary_result& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_read_share_group_state_summary_response_partition_result(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_read_share_group_state_summary_response(::gannet::protocol::read_share_group_state_summary_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.results;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_read_share_group_state_summary_response_read_state_summary_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ReadShareGroupStateSummaryResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::read_share_group_state_summary_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_read_share_group_state_summary_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_share_fetch_request_acknowledgement_batch(::gannet::protocol::share_fetch_request_acknowledgement_batch& x, std::int16_t version, std::uint32_t& seed);
void fill_share_fetch_request_fetch_partition(::gannet::protocol::share_fetch_request_fetch_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_share_fetch_request_fetch_topic(::gannet::protocol::share_fetch_request_fetch_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_share_fetch_request_forgotten_topic(::gannet::protocol::share_fetch_request_forgotten_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_share_fetch_request(::gannet::protocol::share_fetch_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_share_fetch_request_acknowledgement_batch(::gannet::protocol::share_fetch_request_acknowledgement_batch& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.acknowledge_types;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int8_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_share_fetch_request_fetch_partition(::gannet::protocol::share_fetch_request_fetch_partition& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.partition_max_bytes = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.acknowledgement_batches;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_share_fetch_request_acknowledgement_batch(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_share_fetch_request_fetch_topic(::gannet::protocol::share_fetch_request_fetch_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_share_fetch_request_fetch_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_share_fetch_request_forgotten_topic(::gannet::protocol::share_fetch_request_forgotten_topic& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_share_fetch_request(::gannet::protocol::share_fetch_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.group_id.emplace() = next_string(seed);
  }
  {
    x.member_id.emplace() = next_string(seed);
  }
  {
    x.share_session_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.max_wait_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.min_bytes = next_int<std::int32_t>(0, seed);
  }
  {
    x.max_bytes = next_int<std::int32_t>(2147483647, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_share_fetch_request_fetch_topic(v.emplace_back(), version, seed);
    }
  }
  {
    auto& v = x.forgotten_topics_data;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_share_fetch_request_forgotten_topic(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ShareFetchRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::share_fetch_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_share_fetch_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_share_fetch_response_leader_id_and_epoch(::gannet::protocol::share_fetch_response_leader_id_and_epoch& x, std::int16_t version, std::uint32_t& seed);
void fill_share_fetch_response_acquired_records(::gannet::protocol::share_fetch_response_acquired_records& x, std::int16_t version, std::uint32_t& seed);
void fill_share_fetch_response_partition_data(::gannet::protocol::share_fetch_response_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_share_fetch_response_share_fetchable_topic_response(::gannet::protocol::share_fetch_response_share_fetchable_topic_response& x, std::int16_t version, std::uint32_t& seed);
void fill_share_fetch_response_node_endpoint(::gannet::protocol::share_fetch_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed);
void fill_share_fetch_response(::gannet::protocol::share_fetch_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_share_fetch_response_leader_id_and_epoch(::gannet::protocol::share_fetch_response_leader_id_and_epoch& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.leader_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_share_fetch_response_acquired_records(::gannet::protocol::share_fetch_response_acquired_records& x, std::int16_t version, std::uint32_t& seed) {
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
    x.delivery_count = next_int<std::int16_t>(0, seed);
  }
}
[[maybe_unused]] void fill_share_fetch_response_partition_data(::gannet::protocol::share_fetch_response_partition_data& x, std::int16_t version, std::uint32_t& seed) {
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
    x.error_message.emplace() = next_string(seed);
  }
  {
    x.acknowledge_error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.acknowledge_error_message.emplace() = next_string(seed);
  }
  {
    fill_share_fetch_response_leader_id_and_epoch(x.current_leader, version, seed);
  }
  {
    x.records = next_records(seed);
  }
  {
    auto& v = x.acquired_records;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_share_fetch_response_acquired_records(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_share_fetch_response_share_fetchable_topic_response(::gannet::protocol::share_fetch_response_share_fetchable_topic_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_share_fetch_response_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_share_fetch_response_node_endpoint(::gannet::protocol::share_fetch_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_share_fetch_response(::gannet::protocol::share_fetch_response& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.responses;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_share_fetch_response_share_fetchable_topic_response(v.emplace_back(), version, seed);
    }
  }
  {
    auto& v = x.node_endpoints;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_share_fetch_response_node_endpoint(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ShareFetchResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::share_fetch_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_share_fetch_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_unregister_broker_request(::gannet::protocol::unregister_broker_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_unregister_broker_request(::gannet::protocol::unregister_broker_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.broker_id = next_int<std::int32_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, UnregisterBrokerRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::unregister_broker_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_unregister_broker_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_unregister_broker_response(::gannet::protocol::unregister_broker_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_unregister_broker_response(::gannet::protocol::unregister_broker_response& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, UnregisterBrokerResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::unregister_broker_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_unregister_broker_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

}  // namespace
