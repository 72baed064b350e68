// generated from OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// offset_for_leader_epoch_request::offset_for_leader_partition
struct offset_for_leader_epoch_request_offset_for_leader_partition {
  // The partition index.
  std::int32_t partition = 0;
  // An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the
  // client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH
  // error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH
  // error code will be returned. (versions 2+)
  std::int32_t current_leader_epoch = -1;
  // The epoch to look up an offset for.
  std::int32_t leader_epoch = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_for_leader_epoch_request_offset_for_leader_partition&) const = default;
};

// offset_for_leader_epoch_request::offset_for_leader_topic
struct offset_for_leader_epoch_request_offset_for_leader_topic {
  // The topic name.
  std::string topic = "";
  // Each partition to get offsets for.
  std::vector<::gannet::protocol::offset_for_leader_epoch_request_offset_for_leader_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_for_leader_epoch_request_offset_for_leader_topic&) const = default;
};

// OffsetForLeaderEpochRequest: request (api key 23), versions 0-4, flexible 4+.
struct offset_for_leader_epoch_request {
  using offset_for_leader_partition = ::gannet::protocol::offset_for_leader_epoch_request_offset_for_leader_partition;
  using offset_for_leader_topic = ::gannet::protocol::offset_for_leader_epoch_request_offset_for_leader_topic;

  static constexpr std::int16_t message_api_key = 23;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The broker ID of the follower, of -1 if this request is from a consumer. (versions 3+)
  std::int32_t replica_id = -2;
  // Each topic to get offsets for.
  std::vector<::gannet::protocol::offset_for_leader_epoch_request_offset_for_leader_topic> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_for_leader_epoch_request&) const = default;
};

// offset_for_leader_epoch_response::epoch_end_offset
struct offset_for_leader_epoch_response_epoch_end_offset {
  // The error code 0, or if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The partition index.
  std::int32_t partition = 0;
  // The leader epoch of the partition. (versions 1+)
  std::int32_t leader_epoch = -1;
  // The end offset of the epoch.
  std::int64_t end_offset = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_for_leader_epoch_response_epoch_end_offset&) const = default;
};

// offset_for_leader_epoch_response::offset_for_leader_topic_result
struct offset_for_leader_epoch_response_offset_for_leader_topic_result {
  // The topic name.
  std::string topic = "";
  // Each partition in the topic we fetched offsets for.
  std::vector<::gannet::protocol::offset_for_leader_epoch_response_epoch_end_offset> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_for_leader_epoch_response_offset_for_leader_topic_result&) const = default;
};

// OffsetForLeaderEpochResponse: response (api key 23), versions 0-4, flexible 4+.
struct offset_for_leader_epoch_response {
  using epoch_end_offset = ::gannet::protocol::offset_for_leader_epoch_response_epoch_end_offset;
  using offset_for_leader_topic_result = ::gannet::protocol::offset_for_leader_epoch_response_offset_for_leader_topic_result;

  static constexpr std::int16_t message_api_key = 23;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 2+)
  std::int32_t throttle_time_ms = 0;
  // Each topic we fetched offsets for.
  std::vector<::gannet::protocol::offset_for_leader_epoch_response_offset_for_leader_topic_result> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_for_leader_epoch_response&) const = default;
};

}  // namespace gannet::protocol
