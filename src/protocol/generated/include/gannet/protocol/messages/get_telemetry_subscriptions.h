// generated from GetTelemetrySubscriptionsRequest.json, GetTelemetrySubscriptionsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// GetTelemetrySubscriptionsRequest: request (api key 71), versions 0-0, flexible 0+.
struct get_telemetry_subscriptions_request {
  static constexpr std::int16_t message_api_key = 71;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // Unique id for this client instance, must be set to 0 on the first request.
  ::gannet::protocol::uuid client_instance_id{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::get_telemetry_subscriptions_request&) const = default;
};

// GetTelemetrySubscriptionsResponse: response (api key 71), versions 0-0, flexible 0+.
struct get_telemetry_subscriptions_response {
  static constexpr std::int16_t message_api_key = 71;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // Assigned client instance id if ClientInstanceId was 0 in the request, else 0.
  ::gannet::protocol::uuid client_instance_id{};
  // Unique identifier for the current subscription set for this client instance.
  std::int32_t subscription_id = 0;
  // Compression types that broker accepts for the PushTelemetryRequest.
  std::vector<std::int8_t> accepted_compression_types{};
  // Configured push interval, which is the lowest configured interval in the current subscription
  // set.
  std::int32_t push_interval_ms = 0;
  // The maximum bytes of binary data the broker accepts in PushTelemetryRequest.
  std::int32_t telemetry_max_bytes = 0;
  // Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values
  bool delta_temporality = false;
  // Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty
  // string: All metrics subscribed.
  std::vector<std::string> requested_metrics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::get_telemetry_subscriptions_response&) const = default;
};

}  // namespace gannet::protocol
