// generated from AlterPartitionReassignmentsRequest.json, AlterPartitionReassignmentsResponse.json, ConsumerGroupDescribeRequest.json, ConsumerGroupDescribeResponse.json, CreatePartitionsRequest.json, CreatePartitionsResponse.json, DescribeAclsRequest.json, DescribeAclsResponse.json, DescribeQuorumRequest.json, DescribeQuorumResponse.json, ExpireDelegationTokenRequest.json, ExpireDelegationTokenResponse.json, InitializeShareGroupStateRequest.json, InitializeShareGroupStateResponse.json, ListOffsetsRequest.json, ListOffsetsResponse.json, ProduceRequest.json, ProduceResponse.json, SaslAuthenticateRequest.json, SaslAuthenticateResponse.json, StopReplicaRequest.json, StopReplicaResponse.json, VotersRecord.json; do not edit
#include <gtest/gtest.h>

#include <cstdint>

#include "gannet/protocol/messages/alter_partition_reassignments.h"
#include "gannet/protocol/messages/consumer_group_describe.h"
#include "gannet/protocol/messages/create_partitions.h"
#include "gannet/protocol/messages/describe_acls.h"
#include "gannet/protocol/messages/describe_quorum.h"
#include "gannet/protocol/messages/expire_delegation_token.h"
#include "gannet/protocol/messages/initialize_share_group_state.h"
#include "gannet/protocol/messages/list_offsets.h"
#include "gannet/protocol/messages/produce.h"
#include "gannet/protocol/messages/sasl_authenticate.h"
#include "gannet/protocol/messages/stop_replica.h"
#include "gannet/protocol/messages/voters_record.h"
#include "protocol/roundtrip_support.h"

