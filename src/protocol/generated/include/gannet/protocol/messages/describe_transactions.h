// generated from DescribeTransactionsRequest.json, DescribeTransactionsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// DescribeTransactionsRequest: request (api key 65), versions 0-0, flexible 0+.
struct describe_transactions_request {
  static constexpr std::int16_t message_api_key = 65;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // Array of transactionalIds to include in describe results. If empty, then no results will be
  // returned.
  std::vector<std::string> transactional_ids{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_transactions_request&) const = default;
};

// describe_transactions_response::topic_data
struct describe_transactions_response_topic_data {
  std::string topic = "";
  std::vector<std::int32_t> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_transactions_response_topic_data&) const = default;
};

// describe_transactions_response::transaction_state
struct describe_transactions_response_transaction_state {
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  std::string transactional_id = "";
  std::string transaction_state = "";
  std::int32_t transaction_timeout_ms = 0;
  std::int64_t transaction_start_time_ms = 0;
  std::int64_t producer_id = 0;
  std::int16_t producer_epoch = 0;
  // The set of partitions included in the current transaction (if active). When a transaction is
  // preparing to commit or abort, this will include only partitions which do not have markers.
  std::vector<::gannet::protocol::describe_transactions_response_topic_data> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_transactions_response_transaction_state&) const = default;
};

// DescribeTransactionsResponse: response (api key 65), versions 0-0, flexible 0+.
struct describe_transactions_response {
  using topic_data = ::gannet::protocol::describe_transactions_response_topic_data;
  using transaction_state = ::gannet::protocol::describe_transactions_response_transaction_state;

  static constexpr std::int16_t message_api_key = 65;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  std::vector<::gannet::protocol::describe_transactions_response_transaction_state> transaction_states{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_transactions_response&) const = default;
};

}  // namespace gannet::protocol
