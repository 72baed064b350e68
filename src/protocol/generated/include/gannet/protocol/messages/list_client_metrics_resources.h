// generated from ListClientMetricsResourcesRequest.json, ListClientMetricsResourcesResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// ListClientMetricsResourcesRequest: request (api key 74), versions 0-0, flexible 0+.
struct list_client_metrics_resources_request {
  static constexpr std::int16_t message_api_key = 74;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_client_metrics_resources_request&) const = default;
};

// list_client_metrics_resources_response::client_metrics_resource
struct list_client_metrics_resources_response_client_metrics_resource {
  // The resource name.
  std::string name = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_client_metrics_resources_response_client_metrics_resource&) const = default;
};

// ListClientMetricsResourcesResponse: response (api key 74), versions 0-0, flexible 0+.
struct list_client_metrics_resources_response {
  using client_metrics_resource = ::gannet::protocol::list_client_metrics_resources_response_client_metrics_resource;

  static constexpr std::int16_t message_api_key = 74;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // Each client metrics resource in the response.
  std::vector<::gannet::protocol::list_client_metrics_resources_response_client_metrics_resource> client_metrics_resources{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_client_metrics_resources_response&) const = default;
};

}  // namespace gannet::protocol
