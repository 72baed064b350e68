// generated from ExpireDelegationTokenRequest.json, ExpireDelegationTokenResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// ExpireDelegationTokenRequest: request (api key 40), versions 0-2, flexible 2+.
struct expire_delegation_token_request {
  static constexpr std::int16_t message_api_key = 40;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The HMAC of the delegation token to be expired.
  std::vector<std::uint8_t> hmac{};
  // The expiry time period in milliseconds.
  std::int64_t expiry_time_period_ms = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::expire_delegation_token_request&) const = default;
};

// ExpireDelegationTokenResponse: response (api key 40), versions 0-2, flexible 2+.
struct expire_delegation_token_response {
  static constexpr std::int16_t message_api_key = 40;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The timestamp in milliseconds at which this token expires.
  std::int64_t expiry_timestamp_ms = 0;
  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::expire_delegation_token_response&) const = default;
};

}  // namespace gannet::protocol
