// generated from AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json, AlterUserScramCredentialsRequest.json, AlterUserScramCredentialsResponse.json, ConsumerProtocolAssignment.json, DefaultPrincipalData.json, DescribeClusterRequest.json, DescribeClusterResponse.json, DescribeTransactionsRequest.json, DescribeTransactionsResponse.json, FetchSnapshotRequest.json, FetchSnapshotResponse.json, KRaftVersionRecord.json, ListTransactionsRequest.json, ListTransactionsResponse.json, ReadShareGroupStateRequest.json, ReadShareGroupStateResponse.json, ShareAcknowledgeRequest.json, ShareAcknowledgeResponse.json, TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json, WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json; do not edit
#include <gtest/gtest.h>

#include <cstdint>

#include "gannet/protocol/messages/add_partitions_to_txn.h"
#include "gannet/protocol/messages/alter_user_scram_credentials.h"
#include "gannet/protocol/messages/consumer_protocol_assignment.h"
#include "gannet/protocol/messages/default_principal_data.h"
#include "gannet/protocol/messages/describe_cluster.h"
#include "gannet/protocol/messages/describe_transactions.h"
#include "gannet/protocol/messages/fetch_snapshot.h"
#include "gannet/protocol/messages/k_raft_version_record.h"
#include "gannet/protocol/messages/list_transactions.h"
#include "gannet/protocol/messages/read_share_group_state.h"
#include "gannet/protocol/messages/share_acknowledge.h"
#include "gannet/protocol/messages/txn_offset_commit.h"
#include "gannet/protocol/messages/write_txn_markers.h"
#include "protocol/roundtrip_support.h"

