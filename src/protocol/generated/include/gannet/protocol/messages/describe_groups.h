// generated from DescribeGroupsRequest.json, DescribeGroupsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// DescribeGroupsRequest: request (api key 15), versions 0-5, flexible 5+.
struct describe_groups_request {
  static constexpr std::int16_t message_api_key = 15;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 5;
  static constexpr std::int16_t message_first_flexible_version = 5;

  // The names of the groups to describe
  std::vector<std::string> groups{};
  // Whether to include authorized operations. (versions 3+)
  bool include_authorized_operations = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_groups_request&) const = default;
};

// describe_groups_response::described_group_member
struct describe_groups_response_described_group_member {
  // The member ID assigned by the group coordinator.
  std::string member_id = "";
  // The unique identifier of the consumer instance provided by end user. (versions 4+, nullable 4+)
  std::optional<std::string> group_instance_id = std::nullopt;
  // The client ID used in the member's latest join group request.
  std::string client_id = "";
  // The client host.
  std::string client_host = "";
  // The metadata corresponding to the current group protocol in use.
  std::vector<std::uint8_t> member_metadata{};
  // The current assignment provided by the group leader.
  std::vector<std::uint8_t> member_assignment{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_groups_response_described_group_member&) const = default;
};

// describe_groups_response::described_group
struct describe_groups_response_described_group {
  // The describe error, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The group ID string.
  std::string group_id = "";
  // The group state string, or the empty string.
  std::string group_state = "";
  // The group protocol type, or the empty string.
  std::string protocol_type = "";
  // The group protocol data, or the empty string.
  std::string protocol_data = "";
  // The group members.
  std::vector<::gannet::protocol::describe_groups_response_described_group_member> members{};
  // 32-bit bitfield to represent authorized operations for this group. (versions 3+)
  std::int32_t authorized_operations = (-2147483647 - 1);

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_groups_response_described_group&) const = default;
};

// DescribeGroupsResponse: response (api key 15), versions 0-5, flexible 5+.
struct describe_groups_response {
  using described_group_member = ::gannet::protocol::describe_groups_response_described_group_member;
  using described_group = ::gannet::protocol::describe_groups_response_described_group;

  static constexpr std::int16_t message_api_key = 15;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 5;
  static constexpr std::int16_t message_first_flexible_version = 5;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 1+)
  std::int32_t throttle_time_ms = 0;
  // Each described group.
  std::vector<::gannet::protocol::describe_groups_response_described_group> groups{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_groups_response&) const = default;
};

}  // namespace gannet::protocol
