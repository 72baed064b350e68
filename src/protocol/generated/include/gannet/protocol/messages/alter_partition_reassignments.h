// generated from AlterPartitionReassignmentsRequest.json, AlterPartitionReassignmentsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// alter_partition_reassignments_request::reassignable_partition
struct alter_partition_reassignments_request_reassignable_partition {
  // The partition index.
  std::int32_t partition_index = 0;
  // The replicas to place the partitions on, or null to cancel a pending reassignment for this
  // partition. (nullable 0+)
  std::optional<std::vector<std::int32_t>> replicas = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_partition_reassignments_request_reassignable_partition&) const = default;
};

// alter_partition_reassignments_request::reassignable_topic
struct alter_partition_reassignments_request_reassignable_topic {
  // The topic name.
  std::string name = "";
  // The partitions to reassign.
  std::vector<::gannet::protocol::alter_partition_reassignments_request_reassignable_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_partition_reassignments_request_reassignable_topic&) const = default;
};

// AlterPartitionReassignmentsRequest: request (api key 45), versions 0-0, flexible 0+.
struct alter_partition_reassignments_request {
  using reassignable_partition = ::gannet::protocol::alter_partition_reassignments_request_reassignable_partition;
  using reassignable_topic = ::gannet::protocol::alter_partition_reassignments_request_reassignable_topic;

  static constexpr std::int16_t message_api_key = 45;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The time in ms to wait for the request to complete.
  std::int32_t timeout_ms = 60000;
  // The topics to reassign.
  std::vector<::gannet::protocol::alter_partition_reassignments_request_reassignable_topic> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_partition_reassignments_request&) const = default;
};

// alter_partition_reassignments_response::reassignable_partition_response
struct alter_partition_reassignments_response_reassignable_partition_response {
  // The partition index.
  std::int32_t partition_index = 0;
  // The error code for this partition, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message for this partition, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_partition_reassignments_response_reassignable_partition_response&) const = default;
};

// alter_partition_reassignments_response::reassignable_topic_response
struct alter_partition_reassignments_response_reassignable_topic_response {
  // The topic name
  std::string name = "";
  // The responses to partitions to reassign
  std::vector<::gannet::protocol::alter_partition_reassignments_response_reassignable_partition_response> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_partition_reassignments_response_reassignable_topic_response&) const = default;
};

// AlterPartitionReassignmentsResponse: response (api key 45), versions 0-0, flexible 0+.
struct alter_partition_reassignments_response {
  using reassignable_partition_response = ::gannet::protocol::alter_partition_reassignments_response_reassignable_partition_response;
  using reassignable_topic_response = ::gannet::protocol::alter_partition_reassignments_response_reassignable_topic_response;

  static constexpr std::int16_t message_api_key = 45;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The top-level error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The top-level error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::string();
  // The responses to topics to reassign.
  std::vector<::gannet::protocol::alter_partition_reassignments_response_reassignable_topic_response> responses{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_partition_reassignments_response&) const = default;
};

}  // namespace gannet::protocol
