// generated from LeaveGroupRequest.json, LeaveGroupResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// leave_group_request::member_identity
struct leave_group_request_member_identity {
  // The member ID to remove from the group. (versions 3+)
  std::string member_id = "";
  // The group instance ID to remove from the group. (versions 3+, nullable 3+)
  std::optional<std::string> group_instance_id = std::nullopt;
  // The reason why the member left the group. (versions 5+, nullable 5+)
  std::optional<std::string> reason = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::leave_group_request_member_identity&) const = default;
};

// LeaveGroupRequest: request (api key 13), versions 0-5, flexible 4+.
struct leave_group_request {
  using member_identity = ::gannet::protocol::leave_group_request_member_identity;

  static constexpr std::int16_t message_api_key = 13;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 5;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The ID of the group to leave.
  std::string group_id = "";
  // The member ID to remove from the group. (versions 0-2)
  std::string member_id = "";
  // List of leaving member identities. (versions 3+)
  std::vector<::gannet::protocol::leave_group_request_member_identity> members{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::leave_group_request&) const = default;
};

// leave_group_response::member_response
struct leave_group_response_member_response {
  // The member ID to remove from the group. (versions 3+)
  std::string member_id = "";
  // The group instance ID to remove from the group. (versions 3+, nullable 3+)
  std::optional<std::string> group_instance_id = std::string();
  // The error code, or 0 if there was no error. (versions 3+)
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::leave_group_response_member_response&) const = default;
};

// LeaveGroupResponse: response (api key 13), versions 0-5, flexible 4+.
struct leave_group_response {
  using member_response = ::gannet::protocol::leave_group_response_member_response;

  static constexpr std::int16_t message_api_key = 13;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 5;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 1+)
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // List of leaving member responses. (versions 3+)
  std::vector<::gannet::protocol::leave_group_response_member_response> members{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::leave_group_response&) const = default;
};

}  // namespace gannet::protocol
