// generated from PushTelemetryRequest.json, PushTelemetryResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// PushTelemetryRequest: request (api key 72), versions 0-0, flexible 0+.
struct push_telemetry_request {
  static constexpr std::int16_t message_api_key = 72;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // Unique id for this client instance.
  ::gannet::protocol::uuid client_instance_id{};
  // Unique identifier for the current subscription.
  std::int32_t subscription_id = 0;
  // Client is terminating the connection.
  bool terminating = false;
  // Compression codec used to compress the metrics.
  std::int8_t compression_type = 0;
  // Metrics encoded in OpenTelemetry MetricsData v1 protobuf format.
  std::vector<std::uint8_t> metrics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::push_telemetry_request&) const = default;
};

// PushTelemetryResponse: response (api key 72), versions 0-0, flexible 0+.
struct push_telemetry_response {
  static constexpr std::int16_t message_api_key = 72;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::push_telemetry_response&) const = default;
};

}  // namespace gannet::protocol
