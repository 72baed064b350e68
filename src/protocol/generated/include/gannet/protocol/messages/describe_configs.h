// generated from DescribeConfigsRequest.json, DescribeConfigsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// describe_configs_request::describe_configs_resource
struct describe_configs_request_describe_configs_resource {
  // The resource type.
  std::int8_t resource_type = 0;
  // The resource name.
  std::string resource_name = "";
  // The configuration keys to list, or null to list all configuration keys. (nullable 0+)
  std::optional<std::vector<std::string>> configuration_keys = std::vector<std::string>{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_configs_request_describe_configs_resource&) const = default;
};

// DescribeConfigsRequest: request (api key 32), versions 0-4, flexible 4+.
struct describe_configs_request {
  using describe_configs_resource = ::gannet::protocol::describe_configs_request_describe_configs_resource;

  static constexpr std::int16_t message_api_key = 32;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The resources whose configurations we want to describe.
  std::vector<::gannet::protocol::describe_configs_request_describe_configs_resource> resources{};
  // True if we should include all synonyms. (versions 1+)
  bool include_synonyms = false;
  // True if we should include configuration documentation. (versions 3+)
  bool include_documentation = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_configs_request&) const = default;
};

// describe_configs_response::describe_configs_synonym
struct describe_configs_response_describe_configs_synonym {
  // The synonym name. (versions 1+)
  std::string name = "";
  // The synonym value. (versions 1+, nullable 0+)
  std::optional<std::string> value = std::string();
  // The synonym source. (versions 1+)
  std::int8_t source = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_configs_response_describe_configs_synonym&) const = default;
};

// describe_configs_response::describe_configs_resource_result
struct describe_configs_response_describe_configs_resource_result {
  // The configuration name.
  std::string name = "";
  // The configuration value. (nullable 0+)
  std::optional<std::string> value = std::string();
  // True if the configuration is read-only.
  bool read_only = false;
  // True if the configuration is not set. (versions 0-0)
  bool is_default = false;
  // The configuration source. (versions 1+)
  std::int8_t config_source = -1;
  // True if this configuration is sensitive.
  bool is_sensitive = false;
  // The synonyms for this configuration key. (versions 1+)
  std::vector<::gannet::protocol::describe_configs_response_describe_configs_synonym> synonyms{};
  // The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT,
  // SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD (versions 3+)
  std::int8_t config_type = 0;
  // The configuration documentation. (versions 3+, nullable 0+)
  std::optional<std::string> documentation = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_configs_response_describe_configs_resource_result&) const = default;
};

// describe_configs_response::describe_configs_result
struct describe_configs_response_describe_configs_result {
  // The error code, or 0 if we were able to successfully describe the configurations.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if we were able to successfully describe the configurations.
  // (nullable 0+)
  std::optional<std::string> error_message = std::string();
  // The resource type.
  std::int8_t resource_type = 0;
  // The resource name.
  std::string resource_name = "";
  // Each listed configuration.
  std::vector<::gannet::protocol::describe_configs_response_describe_configs_resource_result> configs{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_configs_response_describe_configs_result&) const = default;
};

// DescribeConfigsResponse: response (api key 32), versions 0-4, flexible 4+.
struct describe_configs_response {
  using describe_configs_synonym = ::gannet::protocol::describe_configs_response_describe_configs_synonym;
  using describe_configs_resource_result = ::gannet::protocol::describe_configs_response_describe_configs_resource_result;
  using describe_configs_result = ::gannet::protocol::describe_configs_response_describe_configs_result;

  static constexpr std::int16_t message_api_key = 32;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The results for each resource.
  std::vector<::gannet::protocol::describe_configs_response_describe_configs_result> results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_configs_response&) const = default;
};

}  // namespace gannet::protocol
