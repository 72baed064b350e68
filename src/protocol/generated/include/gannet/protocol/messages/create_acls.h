// generated from CreateAclsRequest.json, CreateAclsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// create_acls_request::acl_creation
struct create_acls_request_acl_creation {
  // The type of the resource.
  std::int8_t resource_type = 0;
  // The resource name for the ACL.
  std::string resource_name = "";
  // The pattern type for the ACL. (versions 1+)
  std::int8_t resource_pattern_type = 3;
  // The principal for the ACL.
  std::string principal = "";
  // The host for the ACL.
  std::string host = "";
  // The operation type for the ACL (read, write, etc.).
  std::int8_t operation = 0;
  // The permission type for the ACL (allow, deny, etc.).
  std::int8_t permission_type = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_acls_request_acl_creation&) const = default;
};

// CreateAclsRequest: request (api key 30), versions 0-3, flexible 2+.
struct create_acls_request {
  using acl_creation = ::gannet::protocol::create_acls_request_acl_creation;

  static constexpr std::int16_t message_api_key = 30;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The ACLs that we want to create.
  std::vector<::gannet::protocol::create_acls_request_acl_creation> creations{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_acls_request&) const = default;
};

// create_acls_response::acl_creation_result
struct create_acls_response_acl_creation_result {
  // The result error, or zero if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The result message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_acls_response_acl_creation_result&) const = default;
};

// CreateAclsResponse: response (api key 30), versions 0-3, flexible 2+.
struct create_acls_response {
  using acl_creation_result = ::gannet::protocol::create_acls_response_acl_creation_result;

  static constexpr std::int16_t message_api_key = 30;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The results for each ACL creation.
  std::vector<::gannet::protocol::create_acls_response_acl_creation_result> results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_acls_response&) const = default;
};

}  // namespace gannet::protocol
