// generated from AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// add_partitions_to_txn_request::add_partitions_to_txn_topic
struct add_partitions_to_txn_request_add_partitions_to_txn_topic {
  // The name of the topic.
  std::string name = "";
  // The partition indexes to add to the transaction
  std::vector<std::int32_t> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::add_partitions_to_txn_request_add_partitions_to_txn_topic&) const = default;
};

// add_partitions_to_txn_request::add_partitions_to_txn_transaction
struct add_partitions_to_txn_request_add_partitions_to_txn_transaction {
  // The transactional id corresponding to the transaction. (versions 4+)
  std::string transactional_id = "";
  // Current producer id in use by the transactional id. (versions 4+)
  std::int64_t producer_id = 0;
  // Current epoch associated with the producer id. (versions 4+)
  std::int16_t producer_epoch = 0;
  // Boolean to signify if we want to check if the partition is in the transaction rather than add
  // it. (versions 4+)
  bool verify_only = false;
  // The partitions to add to the transaction. (versions 4+)
  std::vector<::gannet::protocol::add_partitions_to_txn_request_add_partitions_to_txn_topic> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::add_partitions_to_txn_request_add_partitions_to_txn_transaction&) const = default;
};

// AddPartitionsToTxnRequest: request (api key 24), versions 0-5, flexible 3+.
struct add_partitions_to_txn_request {
  using add_partitions_to_txn_topic = ::gannet::protocol::add_partitions_to_txn_request_add_partitions_to_txn_topic;
  using add_partitions_to_txn_transaction = ::gannet::protocol::add_partitions_to_txn_request_add_partitions_to_txn_transaction;

  static constexpr std::int16_t message_api_key = 24;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 5;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // List of transactions to add partitions to. (versions 4+)
  std::vector<::gannet::protocol::add_partitions_to_txn_request_add_partitions_to_txn_transaction> transactions{};
  // The transactional id corresponding to the transaction. (versions 0-3)
  std::string v3_and_below_transactional_id = "";
  // Current producer id in use by the transactional id. (versions 0-3)
  std::int64_t v3_and_below_producer_id = 0;
  // Current epoch associated with the producer id. (versions 0-3)
  std::int16_t v3_and_below_producer_epoch = 0;
  // The partitions to add to the transaction. (versions 0-3)
  std::vector<::gannet::protocol::add_partitions_to_txn_request_add_partitions_to_txn_topic> v3_and_below_topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::add_partitions_to_txn_request&) const = default;
};

// add_partitions_to_txn_response::add_partitions_to_txn_partition_result
struct add_partitions_to_txn_response_add_partitions_to_txn_partition_result {
  // The partition indexes.
  std::int32_t partition_index = 0;
  // The response error code.
  ::gannet::protocol::error_code partition_error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_partition_result&) const = default;
};

// add_partitions_to_txn_response::add_partitions_to_txn_topic_result
struct add_partitions_to_txn_response_add_partitions_to_txn_topic_result {
  // The topic name.
  std::string name = "";
  // The results for each partition
  std::vector<::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_partition_result> results_by_partition{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_topic_result&) const = default;
};

// add_partitions_to_txn_response::add_partitions_to_txn_result
struct add_partitions_to_txn_response_add_partitions_to_txn_result {
  // The transactional id corresponding to the transaction. (versions 4+)
  std::string transactional_id = "";
  // The results for each topic. (versions 4+)
  std::vector<::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_topic_result> topic_results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_result&) const = default;
};

// AddPartitionsToTxnResponse: response (api key 24), versions 0-5, flexible 3+.
struct add_partitions_to_txn_response {
  using add_partitions_to_txn_partition_result = ::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_partition_result;
  using add_partitions_to_txn_topic_result = ::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_topic_result;
  using add_partitions_to_txn_result = ::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_result;

  static constexpr std::int16_t message_api_key = 24;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 5;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // Duration in milliseconds for which the request was throttled due to a quota violation, or zero
  // if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The response top level error code. (versions 4+)
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // Results categorized by transactional ID. (versions 4+)
  std::vector<::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_result> results_by_transaction{};
  // The results for each topic. (versions 0-3)
  std::vector<::gannet::protocol::add_partitions_to_txn_response_add_partitions_to_txn_topic_result> results_by_topic_v3_and_below{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::add_partitions_to_txn_response&) const = default;
};

}  // namespace gannet::protocol