namespace {

using ::gannet::protocol::testing::next_bytes;
using ::gannet::protocol::testing::next_double;
using ::gannet::protocol::testing::next_int;
using ::gannet::protocol::testing::next_records;
using ::gannet::protocol::testing::next_string;
using ::gannet::protocol::testing::next_uuid;

void fill_add_partitions_to_txn_request_add_partitions_to_txn_topic(::gannet::protocol::add_partitions_to_txn_request_add_partitions_to_txn_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_add_partitions_to_txn_request_add_partitions_to_txn_transaction(::gannet::protocol::add_partitions_to_txn_request_add_partitions_to_txn_transaction& x, std::int16_t version, std::uint32_t& seed);
void fill_add_partitions_to_txn_request(::gannet::protocol::add_partitions_to_txn_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_add_partitions_to_txn_request_add_partitions_to_txn_topic(::gannet::protocol::add_partitions_to_txn_request_add_partitions_to_txn_topic& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_add_partitions_to_txn_request_add_partitions_to_txn_transaction(::gannet::protocol::add_partitions_to_txn_request_add_partitions_to_txn_transaction& x, std::int16_t version, std::uint32_t& seed) {
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
    x.verify_only = !(false);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_add_partitions_to_txn_request_add_partitions_to_txn_topic(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_add_partitions_to_txn_request(::gannet::protocol::add_partitions_to_txn_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  if (version >= 4) {
    auto& v = x.transactions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_add_partitions_to_txn_request_add_partitions_to_txn_transaction(v.emplace_back(), version, seed);
    }
  }
  if (version <= 3) {
    x.v3_and_below_transactional_id = next_string(seed);
  }
  if (version <= 3) {
    x.v3_and_below_producer_id = next_int<std::int64_t>(0, seed);
  }
  if (version <= 3) {
    x.v3_and_below_producer_epoch = next_int<std::int16_t>(0, seed);
  }
  if (version <= 3) {
    auto& v = x.v3_and_below_topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_add_partitions_to_txn_request_add_partitions_to_txn_topic(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AddPartitionsToTxnRequest) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::add_partitions_to_txn_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_add_partitions_to_txn_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_add_partitions_to_txn_response_add_partitions_to_txn_partition_result(::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_partition_result& x, std::int16_t version, std::uint32_t& seed);
void fill_add_partitions_to_txn_response_add_partitions_to_txn_topic_result(::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_topic_result& x, std::int16_t version, std::uint32_t& seed);
void fill_add_partitions_to_txn_response_add_partitions_to_txn_result(::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_result& x, std::int16_t version, std::uint32_t& seed);
void fill_add_partitions_to_txn_response(::gannet::protocol::add_partitions_to_txn_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_add_partitions_to_txn_response_add_partitions_to_txn_partition_result(::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_partition_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.partition_error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
}
[[maybe_unused]] void fill_add_partitions_to_txn_response_add_partitions_to_txn_topic_result(::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_topic_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    auto& v = x.results_by_partition;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_add_partitions_to_txn_response_add_partitions_to_txn_partition_result(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_add_partitions_to_txn_response_add_partitions_to_txn_result(::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.transactional_id = next_string(seed);
  }
  {
    auto& v = x.topic_results;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_add_partitions_to_txn_response_add_partitions_to_txn_topic_result(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_add_partitions_to_txn_response(::gannet::protocol::add_partitions_to_txn_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  if (version >= 4) {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  if (version >= 4) {
    auto& v = x.results_by_transaction;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_add_partitions_to_txn_response_add_partitions_to_txn_result(v.emplace_back(), version, seed);
    }
  }
  if (version <= 3) {
    auto& v = x.results_by_topic_v3_and_below;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_add_partitions_to_txn_response_add_partitions_to_txn_topic_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AddPartitionsToTxnResponse) {
  for (std::int16_t version = 0; version <= 5; ++version) {
    ::gannet::protocol::add_partitions_to_txn_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_add_partitions_to_txn_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_alter_user_scram_credentials_request_scram_credential_deletion(::gannet::protocol::alter_user_scram_credentials_request_scram_credential_deletion& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_user_scram_credentials_request_scram_credential_upsertion(::gannet::protocol::alter_user_scram_credentials_request_scram_credential_upsertion& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_user_scram_credentials_request(::gannet::protocol::alter_user_scram_credentials_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_user_scram_credentials_request_scram_credential_deletion(::gannet::protocol::alter_user_scram_credentials_request_scram_credential_deletion& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.mechanism = next_int<std::int8_t>(0, seed);
  }
}
[[maybe_unused]] void fill_alter_user_scram_credentials_request_scram_credential_upsertion(::gannet::protocol::alter_user_scram_credentials_request_scram_credential_upsertion& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.name = next_string(seed);
  }
  {
    x.mechanism = next_int<std::int8_t>(0, seed);
  }
  {
    x.iterations = next_int<std::int32_t>(0, seed);
  }
  {
    x.salt = next_bytes(seed);
  }
  {
    x.salted_password = next_bytes(seed);
  }
}
[[maybe_unused]] void fill_alter_user_scram_credentials_request(::gannet::protocol::alter_user_scram_credentials_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.deletions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_user_scram_credentials_request_scram_credential_deletion(v.emplace_back(), version, seed);
    }
  }
  {
    auto& v = x.upsertions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_alter_user_scram_credentials_request_scram_credential_upsertion(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AlterUserScramCredentialsRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::alter_user_scram_credentials_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_user_scram_credentials_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_alter_user_scram_credentials_response_alter_user_scram_credentials_result(::gannet::protocol::alter_user_scram_credentials_response_alter_user_scram_credentials_result& x, std::int16_t version, std::uint32_t& seed);
void fill_alter_user_scram_credentials_response(::gannet::protocol::alter_user_scram_credentials_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_alter_user_scram_credentials_response_alter_user_scram_credentials_result(::gannet::protocol::alter_user_scram_credentials_response_alter_user_scram_credentials_result& x, std::int16_t version, std::uint32_t& seed) {
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
}
[[maybe_unused]] void fill_alter_user_scram_credentials_response(::gannet::protocol::alter_user_scram_credentials_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_alter_user_scram_credentials_response_alter_user_scram_credentials_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, AlterUserScramCredentialsResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::alter_user_scram_credentials_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_alter_user_scram_credentials_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_consumer_protocol_assignment_topic_partition(::gannet::protocol::consumer_protocol_assignment_topic_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_consumer_protocol_assignment(::gannet::protocol::consumer_protocol_assignment& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_consumer_protocol_assignment_topic_partition(::gannet::protocol::consumer_protocol_assignment_topic_partition& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_consumer_protocol_assignment(::gannet::protocol::consumer_protocol_assignment& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.assigned_partitions;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_consumer_protocol_assignment_topic_partition(v.emplace_back(), version, seed);
    }
  }
  {
    x.user_data.emplace() = next_bytes(seed);
  }
}
TEST(GeneratedRoundTripTest, ConsumerProtocolAssignment) {
  for (std::int16_t version = 0; version <= 3; ++version) {
    ::gannet::protocol::consumer_protocol_assignment msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_consumer_protocol_assignment(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, false);
  }
}

void fill_default_principal_data(::gannet::protocol::default_principal_data& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_default_principal_data(::gannet::protocol::default_principal_data& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.type = next_string(seed);
  }
  {
    x.name = next_string(seed);
  }
  {
    x.token_authenticated = !(false);
  }
}
TEST(GeneratedRoundTripTest, DefaultPrincipalData) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::default_principal_data msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_default_principal_data(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_describe_cluster_request(::gannet::protocol::describe_cluster_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_cluster_request(::gannet::protocol::describe_cluster_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.include_cluster_authorized_operations = !(false);
  }
  if (version >= 1) {
    x.endpoint_type = next_int<std::int8_t>(1, seed);
  }
}
TEST(GeneratedRoundTripTest, DescribeClusterRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::describe_cluster_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_cluster_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_describe_cluster_response_describe_cluster_broker(::gannet::protocol::describe_cluster_response_describe_cluster_broker& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_cluster_response(::gannet::protocol::describe_cluster_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_cluster_response_describe_cluster_broker(::gannet::protocol::describe_cluster_response_describe_cluster_broker& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.broker_id = next_int<std::int32_t>(0, seed);
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
[[maybe_unused]] void fill_describe_cluster_response(::gannet::protocol::describe_cluster_response& x, std::int16_t version, std::uint32_t& seed) {
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
  if (version >= 1) {
    x.endpoint_type = next_int<std::int8_t>(1, seed);
  }
  {
    x.cluster_id = next_string(seed);
  }
  {
    x.controller_id = next_int<std::int32_t>(-1, seed);
  }
  {
    auto& v = x.brokers;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_cluster_response_describe_cluster_broker(v.emplace_back(), version, seed);
    }
  }
  {
    x.cluster_authorized_operations = next_int<std::int32_t>((-2147483647 - 1), seed);
  }
}
TEST(GeneratedRoundTripTest, DescribeClusterResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::describe_cluster_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_cluster_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_describe_transactions_request(::gannet::protocol::describe_transactions_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_transactions_request(::gannet::protocol::describe_transactions_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.transactional_ids;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeTransactionsRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::describe_transactions_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_transactions_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_describe_transactions_response_topic_data(::gannet::protocol::describe_transactions_response_topic_data& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_transactions_response_transaction_state(::gannet::protocol::describe_transactions_response_transaction_state& x, std::int16_t version, std::uint32_t& seed);
void fill_describe_transactions_response(::gannet::protocol::describe_transactions_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_describe_transactions_response_topic_data(::gannet::protocol::describe_transactions_response_topic_data& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_describe_transactions_response_transaction_state(::gannet::protocol::describe_transactions_response_transaction_state& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.error_code = static_cast<::gannet::protocol::error_code>(next_int<std::int16_t>(0, seed));
  }
  {
    x.transactional_id = next_string(seed);
  }
  {
    x.transaction_state = next_string(seed);
  }
  {
    x.transaction_timeout_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.transaction_start_time_ms = next_int<std::int64_t>(0, seed);
  }
  {
    x.producer_id = next_int<std::int64_t>(0, seed);
  }
  {
    x.producer_epoch = next_int<std::int16_t>(0, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_transactions_response_topic_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_describe_transactions_response(::gannet::protocol::describe_transactions_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.throttle_time_ms = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.transaction_states;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_describe_transactions_response_transaction_state(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, DescribeTransactionsResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::describe_transactions_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_describe_transactions_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_fetch_snapshot_request_snapshot_id(::gannet::protocol::fetch_snapshot_request_snapshot_id& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_snapshot_request_partition_snapshot(::gannet::protocol::fetch_snapshot_request_partition_snapshot& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_snapshot_request_topic_snapshot(::gannet::protocol::fetch_snapshot_request_topic_snapshot& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_snapshot_request(::gannet::protocol::fetch_snapshot_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_fetch_snapshot_request_snapshot_id(::gannet::protocol::fetch_snapshot_request_snapshot_id& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.end_offset = next_int<std::int64_t>(0, seed);
  }
  {
    x.epoch = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_fetch_snapshot_request_partition_snapshot(::gannet::protocol::fetch_snapshot_request_partition_snapshot& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition = next_int<std::int32_t>(0, seed);
  }
  {
    x.current_leader_epoch = next_int<std::int32_t>(0, seed);
  }
  {
    fill_fetch_snapshot_request_snapshot_id(x.snapshot_id, version, seed);
  }
  {
    x.position = next_int<std::int64_t>(0, seed);
  }
  if (version >= 1) {
    x.replica_directory_id = next_uuid(seed);
  }
}
[[maybe_unused]] void fill_fetch_snapshot_request_topic_snapshot(::gannet::protocol::fetch_snapshot_request_topic_snapshot& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_fetch_snapshot_request_partition_snapshot(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_fetch_snapshot_request(::gannet::protocol::fetch_snapshot_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.cluster_id.emplace() = next_string(seed);
  }
  {
    x.replica_id = next_int<std::int32_t>(-1, seed);
  }
  {
    x.max_bytes = next_int<std::int32_t>(2147483647, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_fetch_snapshot_request_topic_snapshot(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, FetchSnapshotRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::fetch_snapshot_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_fetch_snapshot_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, (true) && (false));
  }
}

void fill_fetch_snapshot_response_snapshot_id(::gannet::protocol::fetch_snapshot_response_snapshot_id& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_snapshot_response_leader_id_and_epoch(::gannet::protocol::fetch_snapshot_response_leader_id_and_epoch& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_snapshot_response_partition_snapshot(::gannet::protocol::fetch_snapshot_response_partition_snapshot& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_snapshot_response_topic_snapshot(::gannet::protocol::fetch_snapshot_response_topic_snapshot& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_snapshot_response_node_endpoint(::gannet::protocol::fetch_snapshot_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed);
void fill_fetch_snapshot_response(::gannet::protocol::fetch_snapshot_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_fetch_snapshot_response_snapshot_id(::gannet::protocol::fetch_snapshot_response_snapshot_id& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.end_offset = next_int<std::int64_t>(0, seed);
  }
  {
    x.epoch = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_fetch_snapshot_response_leader_id_and_epoch(::gannet::protocol::fetch_snapshot_response_leader_id_and_epoch& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_fetch_snapshot_response_partition_snapshot(::gannet::protocol::fetch_snapshot_response_partition_snapshot& x, std::int16_t version, std::uint32_t& seed) {
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
    fill_fetch_snapshot_response_snapshot_id(x.snapshot_id, version, seed);
  }
  {
    fill_fetch_snapshot_response_leader_id_and_epoch(x.current_leader, version, seed);
  }
  {
    x.size_ = next_int<std::int64_t>(0, seed);
  }
  {
    x.position = next_int<std::int64_t>(0, seed);
  }
  {
    x.unaligned_records = next_records(seed);
  }
}
[[maybe_unused]] void fill_fetch_snapshot_response_topic_snapshot(::gannet::protocol::fetch_snapshot_response_topic_snapshot& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_fetch_snapshot_response_partition_snapshot(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_fetch_snapshot_response_node_endpoint(::gannet::protocol::fetch_snapshot_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_fetch_snapshot_response(::gannet::protocol::fetch_snapshot_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_fetch_snapshot_response_topic_snapshot(v.emplace_back(), version, seed);
    }
  }
  if (version >= 1) {
    auto& v = x.node_endpoints;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_fetch_snapshot_response_node_endpoint(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, FetchSnapshotResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::fetch_snapshot_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_fetch_snapshot_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, (true) && (!(version >= 1)));
  }
}

void fill_k_raft_version_record(::gannet::protocol::k_raft_version_record& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_k_raft_version_record(::gannet::protocol::k_raft_version_record& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.version = next_int<std::int16_t>(0, seed);
  }
  {
    x.k_raft_version = next_int<std::int16_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, KRaftVersionRecord) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::k_raft_version_record msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_k_raft_version_record(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_list_transactions_request(::gannet::protocol::list_transactions_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_list_transactions_request(::gannet::protocol::list_transactions_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.state_filters;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
  {
    auto& v = x.producer_id_filters;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int64_t>(0, seed);
    }
  }
  if (version >= 1) {
    x.duration_filter = next_int<std::int64_t>(-1, seed);
  }
}
TEST(GeneratedRoundTripTest, ListTransactionsRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::list_transactions_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_list_transactions_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_list_transactions_response_transaction_state(::gannet::protocol::list_transactions_response_transaction_state& x, std::int16_t version, std::uint32_t& seed);
void fill_list_transactions_response(::gannet::protocol::list_transactions_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_list_transactions_response_transaction_state(::gannet::protocol::list_transactions_response_transaction_state& x, std::int16_t version, std::uint32_t& seed) {
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
    x.transaction_state = next_string(seed);
  }
}
[[maybe_unused]] void fill_list_transactions_response(::gannet::protocol::list_transactions_response& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.unknown_state_filters;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_string(seed);
    }
  }
  {
    auto& v = x.transaction_states;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_list_transactions_response_transaction_state(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ListTransactionsResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::list_transactions_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_list_transactions_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_read_share_group_state_request_partition_data(::gannet::protocol::read_share_group_state_request_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_read_share_group_state_request_read_state_data(::gannet::protocol::read_share_group_state_request_read_state_data& x, std::int16_t version, std::uint32_t& seed);
void fill_read_share_group_state_request(::gannet::protocol::read_share_group_state_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_read_share_group_state_request_partition_data(::gannet::protocol::read_share_group_state_request_partition_data& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_read_share_group_state_request_read_state_data(::gannet::protocol::read_share_group_state_request_read_state_data& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_read_share_group_state_request_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_read_share_group_state_request(::gannet::protocol::read_share_group_state_request& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_read_share_group_state_request_read_state_data(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ReadShareGroupStateRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::read_share_group_state_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_read_share_group_state_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_read_share_group_state_response_state_batch(::gannet::protocol::read_share_group_state_response_state_batch& x, std::int16_t version, std::uint32_t& seed);
void fill_read_share_group_state_response_partition_result(::gannet::protocol::read_share_group_state_response_partition_result& x, std::int16_t version, std::uint32_t& seed);
void fill_read_share_group_state_response_read_state_result(::gannet::protocol::read_share_group_state_response_read_state_result& x, std::int16_t version, std::uint32_t& seed);
void fill_read_share_group_state_response(::gannet::protocol::read_share_group_state_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_read_share_group_state_response_state_batch(::gannet::protocol::read_share_group_state_response_state_batch& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_read_share_group_state_response_partition_result(::gannet::protocol::read_share_group_state_response_partition_result& x, std::int16_t version, std::uint32_t& seed) {
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
  {
    auto& v = x.state_batches;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_read_share_group_state_response_state_batch(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_read_share_group_state_response_read_state_result(::gannet::protocol::read_share_group_state_response_read_state_result& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_read_share_group_state_response_partition_result(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_read_share_group_state_response(::gannet::protocol::read_share_group_state_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.results;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_read_share_group_state_response_read_state_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ReadShareGroupStateResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::read_share_group_state_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_read_share_group_state_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_share_acknowledge_request_acknowledgement_batch(::gannet::protocol::share_acknowledge_request_acknowledgement_batch& x, std::int16_t version, std::uint32_t& seed);
void fill_share_acknowledge_request_acknowledge_partition(::gannet::protocol::share_acknowledge_request_acknowledge_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_share_acknowledge_request_acknowledge_topic(::gannet::protocol::share_acknowledge_request_acknowledge_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_share_acknowledge_request(::gannet::protocol::share_acknowledge_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_share_acknowledge_request_acknowledgement_batch(::gannet::protocol::share_acknowledge_request_acknowledgement_batch& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_share_acknowledge_request_acknowledge_partition(::gannet::protocol::share_acknowledge_request_acknowledge_partition& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    auto& v = x.acknowledgement_batches;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_share_acknowledge_request_acknowledgement_batch(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_share_acknowledge_request_acknowledge_topic(::gannet::protocol::share_acknowledge_request_acknowledge_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_share_acknowledge_request_acknowledge_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_share_acknowledge_request(::gannet::protocol::share_acknowledge_request& x, std::int16_t version, std::uint32_t& seed) {
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
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_share_acknowledge_request_acknowledge_topic(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ShareAcknowledgeRequest) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::share_acknowledge_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_share_acknowledge_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_share_acknowledge_response_leader_id_and_epoch(::gannet::protocol::share_acknowledge_response_leader_id_and_epoch& x, std::int16_t version, std::uint32_t& seed);
void fill_share_acknowledge_response_partition_data(::gannet::protocol::share_acknowledge_response_partition_data& x, std::int16_t version, std::uint32_t& seed);
void fill_share_acknowledge_response_share_acknowledge_topic_response(::gannet::protocol::share_acknowledge_response_share_acknowledge_topic_response& x, std::int16_t version, std::uint32_t& seed);
void fill_share_acknowledge_response_node_endpoint(::gannet::protocol::share_acknowledge_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed);
void fill_share_acknowledge_response(::gannet::protocol::share_acknowledge_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_share_acknowledge_response_leader_id_and_epoch(::gannet::protocol::share_acknowledge_response_leader_id_and_epoch& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_share_acknowledge_response_partition_data(::gannet::protocol::share_acknowledge_response_partition_data& x, std::int16_t version, std::uint32_t& seed) {
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
    fill_share_acknowledge_response_leader_id_and_epoch(x.current_leader, version, seed);
  }
}
[[maybe_unused]] void fill_share_acknowledge_response_share_acknowledge_topic_response(::gannet::protocol::share_acknowledge_response_share_acknowledge_topic_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_share_acknowledge_response_partition_data(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_share_acknowledge_response_node_endpoint(::gannet::protocol::share_acknowledge_response_node_endpoint& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_share_acknowledge_response(::gannet::protocol::share_acknowledge_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_share_acknowledge_response_share_acknowledge_topic_response(v.emplace_back(), version, seed);
    }
  }
  {
    auto& v = x.node_endpoints;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_share_acknowledge_response_node_endpoint(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, ShareAcknowledgeResponse) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::share_acknowledge_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_share_acknowledge_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, true);
  }
}

void fill_txn_offset_commit_request_txn_offset_commit_request_partition(::gannet::protocol::txn_offset_commit_request_txn_offset_commit_request_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_txn_offset_commit_request_txn_offset_commit_request_topic(::gannet::protocol::txn_offset_commit_request_txn_offset_commit_request_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_txn_offset_commit_request(::gannet::protocol::txn_offset_commit_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_txn_offset_commit_request_txn_offset_commit_request_partition(::gannet::protocol::txn_offset_commit_request_txn_offset_commit_request_partition& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.partition_index = next_int<std::int32_t>(0, seed);
  }
  {
    x.committed_offset = next_int<std::int64_t>(0, seed);
  }
  if (version >= 2) {
    x.committed_leader_epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    x.committed_metadata.emplace() = next_string(seed);
  }
}
[[maybe_unused]] void fill_txn_offset_commit_request_txn_offset_commit_request_topic(::gannet::protocol::txn_offset_commit_request_txn_offset_commit_request_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_txn_offset_commit_request_txn_offset_commit_request_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_txn_offset_commit_request(::gannet::protocol::txn_offset_commit_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.transactional_id = next_string(seed);
  }
  {
    x.group_id = next_string(seed);
  }
  {
    x.producer_id = next_int<std::int64_t>(0, seed);
  }
  {
    x.producer_epoch = next_int<std::int16_t>(0, seed);
  }
  if (version >= 3) {
    x.generation_id = next_int<std::int32_t>(-1, seed);
  }
  if (version >= 3) {
    x.member_id = next_string(seed);
  }
  if (version >= 3) {
    x.group_instance_id.emplace() = next_string(seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_txn_offset_commit_request_txn_offset_commit_request_topic(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, TxnOffsetCommitRequest) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::txn_offset_commit_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_txn_offset_commit_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_txn_offset_commit_response_txn_offset_commit_response_partition(::gannet::protocol::txn_offset_commit_response_txn_offset_commit_response_partition& x, std::int16_t version, std::uint32_t& seed);
void fill_txn_offset_commit_response_txn_offset_commit_response_topic(::gannet::protocol::txn_offset_commit_response_txn_offset_commit_response_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_txn_offset_commit_response(::gannet::protocol::txn_offset_commit_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_txn_offset_commit_response_txn_offset_commit_response_partition(::gannet::protocol::txn_offset_commit_response_txn_offset_commit_response_partition& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_txn_offset_commit_response_txn_offset_commit_response_topic(::gannet::protocol::txn_offset_commit_response_txn_offset_commit_response_topic& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_txn_offset_commit_response_txn_offset_commit_response_partition(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_txn_offset_commit_response(::gannet::protocol::txn_offset_commit_response& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_txn_offset_commit_response_txn_offset_commit_response_topic(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, TxnOffsetCommitResponse) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::txn_offset_commit_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_txn_offset_commit_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 3);
  }
}

void fill_write_txn_markers_request_writable_txn_marker_topic(::gannet::protocol::write_txn_markers_request_writable_txn_marker_topic& x, std::int16_t version, std::uint32_t& seed);
void fill_write_txn_markers_request_writable_txn_marker(::gannet::protocol::write_txn_markers_request_writable_txn_marker& x, std::int16_t version, std::uint32_t& seed);
void fill_write_txn_markers_request(::gannet::protocol::write_txn_markers_request& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_write_txn_markers_request_writable_txn_marker_topic(::gannet::protocol::write_txn_markers_request_writable_txn_marker_topic& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_write_txn_markers_request_writable_txn_marker(::gannet::protocol::write_txn_markers_request_writable_txn_marker& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.producer_id = next_int<std::int64_t>(0, seed);
  }
  {
    x.producer_epoch = next_int<std::int16_t>(0, seed);
  }
  {
    x.transaction_result = !(false);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_write_txn_markers_request_writable_txn_marker_topic(v.emplace_back(), version, seed);
    }
  }
  {
    x.coordinator_epoch = next_int<std::int32_t>(0, seed);
  }
}
[[maybe_unused]] void fill_write_txn_markers_request(::gannet::protocol::write_txn_markers_request& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.markers;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_write_txn_markers_request_writable_txn_marker(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, WriteTxnMarkersRequest) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::write_txn_markers_request msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_write_txn_markers_request(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 1);
  }
}

void fill_write_txn_markers_response_writable_txn_marker_partition_result(::gannet::protocol::write_txn_markers_response_writable_txn_marker_partition_result& x, std::int16_t version, std::uint32_t& seed);
void fill_write_txn_markers_response_writable_txn_marker_topic_result(::gannet::protocol::write_txn_markers_response_writable_txn_marker_topic_result& x, std::int16_t version, std::uint32_t& seed);
void fill_write_txn_markers_response_writable_txn_marker_result(::gannet::protocol::write_txn_markers_response_writable_txn_marker_result& x, std::int16_t version, std::uint32_t& seed);
void fill_write_txn_markers_response(::gannet::protocol::write_txn_markers_response& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_write_txn_markers_response_writable_txn_marker_partition_result(::gannet::protocol::write_txn_markers_response_writable_txn_marker_partition_result& x, std::int16_t version, std::uint32_t& seed) {
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
[[maybe_unused]] void fill_write_txn_markers_response_writable_txn_marker_topic_result(::gannet::protocol::write_txn_markers_response_writable_txn_marker_topic_result& x, std::int16_t version, std::uint32_t& seed) {
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
      fill_write_txn_markers_response_writable_txn_marker_partition_result(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_write_txn_markers_response_writable_txn_marker_result(::gannet::protocol::write_txn_markers_response_writable_txn_marker_result& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.producer_id = next_int<std::int64_t>(0, seed);
  }
  {
    auto& v = x.topics;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_write_txn_markers_response_writable_txn_marker_topic_result(v.emplace_back(), version, seed);
    }
  }
}
[[maybe_unused]] void fill_write_txn_markers_response(::gannet::protocol::write_txn_markers_response& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    auto& v = x.markers;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_write_txn_markers_response_writable_txn_marker_result(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, WriteTxnMarkersResponse) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::write_txn_markers_response msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_write_txn_markers_response(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 1);
  }
}

}  // namespace
