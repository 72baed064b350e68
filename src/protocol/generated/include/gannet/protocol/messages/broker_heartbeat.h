// generated from BrokerHeartbeatRequest.json, BrokerHeartbeatResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// BrokerHeartbeatRequest: request (api key 63), versions 0-1, flexible 0+.
struct broker_heartbeat_request {
  static constexpr std::int16_t message_api_key = 63;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The broker ID.
  std::int32_t broker_id = 0;
  // The broker epoch.
  std::int64_t broker_epoch = -1;
  // The highest metadata offset which the broker has reached.
  std::int64_t current_metadata_offset = 0;
  // True if the broker wants to be fenced, false otherwise.
  bool want_fence = false;
  // True if the broker wants to be shut down, false otherwise.
  bool want_shut_down = false;
  // Log directories that failed and went offline. (versions 1+, tag 0)
  std::vector<::gannet::protocol::uuid> offline_log_dirs{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::broker_heartbeat_request&) const = default;
};

// BrokerHeartbeatResponse: response (api key 63), versions 0-1, flexible 0+.
struct broker_heartbeat_response {
  static constexpr std::int16_t message_api_key = 63;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // Duration in milliseconds for which the request was throttled due to a quota violation, or zero
  // if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // True if the broker has approximately caught up with the latest metadata.
  bool is_caught_up = false;
  // True if the broker is fenced.
  bool is_fenced = true;
  // True if the broker should proceed with its shutdown.
  bool should_shut_down = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::broker_heartbeat_response&) const = default;
};

}  // namespace gannet::protocol