namespace {

using ::gannet::protocol::testing::next_bytes;
using ::gannet::protocol::testing::next_double;
using ::gannet::protocol::testing::next_int;
using ::gannet::protocol::testing::next_records;
using ::gannet::protocol::testing::next_string;
using ::gannet::protocol::testing::next_uuid;

void fill_alter_partition_reassignments_request_reassignable_partition(::gannet::protocol::alter_partition_reassignments_request_reassignable_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_partition_reassignments_request_reassignable_topic(::gannet::protocol::alter_partition_reassignments_request_reassignable_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_partition_reassignments_request(::gannet::protocol::alter_partition_reassignments_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_partition_reassignments_request_reassignable_partition(::gannet::protocol::alter_partition_reassignments_request_reassignable_partition& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.replicas.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_alter_partition_reassignments_request_reassignable_topic(::gannet::protocol::alter_partition_reassignments_request_reassignable_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_alter_partition_reassignments_request_reassignable_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_alter_partition_reassignments_request(::gannet::protocol::alter_partition_reassignments_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.timeout_ms = next_int<std::int32_t>(60000, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_partition_reassignments_request_reassignable_topic(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AlterPartitionReassignmentsRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::alter_partition_reassignments_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_partition_reassignments_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_alter_partition_reassignments_response_reassignable_partition_response(::gannet::protocol::alter_partition_reassignments_response_reassignable_partition_response& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_partition_reassignments_response_reassignable_topic_response(::gannet::protocol::alter_partition_reassignments_response_reassignable_topic_response& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_partition_reassignments_response(::gannet::protocol::alter_partition_reassignments_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_partition_reassignments_response_reassignable_partition_response(::gannet::protocol::alter_partition_reassignments_response_reassignable_partition_response& x, std::int16_t version, std::uint32_t& seed) {
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
}
[[maybe_unused]] void fill_alter_partition_reassignments_response_reassignable_topic_response(::gannet::protocol::alter_partition_reassignments_response_reassignable_topic_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_alter_partition_reassignments_response_reassignable_partition_response(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_alter_partition_reassignments_response(::gannet::protocol::alter_partition_reassignments_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_alter_partition_reassignments_response_reassignable_topic_response(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AlterPartitionReassignmentsResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::alter_partition_reassignments_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_partition_reassignments_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_consumer_group_describe_request(::gannet::protocol::consumer_group_describe_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_consumer_group_describe_request(::gannet::protocol::consumer_group_describe_request& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, ConsumerGroupDescribeRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::consumer_group_describe_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_consumer_group_describe_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_consumer_group_describe_response_topic_partitions(::gannet::protocol::consumer_group_describe_response_topic_partitions& x, std::int16_t version, std::uint32_t& seed);
void fill_consumer_group_describe_response_assignment(::gannet::protocol::consumer_group_describe_response_assignment& x, std::int16_t version, std::uint32_t& seed);
void fill_consumer_group_describe_response_member(::gannet::protocol::consumer_group_describe_response_member& x, std::int16_t version, std::uint32_t& seed);
void fill_consumer_group_describe_response_described_group(::gannet::protocol::consumer_group_describe_response_described_group& x, std::int16_t version, std::uint32_t& seed);
void fill_consumer_group_describe_response(::gannet::protocol::consumer_group_describe_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_consumer_group_describe_response_topic_partitions(::gannet::protocol::consumer_group_describe_response_topic_partitions& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_consumer_group_describe_response_assignment(::gannet::protocol::consumer_group_describe_response_assignment& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.topic_partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_consumer_group_describe_response_topic_partitions(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_consumer_group_describe_response_member(::gannet::protocol::consumer_group_describe_response_member& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.member_id = next_string(seed);
  }
  {
    x.instance_id.emplace() = next_string(seed);
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
    x.subscribed_topic_regex.emplace() = next_string(seed);
  }
  {
    fill_consumer_group_describe_response_assignment(x.assignment, version, seed);
  }
  {
    fill_consumer_group_describe_response_assignment(x.target_assignment, version, seed);
  }
}
[[maybe_unused]] void fill_consumer_group_describe_response_described_group(::gannet::protocol::consumer_group_describe_response_described_group& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_consumer_group_describe_response_member(v.emplace_back(), version, seed);
    }
  }
  {
    x.authorized_operations = next_int<std::int32_t>((-2147483647 - 1), seed);
  }
}
[[maybe_unused]] void fill_consumer_group_describe_response(::gannet::protocol::consumer_group_describe_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_consumer_group_describe_response_described_group(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ConsumerGroupDescribeResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::consumer_group_describe_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_consumer_group_describe_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_create_partitions_request_create_partitions_assignment(::gannet::protocol::create_partitions_request_create_partitions_assignment& x, std::int16_t version, std::uint32_t& seed);
void fill_create_partitions_request_create_partitions_topic(::gannet::protocol::create_partitions_request_create_partitions_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_create_partitions_request(::gannet::protocol::create_partitions_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_create_partitions_request_create_partitions_assignment(::gannet::protocol::create_partitions_request_create_partitions_assignment& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.broker_ids;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_create_partitions_request_create_partitions_topic(::gannet::protocol::create_partitions_request_create_partitions_topic& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.count = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.assignments.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_create_partitions_request_create_partitions_assignment(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_create_partitions_request(::gannet::protocol::create_partitions_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_create_partitions_request_create_partitions_topic(v.emplace_back(), version, seed);
    }
  }
  {
    x.timeout_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.validate_only = !(false);
  }
}
TEST(GeneratedRoundTripTest, CreatePartitionsRequest) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::create_partitions_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_create_partitions_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_create_partitions_response_create_partitions_topic_result(::gannet::protocol::create_partitions_response_create_partitions_topic_result& x, std::int16_t version, std::uint32_t& seed);
void fill_create_partitions_response(::gannet::protocol::create_partitions_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_create_partitions_response_create_partitions_topic_result(::gannet::protocol::create_partitions_response_create_partitions_topic_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.error_message.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_create_partitions_response(::gannet::protocol::create_partitions_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_create_partitions_response_create_partitions_topic_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, CreatePartitionsResponse) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::create_partitions_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_create_partitions_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_describe_acls_request(::gannet::protocol::describe_acls_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_acls_request(::gannet::protocol::describe_acls_request& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, DescribeAclsRequest) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::describe_acls_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_acls_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_describe_acls_response_acl_description(::gannet::protocol::describe_acls_response_acl_description& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_acls_response_describe_acls_resource(::gannet::protocol::describe_acls_response_describe_acls_resource& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_acls_response(::gannet::protocol::describe_acls_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_acls_response_acl_description(::gannet::protocol::describe_acls_response_acl_description& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
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
[[maybe_unused]] void fill_describe_acls_response_describe_acls_resource(::gannet::protocol::describe_acls_response_describe_acls_resource& x, std::int16_t version, std::uint32_t& seed) {
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
    x.pattern_type = next_int<std::int8_t>(3, seed);
  }
  {
    auto& v = x.acls;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_acls_response_acl_description(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_acls_response(::gannet::protocol::describe_acls_response& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.resources;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_acls_response_describe_acls_resource(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeAclsResponse) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::describe_acls_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_acls_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_describe_quorum_request_partition_data(::gannet::protocol::describe_quorum_request_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_quorum_request_topic_data(::gannet::protocol::describe_quorum_request_topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_quorum_request(::gannet::protocol::describe_quorum_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_quorum_request_partition_data(::gannet::protocol::describe_quorum_request_partition_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_describe_quorum_request_topic_data(::gannet::protocol::describe_quorum_request_topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_describe_quorum_request_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_quorum_request(::gannet::protocol::describe_quorum_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_quorum_request_topic_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeQuorumRequest) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::describe_quorum_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_quorum_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_describe_quorum_response_replica_state(::gannet::protocol::describe_quorum_response_replica_state& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_quorum_response_partition_data(::gannet::protocol::describe_quorum_response_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_quorum_response_topic_data(::gannet::protocol::describe_quorum_response_topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_quorum_response_listener(::gannet::protocol::describe_quorum_response_listener& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_quorum_response_node(::gannet::protocol::describe_quorum_response_node& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_quorum_response(::gannet::protocol::describe_quorum_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_quorum_response_replica_state(::gannet::protocol::describe_quorum_response_replica_state& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.replica_id = next_int<std::int32_t>(0, seed);
  }
  if (version >= 2) {
    x.replica_directory_id = next_uuid(seed);
  }
  {
    x.log_end_offset = next_int<std::int64_t>(0, seed);
  }
  if (version >= 1) {
    x.last_fetch_timestamp = next_int<std::int64_t>(-1, seed);
  }
  if (version >= 1) {
    x.last_caught_up_timestamp = next_int<std::int64_t>(-1, seed);
  }
}
[[maybe_unused]] void fill_describe_quorum_response_partition_data(::gannet::protocol::describe_quorum_response_partition_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  if (version >= 2) {
    x.error_message.emplace() = next_string(seed);
  }
  {
    x.leader_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    x.high_watermark = next_int<std::int64_t>(0, seed);
  }
  {
    auto& v = x.current_voters;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_quorum_response_replica_state(v.emplace_back(), version, seed);
    }
  }
  {
    auto& v = x.observers;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_quorum_response_replica_state(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_quorum_response_topic_data(::gannet::protocol::describe_quorum_response_topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_describe_quorum_response_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_quorum_response_listener(::gannet::protocol::describe_quorum_response_listener& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_describe_quorum_response_node(::gannet::protocol::describe_quorum_response_node& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.node_id = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.listeners;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_quorum_response_listener(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_quorum_response(::gannet::protocol::describe_quorum_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  if (version >= 2) {
    x.error_message.emplace() = next_string(seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_quorum_response_topic_data(v.emplace_back(), version, seed);
    }
  }
  if (version >= 2) {
    auto& v = x.nodes;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_quorum_response_node(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeQuorumResponse) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::describe_quorum_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_quorum_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_expire_delegation_token_request(::gannet::protocol::expire_delegation_token_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_expire_delegation_token_request(::gannet::protocol::expire_delegation_token_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.hmac = next_bytes(seed);
  }
  {
    x.expiry_time_period_ms = next_int<std::int64_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, ExpireDelegationTokenRequest) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::expire_delegation_token_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_expire_delegation_token_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_expire_delegation_token_response(::gannet::protocol::expire_delegation_token_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_expire_delegation_token_response(::gannet::protocol::expire_delegation_token_response& x, std::int16_t version, std::uint32_t& seed) {
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
TEST(GeneratedRoundTripTest, ExpireDelegationTokenResponse) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::expire_delegation_token_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_expire_delegation_token_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_initialize_share_group_state_request_partition_data(::gannet::protocol::initialize_share_group_state_request_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_initialize_share_group_state_request_initialize_state_data(::gannet::protocol::initialize_share_group_state_request_initialize_state_data& x, std::int16_t version, std::uint32_t& seed);
void fill_initialize_share_group_state_request(::gannet::protocol::initialize_share_group_state_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_initialize_share_group_state_request_partition_data(::gannet::protocol::initialize_share_group_state_request_partition_data& x, std::int16_t version, std::uint32_t& seed) {
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
    x.start_offset = next_int<std::int64_t>(0, seed);
  }
}
[[maybe_unused]] void fill_initialize_share_group_state_request_initialize_state_data(::gannet::protocol::initialize_share_group_state_request_initialize_state_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_initialize_share_group_state_request_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_initialize_share_group_state_request(::gannet::protocol::initialize_share_group_state_request& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_initialize_share_group_state_request_initialize_state_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, InitializeShareGroupStateRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::initialize_share_group_state_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_initialize_share_group_state_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_initialize_share_group_state_response_partition_result(::gannet::protocol::initialize_share_group_state_response_partition_result& x, std::int16_t version, std::uint32_t& seed);
void fill_initialize_share_group_state_response_initialize_state_result(::gannet::protocol::initialize_share_group_state_response_initialize_state_result& x, std::int16_t version, std::uint32_t& seed);
void fill_initialize_share_group_state_response(::gannet::protocol::initialize_share_group_state_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_initialize_share_group_state_response_partition_result(::gannet::protocol::initialize_share_group_state_response_partition_result& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_initialize_share_group_state_response_initialize_state_result(::gannet::protocol::initialize_share_group_state_response_initialize_state_result& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_initialize_share_group_state_response_partition_result(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_initialize_share_group_state_response(::gannet::protocol::initialize_share_group_state_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.results;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_initialize_share_group_state_response_initialize_state_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, InitializeShareGroupStateResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::initialize_share_group_state_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_initialize_share_group_state_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_list_offsets_request_list_offsets_partition(::gannet::protocol::list_offsets_request_list_offsets_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_list_offsets_request_list_offsets_topic(::gannet::protocol::list_offsets_request_list_offsets_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_list_offsets_request(::gannet::protocol::list_offsets_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_list_offsets_request_list_offsets_partition(::gannet::protocol::list_offsets_request_list_offsets_partition& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  if (version >= 4) {
    x.current_leader_epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    x.timestamp = next_int<std::int64_t>(0, seed);
  }
  if (version <= 0) {
    x.max_num_offsets = next_int<std::int32_t>(1, seed);
  }
}
[[maybe_unused]] void fill_list_offsets_request_list_offsets_topic(::gannet::protocol::list_offsets_request_list_offsets_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_list_offsets_request_list_offsets_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_list_offsets_request(::gannet::protocol::list_offsets_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.replica_id = next_int<std::int32_t>(0, seed);
  }
  if (version >= 2) {
    x.isolation_level = next_int<std::int8_t>(0, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_list_offsets_request_list_offsets_topic(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ListOffsetsRequest) {
  for (std::int16_t version = 0; version <= 9; ++version) {
    ::gannet::protocol::list_offsets_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_list_offsets_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 6);
  }
}

void fill_list_offsets_response_list_offsets_partition_response(::gannet::protocol::list_offsets_response_list_offsets_partition_response& x, std::int16_t version, std::uint32_t& seed);
void fill_list_offsets_response_list_offsets_topic_response(::gannet::protocol::list_offsets_response_list_offsets_topic_response& x, std::int16_t version, std::uint32_t& seed);
void fill_list_offsets_response(::gannet::protocol::list_offsets_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_list_offsets_response_list_offsets_partition_response(::gannet::protocol::list_offsets_response_list_offsets_partition_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  if (version <= 0) {
    auto& v = x.old_style_offsets;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int64_t>(0, seed);
    }
  }
  if (version >= 1) {
    x.timestamp = next_int<std::int64_t>(-1, seed);
  }
  if (version >= 1) {
    x.offset = next_int<std::int64_t>(-1, seed);
  }
  if (version >= 4) {
    x.leader_epoch = next_int<std::int32_t>(-1, seed);
  }
}
[[maybe_unused]] void fill_list_offsets_response_list_offsets_topic_response(::gannet::protocol::list_offsets_response_list_offsets_topic_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_list_offsets_response_list_offsets_partition_response(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_list_offsets_response(::gannet::protocol::list_offsets_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_list_offsets_response_list_offsets_topic_response(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ListOffsetsResponse) {
  for (std::int16_t version = 0; version <= 9; ++version) {
    ::gannet::protocol::list_offsets_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_list_offsets_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 6);
  }
}

void fill_produce_request_partition_produce_data(::gannet::protocol::produce_request_partition_produce_data& x, std::int16_t version, std::uint32_t& seed);
void fill_produce_request_topic_produce_data(::gannet::protocol::produce_request_topic_produce_data& x, std::int16_t version, std::uint32_t& seed);
void fill_produce_request(::gannet::protocol::produce_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_produce_request_partition_produce_data(::gannet::protocol::produce_request_partition_produce_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.index = next_int<std::int32_t>(0, seed);
  }
  {
    x.records = next_records(seed);
  }
}
[[maybe_unused]] void fill_produce_request_topic_produce_data(::gannet::protocol::produce_request_topic_produce_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    auto& v = x.partition_data;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_produce_request_partition_produce_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_produce_request(::gannet::protocol::produce_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 3) {
    x.transactional_id.emplace() = next_string(seed);
  }
  {
    x.acks = next_int<std::int16_t>(0, seed);
  }
  {
    x.timeout_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.topic_data;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_produce_request_topic_produce_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ProduceRequest) {
  for (std::int16_t version = 0; version <= 11; ++version) {
    ::gannet::protocol::produce_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_produce_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 9);
  }
}

void fill_produce_response_batch_index_and_error_message(::gannet::protocol::produce_response_batch_index_and_error_message& x, std::int16_t version, std::uint32_t& seed);
void fill_produce_response_leader_id_and_epoch(::gannet::protocol::produce_response_leader_id_and_epoch& x, std::int16_t version, std::uint32_t& seed);
void fill_produce_response_partition_produce_response(::gannet::protocol::produce_response_partition_produce_response& x, std::int16_t version, std::uint32_t& seed);
void fill_produce_response_topic_produce_response(::gannet::protocol::produce_response_topic_produce_response& x, std::int16_t version, std::uint32_t& seed);
void fill_produce_response_node_endpoint(::gannet::protocol::produce_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed);
void fill_produce_response(::gannet::protocol::produce_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_produce_response_batch_index_and_error_message(::gannet::protocol::produce_response_batch_index_and_error_message& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.batch_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.batch_index_error_message.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_produce_response_leader_id_and_epoch(::gannet::protocol::produce_response_leader_id_and_epoch& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_produce_response_partition_produce_response(::gannet::protocol::produce_response_partition_produce_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.index = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.base_offset = next_int<std::int64_t>(0, seed);
  }
  if (version >= 2) {
    x.log_append_time_ms = next_int<std::int64_t>(-1, seed);
  }
  if (version >= 5) {
    x.log_start_offset = next_int<std::int64_t>(-1, seed);
  }
  if (version >= 8) {
    auto& v = x.record_errors;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_produce_response_batch_index_and_error_message(v.emplace_back(), version, seed);
    }
  }
  if (version >= 8) {
    x.error_message.emplace() = next_string(seed);
  }
  if (version >= 10) {
    fill_produce_response_leader_id_and_epoch(x.current_leader, version, seed);
  }
}
[[maybe_unused]] void fill_produce_response_topic_produce_response(::gannet::protocol::produce_response_topic_produce_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    auto& v = x.partition_responses;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_produce_response_partition_produce_response(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_produce_response_node_endpoint(::gannet::protocol::produce_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_produce_response(::gannet::protocol::produce_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.responses;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_produce_response_topic_produce_response(v.emplace_back(), version, seed);
    }
  }
  if (version >= 1) {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  if (version >= 10) {
    auto& v = x.node_endpoints;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_produce_response_node_endpoint(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ProduceResponse) {
  for (std::int16_t version = 0; version <= 11; ++version) {
    ::gannet::protocol::produce_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_produce_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, (version >= 9) && (!(version >= 10)));
  }
}

void fill_sasl_authenticate_request(::gannet::protocol::sasl_authenticate_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_sasl_authenticate_request(::gannet::protocol::sasl_authenticate_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.auth_bytes = next_bytes(seed);
  }
}
TEST(GeneratedRoundTripTest, SaslAuthenticateRequest) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::sasl_authenticate_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_sasl_authenticate_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_sasl_authenticate_response(::gannet::protocol::sasl_authenticate_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_sasl_authenticate_response(::gannet::protocol::sasl_authenticate_response& x, std::int16_t version, std::uint32_t& seed) {
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
    x.auth_bytes = next_bytes(seed);
  }
  if (version >= 1) {
    x.session_lifetime_ms = next_int<std::int64_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, SaslAuthenticateResponse) {
  for (std::int16_t version = 0; version <= 2; ++version) {
    ::gannet::protocol::sasl_authenticate_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_sasl_authenticate_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_stop_replica_request_stop_replica_partition_v0(::gannet::protocol::stop_replica_request_stop_replica_partition_v0& x, std::int16_t version, std::uint32_t& seed);
void fill_stop_replica_request_stop_replica_topic_v1(::gannet::protocol::stop_replica_request_stop_replica_topic_v1& x, std::int16_t version, std::uint32_t& seed);
void fill_stop_replica_request_stop_replica_partition_state(::gannet::protocol::stop_replica_request_stop_replica_partition_state& x, std::int16_t version, std::uint32_t& seed);
void fill_stop_replica_request_stop_replica_topic_state(::gannet::protocol::stop_replica_request_stop_replica_topic_state& x, std::int16_t version, std::uint32_t& seed);
void fill_stop_replica_request(::gannet::protocol::stop_replica_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_stop_replica_request_stop_replica_partition_v0(::gannet::protocol::stop_replica_request_stop_replica_partition_v0& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_stop_replica_request_stop_replica_topic_v1(::gannet::protocol::stop_replica_request_stop_replica_topic_v1& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_stop_replica_request_stop_replica_partition_state(::gannet::protocol::stop_replica_request_stop_replica_partition_state& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.leader_epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    x.delete_partition = !(false);
  }
}
[[maybe_unused]] void fill_stop_replica_request_stop_replica_topic_state(::gannet::protocol::stop_replica_request_stop_replica_topic_state& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic_name = next_string(seed);
  }
  {
    auto& v = x.partition_states;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_stop_replica_request_stop_replica_partition_state(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_stop_replica_request(::gannet::protocol::stop_replica_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.controller_id = next_int<std::int32_t>(0, seed);
  }
  if (version >= 4) {
    x.is_k_raft_controller = !(false);
  }
  {
    x.controller_epoch = next_int<std::int32_t>(0, seed);
  }
  if (version >= 1) {
    x.broker_epoch = next_int<std::int64_t>(-1, seed);
  }
  if (version <= 2) {
    x.delete_partitions = !(false);
  }
  if (version <= 0) {
    auto& v = x.ungrouped_partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_stop_replica_request_stop_replica_partition_v0(v.emplace_back(), version, seed);
    }
  }
  if (version >= 1 && version <= 2) {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_stop_replica_request_stop_replica_topic_v1(v.emplace_back(), version, seed);
    }
  }
  if (version >= 3) {
    auto& v = x.topic_states;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_stop_replica_request_stop_replica_topic_state(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, StopReplicaRequest) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::stop_replica_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_stop_replica_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_stop_replica_response_stop_replica_partition_error(::gannet::protocol::stop_replica_response_stop_replica_partition_error& x, std::int16_t version, std::uint32_t& seed);
void fill_stop_replica_response(::gannet::protocol::stop_replica_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_stop_replica_response_stop_replica_partition_error(::gannet::protocol::stop_replica_response_stop_replica_partition_error& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic_name = next_string(seed);
  }
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
[[maybe_unused]] void fill_stop_replica_response(::gannet::protocol::stop_replica_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    auto& v = x.partition_errors;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_stop_replica_response_stop_replica_partition_error(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, StopReplicaResponse) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::stop_replica_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_stop_replica_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 2);
  }
}

void fill_voters_record_endpoint(::gannet::protocol::voters_record_endpoint& x, std::int16_t version, std::uint32_t& seed);
void fill_voters_record_k_raft_version_feature(::gannet::protocol::voters_record_k_raft_version_feature& x, std::int16_t version, std::uint32_t& seed);
void fill_voters_record_voter(::gannet::protocol::voters_record_voter& x, std::int16_t version, std::uint32_t& seed);
void fill_voters_record(::gannet::protocol::voters_record& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_voters_record_endpoint(::gannet::protocol::voters_record_endpoint& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_voters_record_k_raft_version_feature(::gannet::protocol::voters_record_k_raft_version_feature& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_voters_record_voter(::gannet::protocol::voters_record_voter& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.voter_id = next_int<std::int32_t>(0, seed);
  }
  {
    x.voter_directory_id = next_uuid(seed);
  }
  {
    auto& v = x.endpoints;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_voters_record_endpoint(v.emplace_back(), version, seed);
    }
  }
  {
    fill_voters_record_k_raft_version_feature(x.k_raft_version_feature, version, seed);
  }
}
[[maybe_unused]] void fill_voters_record(::gannet::protocol::voters_record& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.version = next_int<std::int16_t>(0, seed);
  }
  {
    auto& v = x.voters;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_voters_record_voter(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, VotersRecord) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::voters_record msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_voters_record(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

}  // namespace
