// generated from ControllerRegistrationRequest.json, ControllerRegistrationResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// controller_registration_request::listener
struct controller_registration_request_listener {
  // The name of the endpoint.
  std::string name = "";
  // The hostname.
  std::string host = "";
  // The port.
  std::uint16_t port = 0;
  // The security protocol.
  std::int16_t security_protocol = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::controller_registration_request_listener&) const = default;
};

// controller_registration_request::feature
struct controller_registration_request_feature {
  // The feature name.
  std::string name = "";
  // The minimum supported feature level.
  std::int16_t min_supported_version = 0;
  // The maximum supported feature level.
  std::int16_t max_supported_version = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::controller_registration_request_feature&) const = default;
};

// ControllerRegistrationRequest: request (api key 70), versions 0-0, flexible 0+.
struct controller_registration_request {
  using listener = ::gannet::protocol::controller_registration_request_listener;
  using feature = ::gannet::protocol::controller_registration_request_feature;

  static constexpr std::int16_t message_api_key = 70;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The ID of the controller to register.
  std::int32_t controller_id = 0;
  // The controller incarnation ID, which is unique to each process run.
  ::gannet::protocol::uuid incarnation_id{};
  // Set if the required configurations for ZK migration are present.
  bool zk_migration_ready = false;
  // The listeners of this controller
  std::vector<::gannet::protocol::controller_registration_request_listener> listeners{};
  // The features on this controller
  std::vector<::gannet::protocol::controller_registration_request_feature> features{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::controller_registration_request&) const = default;
};

// ControllerRegistrationResponse: response (api key 70), versions 0-0, flexible 0+.
struct controller_registration_response {
  static constexpr std::int16_t message_api_key = 70;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // Duration in milliseconds for which the request was throttled due to a quota violation, or zero
  // if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The response error code.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The response error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::controller_registration_response&) const = default;
};

}  // namespace gannet::protocol
