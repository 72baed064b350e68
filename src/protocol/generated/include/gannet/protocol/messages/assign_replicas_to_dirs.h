// generated from AssignReplicasToDirsRequest.json, AssignReplicasToDirsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// assign_replicas_to_dirs_request::partition_data
struct assign_replicas_to_dirs_request_partition_data {
  // The partition index
  std::int32_t partition_index = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::assign_replicas_to_dirs_request_partition_data&) const = default;
};

// assign_replicas_to_dirs_request::topic_data
struct assign_replicas_to_dirs_request_topic_data {
  // The ID of the assigned topic
  ::gannet::protocol::uuid topic_id{};
  std::vector<::gannet::protocol::assign_replicas_to_dirs_request_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::assign_replicas_to_dirs_request_topic_data&) const = default;
};

// assign_replicas_to_dirs_request::directory_data
struct assign_replicas_to_dirs_request_directory_data {
  // The ID of the directory
  ::gannet::protocol::uuid id{};
  std::vector<::gannet::protocol::assign_replicas_to_dirs_request_topic_data> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::assign_replicas_to_dirs_request_directory_data&) const = default;
};

// AssignReplicasToDirsRequest: request (api key 73), versions 0-0, flexible 0+.
struct assign_replicas_to_dirs_request {
  using partition_data = ::gannet::protocol::assign_replicas_to_dirs_request_partition_data;
  using topic_data = ::gannet::protocol::assign_replicas_to_dirs_request_topic_data;
  using directory_data = ::gannet::protocol::assign_replicas_to_dirs_request_directory_data;

  static constexpr std::int16_t message_api_key = 73;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The ID of the requesting broker
  std::int32_t broker_id = 0;
  // The epoch of the requesting broker
  std::int64_t broker_epoch = -1;
  std::vector<::gannet::protocol::assign_replicas_to_dirs_request_directory_data> directories{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::assign_replicas_to_dirs_request&) const = default;
};

// assign_replicas_to_dirs_response::partition_data
struct assign_replicas_to_dirs_response_partition_data {
  // The partition index
  std::int32_t partition_index = 0;
  // The partition level error code
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::assign_replicas_to_dirs_response_partition_data&) const = default;
};

// assign_replicas_to_dirs_response::topic_data
struct assign_replicas_to_dirs_response_topic_data {
  // The ID of the assigned topic
  ::gannet::protocol::uuid topic_id{};
  std::vector<::gannet::protocol::assign_replicas_to_dirs_response_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::assign_replicas_to_dirs_response_topic_data&) const = default;
};

// assign_replicas_to_dirs_response::directory_data
struct assign_replicas_to_dirs_response_directory_data {
  // The ID of the directory
  ::gannet::protocol::uuid id{};
  std::vector<::gannet::protocol::assign_replicas_to_dirs_response_topic_data> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::assign_replicas_to_dirs_response_directory_data&) const = default;
};

// AssignReplicasToDirsResponse: response (api key 73), versions 0-0, flexible 0+.
struct assign_replicas_to_dirs_response {
  using partition_data = ::gannet::protocol::assign_replicas_to_dirs_response_partition_data;
  using topic_data = ::gannet::protocol::assign_replicas_to_dirs_response_topic_data;
  using directory_data = ::gannet::protocol::assign_replicas_to_dirs_response_directory_data;

  static constexpr std::int16_t message_api_key = 73;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The top level response error code
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  std::vector<::gannet::protocol::assign_replicas_to_dirs_response_directory_data> directories{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::assign_replicas_to_dirs_response&) const = default;
};

}  // namespace gannet::protocol
