// generated from CreateDelegationTokenRequest.json, CreateDelegationTokenResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// create_delegation_token_request::creatable_renewers
struct create_delegation_token_request_creatable_renewers {
  // The type of the Kafka principal.
  std::string principal_type = "";
  // The name of the Kafka principal.
  std::string principal_name = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_delegation_token_request_creatable_renewers&) const = default;
};

// CreateDelegationTokenRequest: request (api key 38), versions 0-3, flexible 2+.
struct create_delegation_token_request {
  using creatable_renewers = ::gannet::protocol::create_delegation_token_request_creatable_renewers;

  static constexpr std::int16_t message_api_key = 38;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The principal type of the owner of the token. If it's null it defaults to the token request
  // principal. (versions 3+, nullable 3+)
  std::optional<std::string> owner_principal_type = std::string();
  // The principal name of the owner of the token. If it's null it defaults to the token request
  // principal. (versions 3+, nullable 3+)
  std::optional<std::string> owner_principal_name = std::string();
  // A list of those who are allowed to renew this token before it expires.
  std::vector<::gannet::protocol::create_delegation_token_request_creatable_renewers> renewers{};
  // The maximum lifetime of the token in milliseconds, or -1 to use the server side default.
  std::int64_t max_lifetime_ms = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_delegation_token_request&) const = default;
};

// CreateDelegationTokenResponse: response (api key 38), versions 0-3, flexible 2+.
struct create_delegation_token_response {
  static constexpr std::int16_t message_api_key = 38;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The top-level error, or zero if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The principal type of the token owner.
  std::string principal_type = "";
  // The name of the token owner.
  std::string principal_name = "";
  // The principal type of the requester of the token. (versions 3+)
  std::string token_requester_principal_type = "";
  // The principal type of the requester of the token. (versions 3+)
  std::string token_requester_principal_name = "";
  // When this token was generated.
  std::int64_t issue_timestamp_ms = 0;
  // When this token expires.
  std::int64_t expiry_timestamp_ms = 0;
  // The maximum lifetime of this token.
  std::int64_t max_timestamp_ms = 0;
  // The token UUID.
  std::string token_id = "";
  // HMAC of the delegation token.
  std::vector<std::uint8_t> hmac{};
  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_delegation_token_response&) const = default;
};

}  // namespace gannet::protocol
