// generated from OffsetDeleteRequest.json, OffsetDeleteResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// offset_delete_request::offset_delete_request_partition
struct offset_delete_request_offset_delete_request_partition {
  // The partition index.
  std::int32_t partition_index = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_delete_request_offset_delete_request_partition&) const = default;
};

// offset_delete_request::offset_delete_request_topic
struct offset_delete_request_offset_delete_request_topic {
  // The topic name.
  std::string name = "";
  // Each partition to delete offsets for.
  std::vector<::gannet::protocol::offset_delete_request_offset_delete_request_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_delete_request_offset_delete_request_topic&) const = default;
};

// OffsetDeleteRequest: request (api key 47), versions 0-0, flexible none.
struct offset_delete_request {
  using offset_delete_request_partition = ::gannet::protocol::offset_delete_request_offset_delete_request_partition;
  using offset_delete_request_topic = ::gannet::protocol::offset_delete_request_offset_delete_request_topic;

  static constexpr std::int16_t message_api_key = 47;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = -1;

  // The unique group identifier.
  std::string group_id = "";
  // The topics to delete offsets for
  std::vector<::gannet::protocol::offset_delete_request_offset_delete_request_topic> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_delete_request&) const = default;
};

// offset_delete_response::offset_delete_response_partition
struct offset_delete_response_offset_delete_response_partition {
  // The partition index.
  std::int32_t partition_index = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_delete_response_offset_delete_response_partition&) const = default;
};

// offset_delete_response::offset_delete_response_topic
struct offset_delete_response_offset_delete_response_topic {
  // The topic name.
  std::string name = "";
  // The responses for each partition in the topic.
  std::vector<::gannet::protocol::offset_delete_response_offset_delete_response_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_delete_response_offset_delete_response_topic&) const = default;
};

// OffsetDeleteResponse: response (api key 47), versions 0-0, flexible none.
struct offset_delete_response {
  using offset_delete_response_partition = ::gannet::protocol::offset_delete_response_offset_delete_response_partition;
  using offset_delete_response_topic = ::gannet::protocol::offset_delete_response_offset_delete_response_topic;

  static constexpr std::int16_t message_api_key = 47;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = -1;

  // The top-level error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The responses for each topic.
  std::vector<::gannet::protocol::offset_delete_response_offset_delete_response_topic> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_delete_response&) const = default;
};

}  // namespace gannet::protocol
