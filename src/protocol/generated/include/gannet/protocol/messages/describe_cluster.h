// generated from DescribeClusterRequest.json, DescribeClusterResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// DescribeClusterRequest: request (api key 60), versions 0-1, flexible 0+.
struct describe_cluster_request {
  static constexpr std::int16_t message_api_key = 60;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // Whether to include cluster authorized operations.
  bool include_cluster_authorized_operations = false;
  // The endpoint type to describe. 1=brokers, 2=controllers. (versions 1+)
  std::int8_t endpoint_type = 1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_cluster_request&) const = default;
};

// describe_cluster_response::describe_cluster_broker
struct describe_cluster_response_describe_cluster_broker {
  // The broker ID.
  std::int32_t broker_id = 0;
  // The broker hostname.
  std::string host = "";
  // The broker port.
  std::int32_t port = 0;
  // The rack of the broker, or null if it has not been assigned to a rack. (nullable 0+)
  std::optional<std::string> rack = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_cluster_response_describe_cluster_broker&) const = default;
};

// DescribeClusterResponse: response (api key 60), versions 0-1, flexible 0+.
struct describe_cluster_response {
  using describe_cluster_broker = ::gannet::protocol::describe_cluster_response_describe_cluster_broker;

  static constexpr std::int16_t message_api_key = 60;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The top-level error code, or 0 if there was no error
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The top-level error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::nullopt;
  // The endpoint type that was described. 1=brokers, 2=controllers. (versions 1+)
  std::int8_t endpoint_type = 1;
  // The cluster ID that responding broker belongs to.
  std::string cluster_id = "";
  // The ID of the controller broker.
  std::int32_t controller_id = -1;
  // Each broker in the response.
  std::vector<::gannet::protocol::describe_cluster_response_describe_cluster_broker> brokers{};
  // 32-bit bitfield to represent authorized operations for this cluster.
  std::int32_t cluster_authorized_operations = (-2147483647 - 1);

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_cluster_response&) const = default;
};

}  // namespace gannet::protocol
