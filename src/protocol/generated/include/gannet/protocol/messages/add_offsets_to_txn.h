// generated from AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// AddOffsetsToTxnRequest: request (api key 25), versions 0-4, flexible 3+.
struct add_offsets_to_txn_request {
  static constexpr std::int16_t message_api_key = 25;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // The transactional id corresponding to the transaction.
  std::string transactional_id = "";
  // Current producer id in use by the transactional id.
  std::int64_t producer_id = 0;
  // Current epoch associated with the producer id.
  std::int16_t producer_epoch = 0;
  // The unique group identifier.
  std::string group_id = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::add_offsets_to_txn_request&) const = default;
};

// AddOffsetsToTxnResponse: response (api key 25), versions 0-4, flexible 3+.
struct add_offsets_to_txn_response {
  static constexpr std::int16_t message_api_key = 25;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // Duration in milliseconds for which the request was throttled due to a quota violation, or zero
  // if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The response error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::add_offsets_to_txn_response&) const = default;
};

}  // namespace gannet::protocol
