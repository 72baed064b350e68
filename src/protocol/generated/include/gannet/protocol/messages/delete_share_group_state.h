// generated from DeleteShareGroupStateRequest.json, DeleteShareGroupStateResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// delete_share_group_state_request::partition_data
struct delete_share_group_state_request_partition_data {
  // The partition index.
  std::int32_t partition = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_share_group_state_request_partition_data&) const = default;
};

// delete_share_group_state_request::delete_state_data
struct delete_share_group_state_request_delete_state_data {
  // The topic identifier.
  ::gannet::protocol::uuid topic_id{};
  // The data for the partitions.
  std::vector<::gannet::protocol::delete_share_group_state_request_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_share_group_state_request_delete_state_data&) const = default;
};

// DeleteShareGroupStateRequest: request (api key 86), versions 0-0, flexible 0+.
struct delete_share_group_state_request {
  using partition_data = ::gannet::protocol::delete_share_group_state_request_partition_data;
  using delete_state_data = ::gannet::protocol::delete_share_group_state_request_delete_state_data;

  static constexpr std::int16_t message_api_key = 86;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The group identifier.
  std::string group_id = "";
  // The data for the topics.
  std::vector<::gannet::protocol::delete_share_group_state_request_delete_state_data> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_share_group_state_request&) const = default;
};

// delete_share_group_state_response::partition_result
struct delete_share_group_state_response_partition_result {
  // The partition index.
  std::int32_t partition = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_share_group_state_response_partition_result&) const = default;
};

// delete_share_group_state_response::delete_state_result
struct delete_share_group_state_response_delete_state_result {
  // The topic identifier
  ::gannet::protocol::uuid topic_id{};
  // The results for the partitions.
  std::vector<::gannet::protocol::delete_share_group_state_response_partition_result> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_share_group_state_response_delete_state_result&) const = default;
};

// DeleteShareGroupStateResponse: response (api key 86), versions 0-0, flexible 0+.
struct delete_share_group_state_response {
  using partition_result = ::gannet::protocol::delete_share_group_state_response_partition_result;
  using delete_state_result = ::gannet::protocol::delete_share_group_state_response_delete_state_result;

  static constexpr std::int16_t message_api_key = 86;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The delete results
  std::vector<::gannet::protocol::delete_share_group_state_response_delete_state_result> results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_share_group_state_response&) const = default;
};

}  // namespace gannet::protocol
