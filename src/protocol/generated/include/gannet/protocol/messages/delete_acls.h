// generated from DeleteAclsRequest.json, DeleteAclsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// delete_acls_request::delete_acls_filter
struct delete_acls_request_delete_acls_filter {
  // The resource type.
  std::int8_t resource_type_filter = 0;
  // The resource name. (nullable 0+)
  std::optional<std::string> resource_name_filter = std::string();
  // The pattern type. (versions 1+)
  std::int8_t pattern_type_filter = 3;
  // The principal filter, or null to accept all principals. (nullable 0+)
  std::optional<std::string> principal_filter = std::string();
  // The host filter, or null to accept all hosts. (nullable 0+)
  std::optional<std::string> host_filter = std::string();
  // The ACL operation.
  std::int8_t operation = 0;
  // The permission type.
  std::int8_t permission_type = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_acls_request_delete_acls_filter&) const = default;
};

// DeleteAclsRequest: request (api key 31), versions 0-3, flexible 2+.
struct delete_acls_request {
  using delete_acls_filter = ::gannet::protocol::delete_acls_request_delete_acls_filter;

  static constexpr std::int16_t message_api_key = 31;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The filters to use when deleting ACLs.
  std::vector<::gannet::protocol::delete_acls_request_delete_acls_filter> filters{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_acls_request&) const = default;
};

// delete_acls_response::delete_acls_matching_acl
struct delete_acls_response_delete_acls_matching_acl {
  // The deletion error code, or 0 if the deletion succeeded.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The deletion error message, or null if the deletion succeeded. (nullable 0+)
  std::optional<std::string> error_message = std::string();
  // The ACL resource type.
  std::int8_t resource_type = 0;
  // The ACL resource name.
  std::string resource_name = "";
  // The ACL resource pattern type. (versions 1+)
  std::int8_t pattern_type = 3;
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
  bool operator==(const ::gannet::protocol::delete_acls_response_delete_acls_matching_acl&) const = default;
};

// delete_acls_response::delete_acls_filter_result
struct delete_acls_response_delete_acls_filter_result {
  // The error code, or 0 if the filter succeeded.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if the filter succeeded. (nullable 0+)
  std::optional<std::string> error_message = std::string();
  // The ACLs which matched this filter.
  std::vector<::gannet::protocol::delete_acls_response_delete_acls_matching_acl> matching_acls{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_acls_response_delete_acls_filter_result&) const = default;
};

// DeleteAclsResponse: response (api key 31), versions 0-3, flexible 2+.
struct delete_acls_response {
  using delete_acls_matching_acl = ::gannet::protocol::delete_acls_response_delete_acls_matching_acl;
  using delete_acls_filter_result = ::gannet::protocol::delete_acls_response_delete_acls_filter_result;

  static constexpr std::int16_t message_api_key = 31;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The results for each filter.
  std::vector<::gannet::protocol::delete_acls_response_delete_acls_filter_result> filter_results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_acls_response&) const = default;
};

}  // namespace gannet::protocol
