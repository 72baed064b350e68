// generated from HeartbeatRequest.json, HeartbeatResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// HeartbeatRequest: request (api key 12), versions 0-4, flexible 4+.
struct heartbeat_request {
  static constexpr std::int16_t message_api_key = 12;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The group id.
  std::string group_id = "";
  // The generation of the group.
  std::int32_t generation_id = 0;
  // The member ID.
  std::string member_id = "";
  // The unique identifier of the consumer instance provided by end user. (versions 3+, nullable 3+)
  std::optional<std::string> group_instance_id = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::heartbeat_request&) const = default;
};

// HeartbeatResponse: response (api key 12), versions 0-4, flexible 4+.
struct heartbeat_response {
  static constexpr std::int16_t message_api_key = 12;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 1+)
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::heartbeat_response&) const = default;
};

}  // namespace gannet::protocol
