// generated from DeleteRecordsRequest.json, DeleteRecordsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// delete_records_request::delete_records_partition
struct delete_records_request_delete_records_partition {
  // The partition index.
  std::int32_t partition_index = 0;
  // The deletion offset.
  std::int64_t offset = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_records_request_delete_records_partition&) const = default;
};

// delete_records_request::delete_records_topic
struct delete_records_request_delete_records_topic {
  // The topic name.
  std::string name = "";
  // Each partition that we want to delete records from.
  std::vector<::gannet::protocol::delete_records_request_delete_records_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_records_request_delete_records_topic&) const = default;
};

// DeleteRecordsRequest: request (api key 21), versions 0-2, flexible 2+.
struct delete_records_request {
  using delete_records_partition = ::gannet::protocol::delete_records_request_delete_records_partition;
  using delete_records_topic = ::gannet::protocol::delete_records_request_delete_records_topic;

  static constexpr std::int16_t message_api_key = 21;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // Each topic that we want to delete records from.
  std::vector<::gannet::protocol::delete_records_request_delete_records_topic> topics{};
  // How long to wait for the deletion to complete, in milliseconds.
  std::int32_t timeout_ms = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_records_request&) const = default;
};

// delete_records_response::delete_records_partition_result
struct delete_records_response_delete_records_partition_result {
  // The partition index.
  std::int32_t partition_index = 0;
  // The partition low water mark.
  std::int64_t low_watermark = 0;
  // The deletion error code, or 0 if the deletion succeeded.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_records_response_delete_records_partition_result&) const = default;
};

// delete_records_response::delete_records_topic_result
struct delete_records_response_delete_records_topic_result {
  // The topic name.
  std::string name = "";
  // Each partition that we wanted to delete records from.
  std::vector<::gannet::protocol::delete_records_response_delete_records_partition_result> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_records_response_delete_records_topic_result&) const = default;
};

// DeleteRecordsResponse: response (api key 21), versions 0-2, flexible 2+.
struct delete_records_response {
  using delete_records_partition_result = ::gannet::protocol::delete_records_response_delete_records_partition_result;
  using delete_records_topic_result = ::gannet::protocol::delete_records_response_delete_records_topic_result;

  static constexpr std::int16_t message_api_key = 21;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // Each topic that we wanted to delete records from.
  std::vector<::gannet::protocol::delete_records_response_delete_records_topic_result> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_records_response&) const = default;
};

}  // namespace gannet::protocol
