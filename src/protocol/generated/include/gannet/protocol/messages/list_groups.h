// generated from ListGroupsRequest.json, ListGroupsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// ListGroupsRequest: request (api key 16), versions 0-5, flexible 3+.
struct list_groups_request {
  static constexpr std::int16_t message_api_key = 16;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 5;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // The states of the groups we want to list. If empty, all groups are returned with their state.
  // (versions 4+)
  std::vector<std::string> states_filter{};
  // The types of the groups we want to list. If empty, all groups are returned with their type.
  // (versions 5+)
  std::vector<std::string> types_filter{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_groups_request&) const = default;
};

// list_groups_response::listed_group
struct list_groups_response_listed_group {
  // The group ID.
  std::string group_id = "";
  // The group protocol type.
  std::string protocol_type = "";
  // The group state name. (versions 4+)
  std::string group_state = "";
  // The group type name. (versions 5+)
  std::string group_type = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_groups_response_listed_group&) const = default;
};

// ListGroupsResponse: response (api key 16), versions 0-5, flexible 3+.
struct list_groups_response {
  using listed_group = ::gannet::protocol::list_groups_response_listed_group;

  static constexpr std::int16_t message_api_key = 16;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 5;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 1+)
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // Each group in the response.
  std::vector<::gannet::protocol::list_groups_response_listed_group> groups{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_groups_response&) const = default;
};

}  // namespace gannet::protocol
