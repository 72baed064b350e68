// generated from BrokerRegistrationRequest.json, BrokerRegistrationResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// broker_registration_request::listener
struct broker_registration_request_listener {
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
  bool operator==(const ::gannet::protocol::broker_registration_request_listener&) const = default;
};

// broker_registration_request::feature
struct broker_registration_request_feature {
  // The feature name.
  std::string name = "";
  // The minimum supported feature level.
  std::int16_t min_supported_version = 0;
  // The maximum supported feature level.
  std::int16_t max_supported_version = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::broker_registration_request_feature&) const = default;
};

// BrokerRegistrationRequest: request (api key 62), versions 0-4, flexible 0+.
struct broker_registration_request {
  using listener = ::gannet::protocol::broker_registration_request_listener;
  using feature = ::gannet::protocol::broker_registration_request_feature;

  static constexpr std::int16_t message_api_key = 62;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The broker ID.
  std::int32_t broker_id = 0;
  // The cluster id of the broker process.
  std::string cluster_id = "";
  // The incarnation id of the broker process.
  ::gannet::protocol::uuid incarnation_id{};
  // The listeners of this broker
  std::vector<::gannet::protocol::broker_registration_request_listener> listeners{};
  // The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
  std::vector<::gannet::protocol::broker_registration_request_feature> features{};
  // The rack which this broker is in. (nullable 0+)
  std::optional<std::string> rack = std::string();
  // If the required configurations for ZK migration are present, this value is set to true
  // (versions 1+)
  bool is_migrating_zk_broker = false;
  // Log directories configured in this broker which are available. (versions 2+)
  std::vector<::gannet::protocol::uuid> log_dirs{};
  // The epoch before a clean shutdown. (versions 3+)
  std::int64_t previous_broker_epoch = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::broker_registration_request&) const = default;
};

// BrokerRegistrationResponse: response (api key 62), versions 0-4, flexible 0+.
struct broker_registration_response {
  static constexpr std::int16_t message_api_key = 62;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // Duration in milliseconds for which the request was throttled due to a quota violation, or zero
  // if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The broker's assigned epoch, or -1 if none was assigned.
  std::int64_t broker_epoch = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::broker_registration_response&) const = default;
};

}  // namespace gannet::protocol
