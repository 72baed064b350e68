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

void fill_alter_partition_request_broker_state(::gannet::protocol::alter_partition_request::broker_state& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_partition_request_partition_data(::gannet::protocol::alter_partition_request::partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_partition_request_topic_data(::gannet::protocol::alter_partition_request::topic_data& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_partition_request_broker_state(::gannet::protocol::alter_partition_request::broker_state& x, std::int16_t version, std::uint32_t& seed) {
  (void)version;
  (void)seed;
  {
    x.broker_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.broker_epoch = next_int<std::int64_t>(-1, seed);
  }
}
[[maybe_unused]] void fill_alter_partition_request_partition_data(::gannet::protocol::alter_partition_request::partition_data& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_alter_partition_request_topic_data(::gannet::protocol::alter_partition_request::topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, AlterPartitionRequest) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::alter_partition_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_partition_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_alter_partition_response_partition_data(::gannet::protocol::alter_partition_response::partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_partition_response_topic_data(::gannet::protocol::alter_partition_response::topic_data& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_partition_response_partition_data(::gannet::protocol::alter_partition_response::partition_data& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_alter_partition_response_topic_data(::gannet::protocol::alter_partition_response::topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, AlterPartitionResponse) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::alter_partition_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_partition_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_broker_registration_request_listener(::gannet::protocol::broker_registration_request::listener& x, std::int16_t version, std::uint32_t& seed);
void fill_broker_registration_request_feature(::gannet::protocol::broker_registration_request::feature& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_broker_registration_request_listener(::gannet::protocol::broker_registration_request::listener& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_broker_registration_request_feature(::gannet::protocol::broker_registration_request::feature& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, BrokerRegistrationRequest) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::broker_registration_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_broker_registration_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
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

void fill_create_delegation_token_request_creatable_renewers(::gannet::protocol::create_delegation_token_request::creatable_renewers& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_create_delegation_token_request_creatable_renewers(::gannet::protocol::create_delegation_token_request::creatable_renewers& x, std::int16_t version, std::uint32_t& seed) {
  (void)version;
  (void)seed;
  {
    x.principal_type = next_string(seed);
  }
  {
    x.principal_name = next_string(seed);
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

TEST(GeneratedRoundTripTest, CreateDelegationTokenResponse) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::create_delegation_token_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_create_delegation_token_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_delete_topics_request_delete_topic_state(::gannet::protocol::delete_topics_request::delete_topic_state& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_delete_topics_request_delete_topic_state(::gannet::protocol::delete_topics_request::delete_topic_state& x, std::int16_t version, std::uint32_t& seed) {
  (void)version;
  (void)seed;
  {
    x.name.emplace() = next_string(seed);
  }
  {
    x.topic_id = next_uuid(seed);
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

void fill_delete_topics_response_deletable_topic_result(::gannet::protocol::delete_topics_response::deletable_topic_result& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_delete_topics_response_deletable_topic_result(::gannet::protocol::delete_topics_response::deletable_topic_result& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, DeleteTopicsResponse) {
  for (std::int16_t version = 0; version <= 6; ++version) {
    ::gannet::protocol::delete_topics_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_delete_topics_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_describe_producers_request_topic_request(::gannet::protocol::describe_producers_request::topic_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_producers_request_topic_request(::gannet::protocol::describe_producers_request::topic_request& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, DescribeProducersRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::describe_producers_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_producers_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_describe_producers_response_producer_state(::gannet::protocol::describe_producers_response::producer_state& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_producers_response_partition_response(::gannet::protocol::describe_producers_response::partition_response& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_producers_response_topic_response(::gannet::protocol::describe_producers_response::topic_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_producers_response_producer_state(::gannet::protocol::describe_producers_response::producer_state& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_describe_producers_response_partition_response(::gannet::protocol::describe_producers_response::partition_response& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_describe_producers_response_topic_response(::gannet::protocol::describe_producers_response::topic_response& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, DescribeProducersResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::describe_producers_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_producers_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
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

TEST(GeneratedRoundTripTest, EnvelopeResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::envelope_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_envelope_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
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

TEST(GeneratedRoundTripTest, InitProducerIdResponse) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::init_producer_id_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_init_producer_id_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
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

void fill_list_groups_response_listed_group(::gannet::protocol::list_groups_response::listed_group& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_list_groups_response_listed_group(::gannet::protocol::list_groups_response::listed_group& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, ListGroupsResponse) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::list_groups_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_list_groups_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_offset_for_leader_epoch_request_offset_for_leader_partition(::gannet::protocol::offset_for_leader_epoch_request::offset_for_leader_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_for_leader_epoch_request_offset_for_leader_topic(::gannet::protocol::offset_for_leader_epoch_request::offset_for_leader_topic& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_offset_for_leader_epoch_request_offset_for_leader_partition(::gannet::protocol::offset_for_leader_epoch_request::offset_for_leader_partition& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_offset_for_leader_epoch_request_offset_for_leader_topic(::gannet::protocol::offset_for_leader_epoch_request::offset_for_leader_topic& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, OffsetForLeaderEpochRequest) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::offset_for_leader_epoch_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_offset_for_leader_epoch_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_offset_for_leader_epoch_response_epoch_end_offset(::gannet::protocol::offset_for_leader_epoch_response::epoch_end_offset& x, std::int16_t version, std::uint32_t& seed);
void fill_offset_for_leader_epoch_response_offset_for_leader_topic_result(::gannet::protocol::offset_for_leader_epoch_response::offset_for_leader_topic_result& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_offset_for_leader_epoch_response_epoch_end_offset(::gannet::protocol::offset_for_leader_epoch_response::epoch_end_offset& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_offset_for_leader_epoch_response_offset_for_leader_topic_result(::gannet::protocol::offset_for_leader_epoch_response::offset_for_leader_topic_result& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, OffsetForLeaderEpochResponse) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::offset_for_leader_epoch_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_offset_for_leader_epoch_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
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

TEST(GeneratedRoundTripTest, SnapshotHeaderRecord) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::snapshot_header_record msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_snapshot_header_record(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_vote_request_partition_data(::gannet::protocol::vote_request::partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_vote_request_topic_data(::gannet::protocol::vote_request::topic_data& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_vote_request_partition_data(::gannet::protocol::vote_request::partition_data& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_vote_request_topic_data(::gannet::protocol::vote_request::topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, VoteRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::vote_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_vote_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_vote_response_partition_data(::gannet::protocol::vote_response::partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_vote_response_topic_data(::gannet::protocol::vote_response::topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_vote_response_node_endpoint(::gannet::protocol::vote_response::node_endpoint& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_vote_response_partition_data(::gannet::protocol::vote_response::partition_data& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_vote_response_topic_data(::gannet::protocol::vote_response::topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_vote_response_node_endpoint(::gannet::protocol::vote_response::node_endpoint& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, VoteResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::vote_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_vote_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, (true) && (!(version >= 1)));
  }
}

}  // namespace
