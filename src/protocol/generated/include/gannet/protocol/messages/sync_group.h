// generated from SyncGroupRequest.json, SyncGroupResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// sync_group_request::sync_group_request_assignment
struct sync_group_request_sync_group_request_assignment {
  // The ID of the member to assign.
  std::string member_id = "";
  // The member assignment.
  std::vector<std::uint8_t> assignment{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::sync_group_request_sync_group_request_assignment&) const = default;
};

// SyncGroupRequest: request (api key 14), versions 0-5, flexible 4+.
struct sync_group_request {
  using sync_group_request_assignment = ::gannet::protocol::sync_group_request_sync_group_request_assignment;

  static constexpr std::int16_t message_api_key = 14;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 5;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The unique group identifier.
  std::string group_id = "";
  // The generation of the group.
  std::int32_t generation_id = 0;
  // The member ID assigned by the group.
  std::string member_id = "";
  // The unique identifier of the consumer instance provided by end user. (versions 3+, nullable 3+)
  std::optional<std::string> group_instance_id = std::nullopt;
  // The group protocol type. (versions 5+, nullable 5+)
  std::optional<std::string> protocol_type = std::nullopt;
  // The group protocol name. (versions 5+, nullable 5+)
  std::optional<std::string> protocol_name = std::nullopt;
  // Each assignment.
  std::vector<::gannet::protocol::sync_group_request_sync_group_request_assignment> assignments{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::sync_group_request&) const = default;
};

// SyncGroupResponse: response (api key 14), versions 0-5, flexible 4+.
struct sync_group_response {
  static constexpr std::int16_t message_api_key = 14;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 5;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 1+)
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The group protocol type. (versions 5+, nullable 5+)
  std::optional<std::string> protocol_type = std::nullopt;
  // The group protocol name. (versions 5+, nullable 5+)
  std::optional<std::string> protocol_name = std::nullopt;
  // The member assignment.
  std::vector<std::uint8_t> assignment{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::sync_group_response&) const = default;
};

}  // namespace gannet::protocol
