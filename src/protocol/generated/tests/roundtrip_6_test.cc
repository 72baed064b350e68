// generated from AlterPartitionRequest.json, AlterPartitionResponse.json, BrokerRegistrationRequest.json, BrokerRegistrationResponse.json, CreateDelegationTokenRequest.json, CreateDelegationTokenResponse.json, DeleteTopicsRequest.json, DeleteTopicsResponse.json, DescribeProducersRequest.json, DescribeProducersResponse.json, EnvelopeRequest.json, EnvelopeResponse.json, InitProducerIdRequest.json, InitProducerIdResponse.json, ListGroupsRequest.json, ListGroupsResponse.json, OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json, ResponseHeader.json, SnapshotHeaderRecord.json, VoteRequest.json, VoteResponse.json; do not edit
#include <gtest/gtest.h>

#include <cstdint>

#include "gannet/protocol/messages/alter_partition.h"
#include "gannet/protocol/messages/broker_registration.h"
#include "gannet/protocol/messages/create_delegation_token.h"
#include "gannet/protocol/messages/delete_topics.h"
#include "gannet/protocol/messages/describe_producers.h"
#include "gannet/protocol/messages/envelope.h"
#include "gannet/protocol/messages/init_producer_id.h"
#include "gannet/protocol/messages/list_groups.h"
#include "gannet/protocol/messages/offset_for_leader_epoch.h"
#include "gannet/protocol/messages/response_header.h"
#include "gannet/protocol/messages/snapshot_header_record.h"
#include "gannet/protocol/messages/vote.h"
#include "protocol/roundtrip_support.h"

