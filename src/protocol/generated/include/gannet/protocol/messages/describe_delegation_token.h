// generated from DescribeDelegationTokenRequest.json, DescribeDelegationTokenResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// describe_delegation_token_request::describe_delegation_token_owner
struct describe_delegation_token_request_describe_delegation_token_owner {
  // The owner principal type.
  std::string principal_type = "";
  // The owner principal name.
  std::string principal_name = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_delegation_token_request_describe_delegation_token_owner&) const = default;
};

// DescribeDelegationTokenRequest: request (api key 41), versions 0-3, flexible 2+.
struct describe_delegation_token_request {
  using describe_delegation_token_owner = ::gannet::protocol::describe_delegation_token_request_describe_delegation_token_owner;

  static constexpr std::int16_t message_api_key = 41;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // Each owner that we want to describe delegation tokens for, or null to describe all tokens.
  // (nullable 0+)
  std::optional<std::vector<::gannet::protocol::describe_delegation_token_request_describe_delegation_token_owner>> owners = std::vector<::gannet::protocol::describe_delegation_token_request_describe_delegation_token_owner>{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_delegation_token_request&) const = default;
};

// describe_delegation_token_response::described_delegation_token_renewer
struct describe_delegation_token_response_described_delegation_token_renewer {
  // The renewer principal type
  std::string principal_type = "";
  // The renewer principal name
  std::string principal_name = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_delegation_token_response_described_delegation_token_renewer&) const = default;
};

// describe_delegation_token_response::described_delegation_token
struct describe_delegation_token_response_described_delegation_token {
  // The token principal type.
  std::string principal_type = "";
  // The token principal name.
  std::string principal_name = "";
  // The principal type of the requester of the token. (versions 3+)
  std::string token_requester_principal_type = "";
  // The principal type of the requester of the token. (versions 3+)
  std::string token_requester_principal_name = "";
  // The token issue timestamp in milliseconds.
  std::int64_t issue_timestamp = 0;
  // The token expiry timestamp in milliseconds.
  std::int64_t expiry_timestamp = 0;
  // The token maximum timestamp length in milliseconds.
  std::int64_t max_timestamp = 0;
  // The token ID.
  std::string token_id = "";
  // The token HMAC.
  std::vector<std::uint8_t> hmac{};
  // Those who are able to renew this token before it expires.
  std::vector<::gannet::protocol::describe_delegation_token_response_described_delegation_token_renewer> renewers{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_delegation_token_response_described_delegation_token&) const = default;
};

// DescribeDelegationTokenResponse: response (api key 41), versions 0-3, flexible 2+.
struct describe_delegation_token_response {
  using described_delegation_token_renewer = ::gannet::protocol::describe_delegation_token_response_described_delegation_token_renewer;
  using described_delegation_token = ::gannet::protocol::describe_delegation_token_response_described_delegation_token;

  static constexpr std::int16_t message_api_key = 41;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The tokens.
  std::vector<::gannet::protocol::describe_delegation_token_response_described_delegation_token> tokens{};
  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_delegation_token_response&) const = default;
};

}  // namespace gannet::protocol
