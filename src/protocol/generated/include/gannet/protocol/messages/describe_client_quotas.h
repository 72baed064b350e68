// generated from DescribeClientQuotasRequest.json, DescribeClientQuotasResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// describe_client_quotas_request::component_data
struct describe_client_quotas_request_component_data {
  // The entity type that the filter component applies to.
  std::string entity_type = "";
  // How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}.
  std::int8_t match_type = 0;
  // The string to match against, or null if unused for the match type. (nullable 0+)
  std::optional<std::string> match = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_client_quotas_request_component_data&) const = default;
};

// DescribeClientQuotasRequest: request (api key 48), versions 0-1, flexible 1+.
struct describe_client_quotas_request {
  using component_data = ::gannet::protocol::describe_client_quotas_request_component_data;

  static constexpr std::int16_t message_api_key = 48;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 1;

  // Filter components to apply to quota entities.
  std::vector<::gannet::protocol::describe_client_quotas_request_component_data> components{};
  // Whether the match is strict, i.e. should exclude entities with unspecified entity types.
  bool strict = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_client_quotas_request&) const = default;
};

// describe_client_quotas_response::entity_data
struct describe_client_quotas_response_entity_data {
  // The entity type.
  std::string entity_type = "";
  // The entity name, or null if the default. (nullable 0+)
  std::optional<std::string> entity_name = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_client_quotas_response_entity_data&) const = default;
};

// describe_client_quotas_response::value_data
struct describe_client_quotas_response_value_data {
  // The quota configuration key.
  std::string key = "";
  // The quota configuration value.
  double value = 0.0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_client_quotas_response_value_data&) const = default;
};

// describe_client_quotas_response::entry_data
struct describe_client_quotas_response_entry_data {
  // The quota entity description.
  std::vector<::gannet::protocol::describe_client_quotas_response_entity_data> entity{};
  // The quota values for the entity.
  std::vector<::gannet::protocol::describe_client_quotas_response_value_data> values{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_client_quotas_response_entry_data&) const = default;
};

// DescribeClientQuotasResponse: response (api key 48), versions 0-1, flexible 1+.
struct describe_client_quotas_response {
  using entity_data = ::gannet::protocol::describe_client_quotas_response_entity_data;
  using value_data = ::gannet::protocol::describe_client_quotas_response_value_data;
  using entry_data = ::gannet::protocol::describe_client_quotas_response_entry_data;

  static constexpr std::int16_t message_api_key = 48;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 1;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The error code, or `0` if the quota description succeeded.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or `null` if the quota description succeeded. (nullable 0+)
  std::optional<std::string> error_message = std::string();
  // A result entry. (nullable 0+)
  std::optional<std::vector<::gannet::protocol::describe_client_quotas_response_entry_data>> entries = std::vector<::gannet::protocol::describe_client_quotas_response_entry_data>{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_client_quotas_response&) const = default;
};

}  // namespace gannet::protocol
