// generated from AlterClientQuotasRequest.json, AlterClientQuotasResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// alter_client_quotas_request::entity_data
struct alter_client_quotas_request_entity_data {
  // The entity type.
  std::string entity_type = "";
  // The name of the entity, or null if the default. (nullable 0+)
  std::optional<std::string> entity_name = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_client_quotas_request_entity_data&) const = default;
};

// alter_client_quotas_request::op_data
struct alter_client_quotas_request_op_data {
  // The quota configuration key.
  std::string key = "";
  // The value to set, otherwise ignored if the value is to be removed.
  double value = 0.0;
  // Whether the quota configuration value should be removed, otherwise set.
  bool remove = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_client_quotas_request_op_data&) const = default;
};

// alter_client_quotas_request::entry_data
struct alter_client_quotas_request_entry_data {
  // The quota entity to alter.
  std::vector<::gannet::protocol::alter_client_quotas_request_entity_data> entity{};
  // An individual quota configuration entry to alter.
  std::vector<::gannet::protocol::alter_client_quotas_request_op_data> ops{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_client_quotas_request_entry_data&) const = default;
};

// AlterClientQuotasRequest: request (api key 49), versions 0-1, flexible 1+.
struct alter_client_quotas_request {
  using entity_data = ::gannet::protocol::alter_client_quotas_request_entity_data;
  using op_data = ::gannet::protocol::alter_client_quotas_request_op_data;
  using entry_data = ::gannet::protocol::alter_client_quotas_request_entry_data;

  static constexpr std::int16_t message_api_key = 49;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 1;

  // The quota configuration entries to alter.
  std::vector<::gannet::protocol::alter_client_quotas_request_entry_data> entries{};
  // Whether the alteration should be validated, but not performed.
  bool validate_only = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_client_quotas_request&) const = default;
};

// alter_client_quotas_response::entity_data
struct alter_client_quotas_response_entity_data {
  // The entity type.
  std::string entity_type = "";
  // The name of the entity, or null if the default. (nullable 0+)
  std::optional<std::string> entity_name = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_client_quotas_response_entity_data&) const = default;
};

// alter_client_quotas_response::entry_data
struct alter_client_quotas_response_entry_data {
  // The error code, or `0` if the quota alteration succeeded.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or `null` if the quota alteration succeeded. (nullable 0+)
  std::optional<std::string> error_message = std::string();
  // The quota entity to alter.
  std::vector<::gannet::protocol::alter_client_quotas_response_entity_data> entity{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_client_quotas_response_entry_data&) const = default;
};

// AlterClientQuotasResponse: response (api key 49), versions 0-1, flexible 1+.
struct alter_client_quotas_response {
  using entity_data = ::gannet::protocol::alter_client_quotas_response_entity_data;
  using entry_data = ::gannet::protocol::alter_client_quotas_response_entry_data;

  static constexpr std::int16_t message_api_key = 49;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 1;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The quota configuration entries to alter.
  std::vector<::gannet::protocol::alter_client_quotas_response_entry_data> entries{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_client_quotas_response&) const = default;
};

}  // namespace gannet::protocol
