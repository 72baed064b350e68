// generated from AlterConfigsRequest.json, AlterConfigsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// alter_configs_request::alterable_config
struct alter_configs_request_alterable_config {
  // The configuration key name.
  std::string name = "";
  // The value to set for the configuration key. (nullable 0+)
  std::optional<std::string> value = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_configs_request_alterable_config&) const = default;
};

// alter_configs_request::alter_configs_resource
struct alter_configs_request_alter_configs_resource {
  // The resource type.
  std::int8_t resource_type = 0;
  // The resource name.
  std::string resource_name = "";
  // The configurations.
  std::vector<::gannet::protocol::alter_configs_request_alterable_config> configs{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_configs_request_alter_configs_resource&) const = default;
};

// AlterConfigsRequest: request (api key 33), versions 0-2, flexible 2+.
struct alter_configs_request {
  using alterable_config = ::gannet::protocol::alter_configs_request_alterable_config;
  using alter_configs_resource = ::gannet::protocol::alter_configs_request_alter_configs_resource;

  static constexpr std::int16_t message_api_key = 33;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The updates for each resource.
  std::vector<::gannet::protocol::alter_configs_request_alter_configs_resource> resources{};
  // True if we should validate the request, but not change the configurations.
  bool validate_only = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_configs_request&) const = default;
};

// alter_configs_response::alter_configs_resource_response
struct alter_configs_response_alter_configs_resource_response {
  // The resource error code.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The resource error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::string();
  // The resource type.
  std::int8_t resource_type = 0;
  // The resource name.
  std::string resource_name = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_configs_response_alter_configs_resource_response&) const = default;
};

// AlterConfigsResponse: response (api key 33), versions 0-2, flexible 2+.
struct alter_configs_response {
  using alter_configs_resource_response = ::gannet::protocol::alter_configs_response_alter_configs_resource_response;

  static constexpr std::int16_t message_api_key = 33;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // Duration in milliseconds for which the request was throttled due to a quota violation, or zero
  // if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The responses for each resource.
  std::vector<::gannet::protocol::alter_configs_response_alter_configs_resource_response> responses{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_configs_response&) const = default;
};

}  // namespace gannet::protocol
