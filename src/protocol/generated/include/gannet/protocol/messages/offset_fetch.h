// generated from OffsetFetchRequest.json, OffsetFetchResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// offset_fetch_request::offset_fetch_request_topic
struct offset_fetch_request_offset_fetch_request_topic {
  // The topic name. (versions 0-7)
  std::string name = "";
  // The partition indexes we would like to fetch offsets for. (versions 0-7)
  std::vector<std::int32_t> partition_indexes{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_fetch_request_offset_fetch_request_topic&) const = default;
};

// offset_fetch_request::offset_fetch_request_topics
struct offset_fetch_request_offset_fetch_request_topics {
  // The topic name. (versions 8+)
  std::string name = "";
  // The partition indexes we would like to fetch offsets for. (versions 8+)
  std::vector<std::int32_t> partition_indexes{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_fetch_request_offset_fetch_request_topics&) const = default;
};

// offset_fetch_request::offset_fetch_request_group
struct offset_fetch_request_offset_fetch_request_group {
  // The group ID. (versions 8+)
  std::string group_id = "";
  // The member ID assigned by the group coordinator if using the new consumer protocol (KIP-848).
  // (versions 9+, nullable 9+)
  std::optional<std::string> member_id = std::nullopt;
  // The member epoch if using the new consumer protocol (KIP-848). (versions 9+)
  std::int32_t member_epoch = -1;
  // Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
  // (versions 8+, nullable 8+)
  std::optional<std::vector<::gannet::protocol::offset_fetch_request_offset_fetch_request_topics>> topics = std::vector<::gannet::protocol::offset_fetch_request_offset_fetch_request_topics>{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_fetch_request_offset_fetch_request_group&) const = default;
};

// OffsetFetchRequest: request (api key 9), versions 0-9, flexible 6+.
struct offset_fetch_request {
  using offset_fetch_request_topic = ::gannet::protocol::offset_fetch_request_offset_fetch_request_topic;
  using offset_fetch_request_topics = ::gannet::protocol::offset_fetch_request_offset_fetch_request_topics;
  using offset_fetch_request_group = ::gannet::protocol::offset_fetch_request_offset_fetch_request_group;

  static constexpr std::int16_t message_api_key = 9;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 9;
  static constexpr std::int16_t message_first_flexible_version = 6;

  // The group to fetch offsets for. (versions 0-7)
  std::string group_id = "";
  // Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
  // (versions 0-7, nullable 2-7)
  std::optional<std::vector<::gannet::protocol::offset_fetch_request_offset_fetch_request_topic>> topics = std::vector<::gannet::protocol::offset_fetch_request_offset_fetch_request_topic>{};
  // Each group we would like to fetch offsets for (versions 8+)
  std::vector<::gannet::protocol::offset_fetch_request_offset_fetch_request_group> groups{};
  // Whether broker should hold on returning unstable offsets but set a retriable error code for the
  // partitions. (versions 7+)
  bool require_stable = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_fetch_request&) const = default;
};

// offset_fetch_response::offset_fetch_response_partition
struct offset_fetch_response_offset_fetch_response_partition {
  // The partition index. (versions 0-7)
  std::int32_t partition_index = 0;
  // The committed message offset. (versions 0-7)
  std::int64_t committed_offset = 0;
  // The leader epoch. (versions 5-7)
  std::int32_t committed_leader_epoch = -1;
  // The partition metadata. (versions 0-7, nullable 0-7)
  std::optional<std::string> metadata = std::string();
  // The error code, or 0 if there was no error. (versions 0-7)
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_fetch_response_offset_fetch_response_partition&) const = default;
};

// offset_fetch_response::offset_fetch_response_topic
struct offset_fetch_response_offset_fetch_response_topic {
  // The topic name. (versions 0-7)
  std::string name = "";
  // The responses per partition (versions 0-7)
  std::vector<::gannet::protocol::offset_fetch_response_offset_fetch_response_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_fetch_response_offset_fetch_response_topic&) const = default;
};

// offset_fetch_response::offset_fetch_response_partitions
struct offset_fetch_response_offset_fetch_response_partitions {
  // The partition index. (versions 8+)
  std::int32_t partition_index = 0;
  // The committed message offset. (versions 8+)
  std::int64_t committed_offset = 0;
  // The leader epoch. (versions 8+)
  std::int32_t committed_leader_epoch = -1;
  // The partition metadata. (versions 8+, nullable 8+)
  std::optional<std::string> metadata = std::string();
  // The partition-level error code, or 0 if there was no error. (versions 8+)
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_fetch_response_offset_fetch_response_partitions&) const = default;
};

// offset_fetch_response::offset_fetch_response_topics
struct offset_fetch_response_offset_fetch_response_topics {
  // The topic name. (versions 8+)
  std::string name = "";
  // The responses per partition (versions 8+)
  std::vector<::gannet::protocol::offset_fetch_response_offset_fetch_response_partitions> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_fetch_response_offset_fetch_response_topics&) const = default;
};

// offset_fetch_response::offset_fetch_response_group
struct offset_fetch_response_offset_fetch_response_group {
  // The group ID. (versions 8+)
  std::string group_id = "";
  // The responses per topic. (versions 8+)
  std::vector<::gannet::protocol::offset_fetch_response_offset_fetch_response_topics> topics{};
  // The group-level error code, or 0 if there was no error. (versions 8+)
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_fetch_response_offset_fetch_response_group&) const = default;
};

// OffsetFetchResponse: response (api key 9), versions 0-9, flexible 6+.
struct offset_fetch_response {
  using offset_fetch_response_partition = ::gannet::protocol::offset_fetch_response_offset_fetch_response_partition;
  using offset_fetch_response_topic = ::gannet::protocol::offset_fetch_response_offset_fetch_response_topic;
  using offset_fetch_response_partitions = ::gannet::protocol::offset_fetch_response_offset_fetch_response_partitions;
  using offset_fetch_response_topics = ::gannet::protocol::offset_fetch_response_offset_fetch_response_topics;
  using offset_fetch_response_group = ::gannet::protocol::offset_fetch_response_offset_fetch_response_group;

  static constexpr std::int16_t message_api_key = 9;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 9;
  static constexpr std::int16_t message_first_flexible_version = 6;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 3+)
  std::int32_t throttle_time_ms = 0;
  // The responses per topic. (versions 0-7)
  std::vector<::gannet::protocol::offset_fetch_response_offset_fetch_response_topic> topics{};
  // The top-level error code, or 0 if there was no error. (versions 2-7)
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The responses per group id. (versions 8+)
  std::vector<::gannet::protocol::offset_fetch_response_offset_fetch_response_group> groups{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_fetch_response&) const = default;
};

}  // namespace gannet::protocol
