// generated from DescribeAclsRequest.json, DescribeAclsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// DescribeAclsRequest: request (api key 29), versions 0-3, flexible 2+.
struct describe_acls_request {
  static constexpr std::int16_t message_api_key = 29;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The resource type.
  std::int8_t resource_type_filter = 0;
  // The resource name, or null to match any resource name. (nullable 0+)
  std::optional<std::string> resource_name_filter = std::string();
  // The resource pattern to match. (versions 1+)
  std::int8_t pattern_type_filter = 3;
  // The principal to match, or null to match any principal. (nullable 0+)
  std::optional<std::string> principal_filter = std::string();
  // The host to match, or null to match any host. (nullable 0+)
  std::optional<std::string> host_filter = std::string();
  // The operation to match.
  std::int8_t operation = 0;
  // The permission type to match.
  std::int8_t permission_type = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_acls_request&) const = default;
};

// describe_acls_response::acl_description
struct describe_acls_response_acl_description {
  // The ACL principal.
  std::string principal = "";
  // The ACL host.
  std::string host = "";
  // The ACL operation.
  std::int8_t operation = 0;
  // The ACL permission type.
  std::int8_t permission_type = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_acls_response_acl_description&) const = default;
};

// describe_acls_response::describe_acls_resource
struct describe_acls_response_describe_acls_resource {
  // The resource type.
  std::int8_t resource_type = 0;
  // The resource name.
  std::string resource_name = "";
  // The resource pattern type. (versions 1+)
  std::int8_t pattern_type = 3;
  // The ACLs.
  std::vector<::gannet::protocol::describe_acls_response_acl_description> acls{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_acls_response_describe_acls_resource&) const = default;
};

// DescribeAclsResponse: response (api key 29), versions 0-3, flexible 2+.
struct describe_acls_response {
  using acl_description = ::gannet::protocol::describe_acls_response_acl_description;
  using describe_acls_resource = ::gannet::protocol::describe_acls_response_describe_acls_resource;

  static constexpr std::int16_t message_api_key = 29;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::string();
  // Each Resource that is referenced in an ACL.
  std::vector<::gannet::protocol::describe_acls_response_describe_acls_resource> resources{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_acls_response&) const = default;
};

}  // namespace gannet::protocol
