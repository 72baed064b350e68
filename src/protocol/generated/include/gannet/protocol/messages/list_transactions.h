// generated from ListTransactionsRequest.json, ListTransactionsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// ListTransactionsRequest: request (api key 66), versions 0-1, flexible 0+.
struct list_transactions_request {
  static constexpr std::int16_t message_api_key = 66;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The transaction states to filter by: if empty, all transactions are returned; if non-empty,
  // then only transactions matching one of the filtered states will be returned
  std::vector<std::string> state_filters{};
  // The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only
  // transactions which match one of the filtered producerIds will be returned
  std::vector<std::int64_t> producer_id_filters{};
  // Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only
  // transactions running longer than this duration will be returned (versions 1+)
  std::int64_t duration_filter = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_transactions_request&) const = default;
};

// list_transactions_response::transaction_state
struct list_transactions_response_transaction_state {
  std::string transactional_id = "";
  std::int64_t producer_id = 0;
  // The current transaction state of the producer
  std::string transaction_state = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_transactions_response_transaction_state&) const = default;
};

// ListTransactionsResponse: response (api key 66), versions 0-1, flexible 0+.
struct list_transactions_response {
  using transaction_state = ::gannet::protocol::list_transactions_response_transaction_state;

  static constexpr std::int16_t message_api_key = 66;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // Set of state filters provided in the request which were unknown to the transaction coordinator
  std::vector<std::string> unknown_state_filters{};
  std::vector<::gannet::protocol::list_transactions_response_transaction_state> transaction_states{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_transactions_response&) const = default;
};

}  // namespace gannet::protocol
