// generated from DeleteGroupsRequest.json, DeleteGroupsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// DeleteGroupsRequest: request (api key 42), versions 0-2, flexible 2+.
struct delete_groups_request {
  static constexpr std::int16_t message_api_key = 42;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The group names to delete.
  std::vector<std::string> groups_names{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_groups_request&) const = default;
};

// delete_groups_response::deletable_group_result
struct delete_groups_response_deletable_group_result {
  // The group id
  std::string group_id = "";
  // The deletion error, or 0 if the deletion succeeded.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_groups_response_deletable_group_result&) const = default;
};

// DeleteGroupsResponse: response (api key 42), versions 0-2, flexible 2+.
struct delete_groups_response {
  using deletable_group_result = ::gannet::protocol::delete_groups_response_deletable_group_result;

  static constexpr std::int16_t message_api_key = 42;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The deletion results
  std::vector<::gannet::protocol::delete_groups_response_deletable_group_result> results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_groups_response&) const = default;
};

}  // namespace gannet::protocol
