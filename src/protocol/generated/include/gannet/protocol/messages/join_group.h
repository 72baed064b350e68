// generated from JoinGroupRequest.json, JoinGroupResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// join_group_request::join_group_request_protocol
struct join_group_request_join_group_request_protocol {
  // The protocol name.
  std::string name = "";
  // The protocol metadata.
  std::vector<std::uint8_t> metadata{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::join_group_request_join_group_request_protocol&) const = default;
};

// JoinGroupRequest: request (api key 11), versions 0-9, flexible 6+.
struct join_group_request {
  using join_group_request_protocol = ::gannet::protocol::join_group_request_join_group_request_protocol;

  static constexpr std::int16_t message_api_key = 11;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 9;
  static constexpr std::int16_t message_first_flexible_version = 6;

  // The group identifier.
  std::string group_id = "";
  // The coordinator considers the consumer dead if it receives no heartbeat after this timeout in
  // milliseconds.
  std::int32_t session_timeout_ms = 0;
  // The maximum time in milliseconds that the coordinator will wait for each member to rejoin when
  // rebalancing the group. (versions 1+)
  std::int32_t rebalance_timeout_ms = -1;
  // The member id assigned by the group coordinator.
  std::string member_id = "";
  // The unique identifier of the consumer instance provided by end user. (versions 5+, nullable 5+)
  std::optional<std::string> group_instance_id = std::nullopt;
  // The unique name the for class of protocols implemented by the group we want to join.
  std::string protocol_type = "";
  // The list of protocols that the member supports.
  std::vector<::gannet::protocol::join_group_request_join_group_request_protocol> protocols{};
  // The reason why the member (re-)joins the group. (versions 8+, nullable 8+)
  std::optional<std::string> reason = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::join_group_request&) const = default;
};

// join_group_response::join_group_response_member
struct join_group_response_join_group_response_member {
  // The group member ID.
  std::string member_id = "";
  // The unique identifier of the consumer instance provided by end user. (versions 5+, nullable 5+)
  std::optional<std::string> group_instance_id = std::nullopt;
  // The group member metadata.
  std::vector<std::uint8_t> metadata{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::join_group_response_join_group_response_member&) const = default;
};

// JoinGroupResponse: response (api key 11), versions 0-9, flexible 6+.
struct join_group_response {
  using join_group_response_member = ::gannet::protocol::join_group_response_join_group_response_member;

  static constexpr std::int16_t message_api_key = 11;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 9;
  static constexpr std::int16_t message_first_flexible_version = 6;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 2+)
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The generation ID of the group.
  std::int32_t generation_id = -1;
  // The group protocol name. (versions 7+, nullable 7+)
  std::optional<std::string> protocol_type = std::nullopt;
  // The group protocol selected by the coordinator. (nullable 7+)
  std::optional<std::string> protocol_name = std::string();
  // The leader of the group.
  std::string leader = "";
  // True if the leader must skip running the assignment. (versions 9+)
  bool skip_assignment = false;
  // The member ID assigned by the group coordinator.
  std::string member_id = "";
  std::vector<::gannet::protocol::join_group_response_join_group_response_member> members{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::join_group_response&) const = default;
};

}  // namespace gannet::protocol