namespace {

using ::gannet::protocol::testing::next_bytes;
using ::gannet::protocol::testing::next_double;
using ::gannet::protocol::testing::next_int;
using ::gannet::protocol::testing::next_records;
using ::gannet::protocol::testing::next_string;
using ::gannet::protocol::testing::next_uuid;

void fill_alter_partition_request_broker_state(::gannet::protocol::alter_partition_request_broker_state& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_partition_request_partition_data(::gannet::protocol::alter_partition_request_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_partition_request_topic_data(::gannet::protocol::alter_partition_request_topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_partition_request(::gannet::protocol::alter_partition_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_partition_request_broker_state(::gannet::protocol::alter_partition_request_broker_state& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_alter_partition_request_partition_data(::gannet::protocol::alter_partition_request_partition_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(0, seed);
  }
  if (version <= 2) {
    auto& v = x.new_isr;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  if (version >= 3) {
    auto& v = x.new_isr_with_epochs;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_partition_request_broker_state(v.emplace_back(), version, seed);
    }
  }
  if (version >= 1) {
    x.leader_recovery_state = next_int<std::int8_t>(0, seed);
  }
  {
    x.partition_epoch = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_alter_partition_request_topic_data(::gannet::protocol::alter_partition_request_topic_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version <= 1) {
    x.topic_name = next_string(seed);
  }
  if (version >= 2) {
    x.topic_id = next_uuid(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_partition_request_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_alter_partition_request(::gannet::protocol::alter_partition_request& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_partition_request_topic_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AlterPartitionRequest) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::alter_partition_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_partition_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_alter_partition_response_partition_data(::gannet::protocol::alter_partition_response_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_partition_response_topic_data(::gannet::protocol::alter_partition_response_topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_partition_response(::gannet::protocol::alter_partition_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_partition_response_partition_data(::gannet::protocol::alter_partition_response_partition_data& x, std::int16_t version, std::uint32_t& seed) {
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
  {
    auto& v = x.isr;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
  if (version >= 1) {
    x.leader_recovery_state = next_int<std::int8_t>(0, seed);
  }
  {
    x.partition_epoch = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_alter_partition_response_topic_data(::gannet::protocol::alter_partition_response_topic_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version <= 1) {
    x.topic_name = next_string(seed);
  }
  if (version >= 2) {
    x.topic_id = next_uuid(seed);
  }
  {
    auto& v = x.partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_partition_response_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_alter_partition_response(::gannet::protocol::alter_partition_response& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_partition_response_topic_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AlterPartitionResponse) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::alter_partition_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_partition_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_broker_registration_request_listener(::gannet::protocol::broker_registration_request_listener& x, std::int16_t version, std::uint32_t& seed);
void fill_broker_registration_request_feature(::gannet::protocol::broker_registration_request_feature& x, std::int16_t version, std::uint32_t& seed);
void fill_broker_registration_request(::gannet::protocol::broker_registration_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_broker_registration_request_listener(::gannet::protocol::broker_registration_request_listener& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_broker_registration_request_feature(::gannet::protocol::broker_registration_request_feature& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_broker_registration_request(::gannet::protocol::broker_registration_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.broker_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.cluster_id = next_string(seed);
  }
  {
    x.incarnation_id = next_uuid(seed);
  }
  {
    auto& v = x.listeners;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_broker_registration_request_listener(v.emplace_back(), version, seed);
    }
  }
  {
    auto& v = x.features;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_broker_registration_request_feature(v.emplace_back(), version, seed);
    }
  }
  {
    x.rack.emplace() = next_string(seed);
  }
  if (version >= 1) {
    x.is_migrating_zk_broker = !(false);
  }
  if (version >= 2) {
    auto& v = x.log_dirs;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_uuid(seed);
    }
  }
  if (version >= 3) {
    x.previous_broker_epoch = next_int<std::int64_t>(-1, seed);
  }
}
TEST(GeneratedRoundTripTest, BrokerRegistrationRequest) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::broker_registration_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_broker_registration_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_broker_registration_response(::gannet::protocol::broker_registration_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_broker_registration_response(::gannet::protocol::broker_registration_response& x, std::int16_t version, std::uint32_t& seed) {
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
    x.broker_epoch = next_int<std::int64_t>(-1, seed);
  }
}
TEST(GeneratedRoundTripTest, BrokerRegistrationResponse) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::broker_registration_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_broker_registration_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_create_delegation_token_request_creatable_renewers(::gannet::protocol::create_delegation_token_request_creatable_renewers& x, std::int16_t version, std::uint32_t& seed);
void fill_create_delegation_token_request(::gannet::protocol::create_delegation_token_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_create_delegation_token_request_creatable_renewers(::gannet::protocol::create_delegation_token_request_creatable_renewers& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_create_delegation_token_request(::gannet::protocol::create_delegation_token_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 3) {
    x.owner_principal_type.emplace() = next_string(seed);
  }
  if (version >= 3) {
    x.owner_principal_name.emplace() = next_string(seed);
  }
  {
    auto& v = x.renewers;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_create_delegation_token_request_creatable_renewers(v.emplace_back(), version, seed);
    }
  }
  {
    x.max_lifetime_ms = next_int<std::int64_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, CreateDelegationTokenRequest) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::create_delegation_token_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_create_delegation_token_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_create_delegation_token_response(::gannet::protocol::create_delegation_token_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_create_delegation_token_response(::gannet::protocol::create_delegation_token_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
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
    x.issue_timestamp_ms = next_int<std::int64_t>(0, seed);
  }
  {
    x.expiry_timestamp_ms = next_int<std::int64_t>(0, seed);
  }
  {
    x.max_timestamp_ms = next_int<std::int64_t>(0, seed);
  }
  {
    x.token_id = next_string(seed);
  }
  {
    x.hmac = next_bytes(seed);
  }
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, CreateDelegationTokenResponse) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::create_delegation_token_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_create_delegation_token_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_delete_topics_request_delete_topic_state(::gannet::protocol::delete_topics_request_delete_topic_state& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_topics_request(::gannet::protocol::delete_topics_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_delete_topics_request_delete_topic_state(::gannet::protocol::delete_topics_request_delete_topic_state& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name.emplace() = next_string(seed);
  }
  {
    x.topic_id = next_uuid(seed);
  }
}
[[maybe_unused]] void fill_delete_topics_request(::gannet::protocol::delete_topics_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 6) {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_delete_topics_request_delete_topic_state(v.emplace_back(), version, seed);
    }
  }
  if (version <= 5) {
    auto& v = x.topic_names;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
  {
    x.timeout_ms = next_int<std::int32_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, DeleteTopicsRequest) {
  for (std::int16_t version = 0; version <= 6; ++version) {
    ::gannet::protocol::delete_topics_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_delete_topics_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_delete_topics_response_deletable_topic_result(::gannet::protocol::delete_topics_response_deletable_topic_result& x, std::int16_t version, std::uint32_t& seed);
void fill_delete_topics_response(::gannet::protocol::delete_topics_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_delete_topics_response_deletable_topic_result(::gannet::protocol::delete_topics_response_deletable_topic_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name.emplace() = next_string(seed);
  }
  if (version >= 6) {
    x.topic_id = next_uuid(seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  if (version >= 5) {
    x.error_message.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_delete_topics_response(::gannet::protocol::delete_topics_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 1) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.responses;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_delete_topics_response_deletable_topic_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DeleteTopicsResponse) {
  for (std::int16_t version = 0; version <= 6; ++version) {
    ::gannet::protocol::delete_topics_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_delete_topics_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_describe_producers_request_topic_request(::gannet::protocol::describe_producers_request_topic_request& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_producers_request(::gannet::protocol::describe_producers_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_producers_request_topic_request(::gannet::protocol::describe_producers_request_topic_request& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_describe_producers_request(::gannet::protocol::describe_producers_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_producers_request_topic_request(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeProducersRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::describe_producers_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_producers_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_describe_producers_response_producer_state(::gannet::protocol::describe_producers_response_producer_state& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_producers_response_partition_response(::gannet::protocol::describe_producers_response_partition_response& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_producers_response_topic_response(::gannet::protocol::describe_producers_response_topic_response& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_producers_response(::gannet::protocol::describe_producers_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_producers_response_producer_state(::gannet::protocol::describe_producers_response_producer_state& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.producer_id = next_int<std::int64_t>(0, seed);
  }
  {
    x.producer_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.last_sequence = next_int<std::int32_t>(-1, seed);
  }
  {
    x.last_timestamp = next_int<std::int64_t>(-1, seed);
  }
  {
    x.coordinator_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.current_txn_start_offset = next_int<std::int64_t>(-1, seed);
  }
}
[[maybe_unused]] void fill_describe_producers_response_partition_response(::gannet::protocol::describe_producers_response_partition_response& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.active_producers;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_producers_response_producer_state(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_producers_response_topic_response(::gannet::protocol::describe_producers_response_topic_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_describe_producers_response_partition_response(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_producers_response(::gannet::protocol::describe_producers_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_describe_producers_response_topic_response(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeProducersResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::describe_producers_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_producers_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_envelope_request(::gannet::protocol::envelope_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_envelope_request(::gannet::protocol::envelope_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.request_data = next_bytes(seed);
  }
  {
    x.request_principal.emplace() = next_bytes(seed);
  }
  {
    x.client_host_address = next_bytes(seed);
  }
}
TEST(GeneratedRoundTripTest, EnvelopeRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::envelope_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_envelope_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_envelope_response(::gannet::protocol::envelope_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_envelope_response(::gannet::protocol::envelope_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.response_data.emplace() = next_bytes(seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
TEST(GeneratedRoundTripTest, EnvelopeResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::envelope_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_envelope_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_init_producer_id_request(::gannet::protocol::init_producer_id_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_init_producer_id_request(::gannet::protocol::init_producer_id_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.transactional_id.emplace() = next_string(seed);
  }
  {
    x.transaction_timeout_ms = next_int<std::int32_t>(0, seed);
  }
  if (version >= 3) {
    x.producer_id = next_int<std::int64_t>(-1, seed);
  }
  if (version >= 3) {
    x.producer_epoch = next_int<std::int16_t>(-1, seed);
  }
}
TEST(GeneratedRoundTripTest, InitProducerIdRequest) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::init_producer_id_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_init_producer_id_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_init_producer_id_response(::gannet::protocol::init_producer_id_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_init_producer_id_response(::gannet::protocol::init_producer_id_response& x, std::int16_t version, std::uint32_t& seed) {
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
    x.producer_id = next_int<std::int64_t>(-1, seed);
  }
  {
    x.producer_epoch = next_int<std::int16_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, InitProducerIdResponse) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::init_producer_id_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_init_producer_id_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_list_groups_request(::gannet::protocol::list_groups_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_list_groups_request(::gannet::protocol::list_groups_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 4) {
    auto& v = x.states_filter;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
  if (version >= 5) {
    auto& v = x.types_filter;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ListGroupsRequest) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::list_groups_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_list_groups_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_list_groups_response_listed_group(::gannet::protocol::list_groups_response_listed_group& x, std::int16_t version, std::uint32_t& seed);
void fill_list_groups_response(::gannet::protocol::list_groups_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_list_groups_response_listed_group(::gannet::protocol::list_groups_response_listed_group& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.group_id = next_string(seed);
  }
  {
    x.protocol_type = next_string(seed);
  }
  if (version >= 4) {
    x.group_state = next_string(seed);
  }
  if (version >= 5) {
    x.group_type = next_string(seed);
  }
}
[[maybe_unused]] void fill_list_groups_response(::gannet::protocol::list_groups_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 1) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    auto& v = x.groups;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_list_groups_response_listed_group(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ListGroupsResponse) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::list_groups_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_list_groups_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_offset_for_leader_epoch_request_offset_for_leader_partition(::gannet::protocol::offset_for_leader_epoch_request_offset_for_leader_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_for_leader_epoch_request_offset_for_leader_topic(::gannet::protocol::offset_for_leader_epoch_request_offset_for_leader_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_for_leader_epoch_request(::gannet::protocol::offset_for_leader_epoch_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_offset_for_leader_epoch_request_offset_for_leader_partition(::gannet::protocol::offset_for_leader_epoch_request_offset_for_leader_partition& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition = next_int<std::int32_t>(0, seed);
  }
  if (version >= 2) {
    x.current_leader_epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_offset_for_leader_epoch_request_offset_for_leader_topic(::gannet::protocol::offset_for_leader_epoch_request_offset_for_leader_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_offset_for_leader_epoch_request_offset_for_leader_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_offset_for_leader_epoch_request(::gannet::protocol::offset_for_leader_epoch_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 3) {
    x.replica_id = next_int<std::int32_t>(-2, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_offset_for_leader_epoch_request_offset_for_leader_topic(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, OffsetForLeaderEpochRequest) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::offset_for_leader_epoch_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_offset_for_leader_epoch_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_offset_for_leader_epoch_response_epoch_end_offset(::gannet::protocol::offset_for_leader_epoch_response_epoch_end_offset& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_for_leader_epoch_response_offset_for_leader_topic_result(::gannet::protocol::offset_for_leader_epoch_response_offset_for_leader_topic_result& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_for_leader_epoch_response(::gannet::protocol::offset_for_leader_epoch_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_offset_for_leader_epoch_response_epoch_end_offset(::gannet::protocol::offset_for_leader_epoch_response_epoch_end_offset& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.partition = next_int<std::int32_t>(0, seed);
  }
  if (version >= 1) {
    x.leader_epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    x.end_offset = next_int<std::int64_t>(-1, seed);
  }
}
[[maybe_unused]] void fill_offset_for_leader_epoch_response_offset_for_leader_topic_result(::gannet::protocol::offset_for_leader_epoch_response_offset_for_leader_topic_result& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_offset_for_leader_epoch_response_epoch_end_offset(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_offset_for_leader_epoch_response(::gannet::protocol::offset_for_leader_epoch_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_offset_for_leader_epoch_response_offset_for_leader_topic_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, OffsetForLeaderEpochResponse) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::offset_for_leader_epoch_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_offset_for_leader_epoch_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_response_header(::gannet::protocol::response_header& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_response_header(::gannet::protocol::response_header& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.correlation_id = next_int<std::int32_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, ResponseHeader) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::response_header msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_response_header(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 1);
  }
}

void fill_snapshot_header_record(::gannet::protocol::snapshot_header_record& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_snapshot_header_record(::gannet::protocol::snapshot_header_record& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.version = next_int<std::int16_t>(0, seed);
  }
  {
    x.last_contained_log_timestamp = next_int<std::int64_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, SnapshotHeaderRecord) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::snapshot_header_record msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_snapshot_header_record(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_vote_request_partition_data(::gannet::protocol::vote_request_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_vote_request_topic_data(::gannet::protocol::vote_request_topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_vote_request(::gannet::protocol::vote_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_vote_request_partition_data(::gannet::protocol::vote_request_partition_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.candidate_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.candidate_id = next_int<std::int32_t>(0, seed);
  }
  if (version >= 1) {
    x.candidate_directory_id = next_uuid(seed);
  }
  if (version >= 1) {
    x.voter_directory_id = next_uuid(seed);
  }
  {
    x.last_offset_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.last_offset = next_int<std::int64_t>(0, seed);
  }
}
[[maybe_unused]] void fill_vote_request_topic_data(::gannet::protocol::vote_request_topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_vote_request_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_vote_request(::gannet::protocol::vote_request& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_vote_request_topic_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, VoteRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::vote_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_vote_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_vote_response_partition_data(::gannet::protocol::vote_response_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_vote_response_topic_data(::gannet::protocol::vote_response_topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_vote_response_node_endpoint(::gannet::protocol::vote_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed);
void fill_vote_response(::gannet::protocol::vote_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_vote_response_partition_data(::gannet::protocol::vote_response_partition_data& x, std::int16_t version, std::uint32_t& seed) {
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
  {
    x.vote_granted = !(false);
  }
}
[[maybe_unused]] void fill_vote_response_topic_data(::gannet::protocol::vote_response_topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_vote_response_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_vote_response_node_endpoint(::gannet::protocol::vote_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_vote_response(::gannet::protocol::vote_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_vote_response_topic_data(v.emplace_back(), version, seed);
    }
  }
  if (version >= 1) {
    auto& v = x.node_endpoints;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_vote_response_node_endpoint(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, VoteResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::vote_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_vote_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, (true) && (!(version >= 1)));
  }
}

}  // namespace
