// generated from OffsetCommitRequest.json, OffsetCommitResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// offset_commit_request::offset_commit_request_partition
struct offset_commit_request_offset_commit_request_partition {
  // The partition index.
  std::int32_t partition_index = 0;
  // The message offset to be committed.
  std::int64_t committed_offset = 0;
  // The leader epoch of this partition. (versions 6+)
  std::int32_t committed_leader_epoch = -1;
  // The timestamp of the commit. (versions 1-1)
  std::int64_t commit_timestamp = -1;
  // Any associated metadata the client wants to keep. (nullable 0+)
  std::optional<std::string> committed_metadata = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_commit_request_offset_commit_request_partition&) const = default;
};

// offset_commit_request::offset_commit_request_topic
struct offset_commit_request_offset_commit_request_topic {
  // The topic name.
  std::string name = "";
  // Each partition to commit offsets for.
  std::vector<::gannet::protocol::offset_commit_request_offset_commit_request_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_commit_request_offset_commit_request_topic&) const = default;
};

// OffsetCommitRequest: request (api key 8), versions 0-9, flexible 8+.
struct offset_commit_request {
  using offset_commit_request_partition = ::gannet::protocol::offset_commit_request_offset_commit_request_partition;
  using offset_commit_request_topic = ::gannet::protocol::offset_commit_request_offset_commit_request_topic;

  static constexpr std::int16_t message_api_key = 8;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 9;
  static constexpr std::int16_t message_first_flexible_version = 8;

  // The unique group identifier.
  std::string group_id = "";
  // The generation of the group if using the classic group protocol or the member epoch if using
  // the consumer protocol. (versions 1+)
  std::int32_t generation_id_or_member_epoch = -1;
  // The member ID assigned by the group coordinator. (versions 1+)
  std::string member_id = "";
  // The unique identifier of the consumer instance provided by end user. (versions 7+, nullable 7+)
  std::optional<std::string> group_instance_id = std::nullopt;
  // The time period in ms to retain the offset. (versions 2-4)
  std::int64_t retention_time_ms = -1;
  // The topics to commit offsets for.
  std::vector<::gannet::protocol::offset_commit_request_offset_commit_request_topic> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_commit_request&) const = default;
};

// offset_commit_response::offset_commit_response_partition
struct offset_commit_response_offset_commit_response_partition {
  // The partition index.
  std::int32_t partition_index = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_commit_response_offset_commit_response_partition&) const = default;
};

// offset_commit_response::offset_commit_response_topic
struct offset_commit_response_offset_commit_response_topic {
  // The topic name.
  std::string name = "";
  // The responses for each partition in the topic.
  std::vector<::gannet::protocol::offset_commit_response_offset_commit_response_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_commit_response_offset_commit_response_topic&) const = default;
};

// OffsetCommitResponse: response (api key 8), versions 0-9, flexible 8+.
struct offset_commit_response {
  using offset_commit_response_partition = ::gannet::protocol::offset_commit_response_offset_commit_response_partition;
  using offset_commit_response_topic = ::gannet::protocol::offset_commit_response_offset_commit_response_topic;

  static constexpr std::int16_t message_api_key = 8;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 9;
  static constexpr std::int16_t message_first_flexible_version = 8;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 3+)
  std::int32_t throttle_time_ms = 0;
  // The responses for each topic.
  std::vector<::gannet::protocol::offset_commit_response_offset_commit_response_topic> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_commit_response&) const = default;
};

}  // namespace gannet::protocol
