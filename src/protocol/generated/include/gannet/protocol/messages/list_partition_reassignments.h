// generated from ListPartitionReassignmentsRequest.json, ListPartitionReassignmentsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// list_partition_reassignments_request::list_partition_reassignments_topics
struct list_partition_reassignments_request_list_partition_reassignments_topics {
  // The topic name
  std::string name = "";
  // The partitions to list partition reassignments for.
  std::vector<std::int32_t> partition_indexes{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_partition_reassignments_request_list_partition_reassignments_topics&) const = default;
};

// ListPartitionReassignmentsRequest: request (api key 46), versions 0-0, flexible 0+.
struct list_partition_reassignments_request {
  using list_partition_reassignments_topics = ::gannet::protocol::list_partition_reassignments_request_list_partition_reassignments_topics;

  static constexpr std::int16_t message_api_key = 46;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The time in ms to wait for the request to complete.
  std::int32_t timeout_ms = 60000;
  // The topics to list partition reassignments for, or null to list everything. (nullable 0+)
  std::optional<std::vector<::gannet::protocol::list_partition_reassignments_request_list_partition_reassignments_topics>> topics = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_partition_reassignments_request&) const = default;
};

// list_partition_reassignments_response::ongoing_partition_reassignment
struct list_partition_reassignments_response_ongoing_partition_reassignment {
  // The index of the partition.
  std::int32_t partition_index = 0;
  // The current replica set.
  std::vector<std::int32_t> replicas{};
  // The set of replicas we are currently adding.
  std::vector<std::int32_t> adding_replicas{};
  // The set of replicas we are currently removing.
  std::vector<std::int32_t> removing_replicas{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_partition_reassignments_response_ongoing_partition_reassignment&) const = default;
};

// list_partition_reassignments_response::ongoing_topic_reassignment
struct list_partition_reassignments_response_ongoing_topic_reassignment {
  // The topic name.
  std::string name = "";
  // The ongoing reassignments for each partition.
  std::vector<::gannet::protocol::list_partition_reassignments_response_ongoing_partition_reassignment> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_partition_reassignments_response_ongoing_topic_reassignment&) const = default;
};

// ListPartitionReassignmentsResponse: response (api key 46), versions 0-0, flexible 0+.
struct list_partition_reassignments_response {
  using ongoing_partition_reassignment = ::gannet::protocol::list_partition_reassignments_response_ongoing_partition_reassignment;
  using ongoing_topic_reassignment = ::gannet::protocol::list_partition_reassignments_response_ongoing_topic_reassignment;

  static constexpr std::int16_t message_api_key = 46;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The top-level error code, or 0 if there was no error
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The top-level error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::string();
  // The ongoing reassignments for each topic.
  std::vector<::gannet::protocol::list_partition_reassignments_response_ongoing_topic_reassignment> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::list_partition_reassignments_response&) const = default;
};

}  // namespace gannet::protocol
