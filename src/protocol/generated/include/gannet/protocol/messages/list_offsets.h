// generated from ListOffsetsRequest.json, ListOffsetsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// list_offsets_request::list_offsets_partition
struct list_offsets_request_list_offsets_partition {
  // The partition index.
  std::int32_t partition_index = 0;
  // The current leader epoch. (versions 4+)
  std::int32_t current_leader_epoch = -1;
  // The current timestamp.
  std::int64_t timestamp = 0;
  // The maximum number of offsets to report. (versions 0-0)
  std::int32_t max_num_offsets = 1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_offsets_request_list_offsets_partition&) const = default;
};

// list_offsets_request::list_offsets_topic
struct list_offsets_request_list_offsets_topic {
  // The topic name.
  std::string name = "";
  // Each partition in the request.
  std::vector<::gannet::protocol::list_offsets_request_list_offsets_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_offsets_request_list_offsets_topic&) const = default;
};

// ListOffsetsRequest: request (api key 2), versions 0-9, flexible 6+.
struct list_offsets_request {
  using list_offsets_partition = ::gannet::protocol::list_offsets_request_list_offsets_partition;
  using list_offsets_topic = ::gannet::protocol::list_offsets_request_list_offsets_topic;

  static constexpr std::int16_t message_api_key = 2;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 9;
  static constexpr std::int16_t message_first_flexible_version = 6;

  // The broker ID of the requester, or -1 if this request is being made by a normal consumer.
  std::int32_t replica_id = 0;
  // This setting controls the visibility of transactional records. Using READ_UNCOMMITTED
  // (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1),
  // non-transactional and COMMITTED transactional records are visible. To be more concrete,
  // READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset),
  // and enables the inclusion of the list of aborted transactions in the result, which allows
  // consumers to discard ABORTED transactional records (versions 2+)
  std::int8_t isolation_level = 0;
  // Each topic in the request.
  std::vector<::gannet::protocol::list_offsets_request_list_offsets_topic> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_offsets_request&) const = default;
};

// list_offsets_response::list_offsets_partition_response
struct list_offsets_response_list_offsets_partition_response {
  // The partition index.
  std::int32_t partition_index = 0;
  // The partition error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The result offsets. (versions 0-0)
  std::vector<std::int64_t> old_style_offsets{};
  // The timestamp associated with the returned offset. (versions 1+)
  std::int64_t timestamp = -1;
  // The returned offset. (versions 1+)
  std::int64_t offset = -1;
  // (versions 4+)
  std::int32_t leader_epoch = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_offsets_response_list_offsets_partition_response&) const = default;
};

// list_offsets_response::list_offsets_topic_response
struct list_offsets_response_list_offsets_topic_response {
  // The topic name
  std::string name = "";
  // Each partition in the response.
  std::vector<::gannet::protocol::list_offsets_response_list_offsets_partition_response> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_offsets_response_list_offsets_topic_response&) const = default;
};

// ListOffsetsResponse: response (api key 2), versions 0-9, flexible 6+.
struct list_offsets_response {
  using list_offsets_partition_response = ::gannet::protocol::list_offsets_response_list_offsets_partition_response;
  using list_offsets_topic_response = ::gannet::protocol::list_offsets_response_list_offsets_topic_response;

  static constexpr std::int16_t message_api_key = 2;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 9;
  static constexpr std::int16_t message_first_flexible_version = 6;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 2+)
  std::int32_t throttle_time_ms = 0;
  // Each topic in the response.
  std::vector<::gannet::protocol::list_offsets_response_list_offsets_topic_response> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_offsets_response&) const = default;
};

}  // namespace gannet::protocol
