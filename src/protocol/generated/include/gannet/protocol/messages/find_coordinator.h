// generated from FindCoordinatorRequest.json, FindCoordinatorResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// FindCoordinatorRequest: request (api key 10), versions 0-6, flexible 3+.
struct find_coordinator_request {
  static constexpr std::int16_t message_api_key = 10;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 6;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // The coordinator key. (versions 0-3)
  std::string key = "";
  // The coordinator key type. (Group, transaction, etc.) (versions 1+)
  std::int8_t key_type = 0;
  // The coordinator keys. (versions 4+)
  std::vector<std::string> coordinator_keys{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::find_coordinator_request&) const = default;
};

// find_coordinator_response::coordinator
struct find_coordinator_response_coordinator {
  // The coordinator key. (versions 4+)
  std::string key = "";
  // The node id. (versions 4+)
  std::int32_t node_id = 0;
  // The host name. (versions 4+)
  std::string host = "";
  // The port. (versions 4+)
  std::int32_t port = 0;
  // The error code, or 0 if there was no error. (versions 4+)
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if there was no error. (versions 4+, nullable 4+)
  std::optional<std::string> error_message = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::find_coordinator_response_coordinator&) const = default;
};

// FindCoordinatorResponse: response (api key 10), versions 0-6, flexible 3+.
struct find_coordinator_response {
  using coordinator = ::gannet::protocol::find_coordinator_response_coordinator;

  static constexpr std::int16_t message_api_key = 10;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 6;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 1+)
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error. (versions 0-3)
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if there was no error. (versions 1-3, nullable 1-3)
  std::optional<std::string> error_message = std::string();
  // The node id. (versions 0-3)
  std::int32_t node_id = 0;
  // The host name. (versions 0-3)
  std::string host = "";
  // The port. (versions 0-3)
  std::int32_t port = 0;
  // Each coordinator result in the response (versions 4+)
  std::vector<::gannet::protocol::find_coordinator_response_coordinator> coordinators{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::find_coordinator_response&) const = default;
};

}  // namespace gannet::protocol
