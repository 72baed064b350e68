// generated from ShareGroupDescribeRequest.json, ShareGroupDescribeResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// ShareGroupDescribeRequest: request (api key 77), versions 0-0, flexible 0+.
struct share_group_describe_request {
  static constexpr std::int16_t message_api_key = 77;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The ids of the groups to describe
  std::vector<std::string> group_ids{};
  // Whether to include authorized operations.
  bool include_authorized_operations = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_group_describe_request&) const = default;
};

// share_group_describe_response::topic_partitions
struct share_group_describe_response_topic_partitions {
  // The topic ID.
  ::gannet::protocol::uuid topic_id{};
  // The topic name.
  std::string topic_name = "";
  // The partitions.
  std::vector<std::int32_t> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_group_describe_response_topic_partitions&) const = default;
};

// share_group_describe_response::assignment
struct share_group_describe_response_assignment {
  // The assigned topic-partitions to the member.
  std::vector<::gannet::protocol::share_group_describe_response_topic_partitions> topic_partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_group_describe_response_assignment&) const = default;
};

// share_group_describe_response::member
struct share_group_describe_response_member {
  // The member ID.
  std::string member_id = "";
  // The member rack ID. (nullable 0+)
  std::optional<std::string> rack_id = std::nullopt;
  // The current member epoch.
  std::int32_t member_epoch = 0;
  // The client ID.
  std::string client_id = "";
  // The client host.
  std::string client_host = "";
  // The subscribed topic names.
  std::vector<std::string> subscribed_topic_names{};
  // The current assignment.
  ::gannet::protocol::share_group_describe_response_assignment assignment{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_group_describe_response_member&) const = default;
};

// share_group_describe_response::described_group
struct share_group_describe_response_described_group {
  // The describe error, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The top-level error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::nullopt;
  // The group ID string.
  std::string group_id = "";
  // The group state string, or the empty string.
  std::string group_state = "";
  // The group epoch.
  std::int32_t group_epoch = 0;
  // The assignment epoch.
  std::int32_t assignment_epoch = 0;
  // The selected assignor.
  std::string assignor_name = "";
  // The members.
  std::vector<::gannet::protocol::share_group_describe_response_member> members{};
  // 32-bit bitfield to represent authorized operations for this group.
  std::int32_t authorized_operations = (-2147483647 - 1);

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_group_describe_response_described_group&) const = default;
};

// ShareGroupDescribeResponse: response (api key 77), versions 0-0, flexible 0+.
struct share_group_describe_response {
  using topic_partitions = ::gannet::protocol::share_group_describe_response_topic_partitions;
  using assignment = ::gannet::protocol::share_group_describe_response_assignment;
  using member = ::gannet::protocol::share_group_describe_response_member;
  using described_group = ::gannet::protocol::share_group_describe_response_described_group;

  static constexpr std::int16_t message_api_key = 77;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // Each described group.
  std::vector<::gannet::protocol::share_group_describe_response_described_group> groups{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_group_describe_response&) const = default;
};

}  // namespace gannet::protocol
