// generated from DescribeUserScramCredentialsRequest.json, DescribeUserScramCredentialsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// describe_user_scram_credentials_request::user_name
struct describe_user_scram_credentials_request_user_name {
  // The user name.
  std::string name = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_user_scram_credentials_request_user_name&) const = default;
};

// DescribeUserScramCredentialsRequest: request (api key 50), versions 0-0, flexible 0+.
struct describe_user_scram_credentials_request {
  using user_name = ::gannet::protocol::describe_user_scram_credentials_request_user_name;

  static constexpr std::int16_t message_api_key = 50;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The users to describe, or null/empty to describe all users. (nullable 0+)
  std::optional<std::vector<::gannet::protocol::describe_user_scram_credentials_request_user_name>> users = std::vector<::gannet::protocol::describe_user_scram_credentials_request_user_name>{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_user_scram_credentials_request&) const = default;
};

// describe_user_scram_credentials_response::credential_info
struct describe_user_scram_credentials_response_credential_info {
  // The SCRAM mechanism.
  std::int8_t mechanism = 0;
  // The number of iterations used in the SCRAM credential.
  std::int32_t iterations = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_user_scram_credentials_response_credential_info&) const = default;
};

// describe_user_scram_credentials_response::describe_user_scram_credentials_result
struct describe_user_scram_credentials_response_describe_user_scram_credentials_result {
  // The user name.
  std::string user = "";
  // The user-level error code.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The user-level error message, if any. (nullable 0+)
  std::optional<std::string> error_message = std::string();
  // The mechanism and related information associated with the user's SCRAM credentials.
  std::vector<::gannet::protocol::describe_user_scram_credentials_response_credential_info> credential_infos{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_user_scram_credentials_response_describe_user_scram_credentials_result&) const = default;
};

// DescribeUserScramCredentialsResponse: response (api key 50), versions 0-0, flexible 0+.
struct describe_user_scram_credentials_response {
  using credential_info = ::gannet::protocol::describe_user_scram_credentials_response_credential_info;
  using describe_user_scram_credentials_result = ::gannet::protocol::describe_user_scram_credentials_response_describe_user_scram_credentials_result;

  static constexpr std::int16_t message_api_key = 50;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The message-level error code, 0 except for user authorization or infrastructure issues.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The message-level error message, if any. (nullable 0+)
  std::optional<std::string> error_message = std::string();
  // The results for descriptions, one per user.
  std::vector<::gannet::protocol::describe_user_scram_credentials_response_describe_user_scram_credentials_result> results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_user_scram_credentials_response&) const = default;
};

}  // namespace gannet::protocol
