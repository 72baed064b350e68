// generated from DescribeTopicPartitionsRequest.json, DescribeTopicPartitionsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// describe_topic_partitions_request::topic_request
struct describe_topic_partitions_request_topic_request {
  // The topic name
  std::string name = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_topic_partitions_request_topic_request&) const = default;
};

// describe_topic_partitions_request::cursor_data
struct describe_topic_partitions_request_cursor {
  // The name for the first topic to process
  std::string topic_name = "";
  // The partition index to start with
  std::int32_t partition_index = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_topic_partitions_request_cursor&) const = default;
};

// DescribeTopicPartitionsRequest: request (api key 75), versions 0-0, flexible 0+.
struct describe_topic_partitions_request {
  using topic_request = ::gannet::protocol::describe_topic_partitions_request_topic_request;
  using cursor_data = ::gannet::protocol::describe_topic_partitions_request_cursor;

  static constexpr std::int16_t message_api_key = 75;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The topics to fetch details for.
  std::vector<::gannet::protocol::describe_topic_partitions_request_topic_request> topics{};
  // The maximum number of partitions included in the response.
  std::int32_t response_partition_limit = 2000;
  // The first topic and partition index to fetch details for. (nullable 0+)
  std::optional<::gannet::protocol::describe_topic_partitions_request_cursor> cursor = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_topic_partitions_request&) const = default;
};

// describe_topic_partitions_response::describe_topic_partitions_response_partition
struct describe_topic_partitions_response_describe_topic_partitions_response_partition {
  // The partition error, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The partition index.
  std::int32_t partition_index = 0;
  // The ID of the leader broker.
  std::int32_t leader_id = 0;
  // The leader epoch of this partition.
  std::int32_t leader_epoch = -1;
  // The set of all nodes that host this partition.
  std::vector<std::int32_t> replica_nodes{};
  // The set of nodes that are in sync with the leader for this partition.
  std::vector<std::int32_t> isr_nodes{};
  // The new eligible leader replicas otherwise. (nullable 0+)
  std::optional<std::vector<std::int32_t>> eligible_leader_replicas = std::nullopt;
  // The last known ELR. (nullable 0+)
  std::optional<std::vector<std::int32_t>> last_known_elr = std::nullopt;
  // The set of offline replicas of this partition.
  std::vector<std::int32_t> offline_replicas{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_topic_partitions_response_describe_topic_partitions_response_partition&) const = default;
};

// describe_topic_partitions_response::describe_topic_partitions_response_topic
struct describe_topic_partitions_response_describe_topic_partitions_response_topic {
  // The topic error, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The topic name. (nullable 0+)
  std::optional<std::string> name = std::string();
  // The topic id.
  ::gannet::protocol::uuid topic_id{};
  // True if the topic is internal.
  bool is_internal = false;
  // Each partition in the topic.
  std::vector<::gannet::protocol::describe_topic_partitions_response_describe_topic_partitions_response_partition> partitions{};
  // 32-bit bitfield to represent authorized operations for this topic.
  std::int32_t topic_authorized_operations = (-2147483647 - 1);

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_topic_partitions_response_describe_topic_partitions_response_topic&) const = default;
};

// describe_topic_partitions_response::cursor
struct describe_topic_partitions_response_cursor {
  // The name for the first topic to process
  std::string topic_name = "";
  // The partition index to start with
  std::int32_t partition_index = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_topic_partitions_response_cursor&) const = default;
};

// DescribeTopicPartitionsResponse: response (api key 75), versions 0-0, flexible 0+.
struct describe_topic_partitions_response {
  using describe_topic_partitions_response_partition = ::gannet::protocol::describe_topic_partitions_response_describe_topic_partitions_response_partition;
  using describe_topic_partitions_response_topic = ::gannet::protocol::describe_topic_partitions_response_describe_topic_partitions_response_topic;
  using cursor = ::gannet::protocol::describe_topic_partitions_response_cursor;

  static constexpr std::int16_t message_api_key = 75;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // Each topic in the response.
  std::vector<::gannet::protocol::describe_topic_partitions_response_describe_topic_partitions_response_topic> topics{};
  // The next topic and partition index to fetch details for. (nullable 0+)
  std::optional<::gannet::protocol::describe_topic_partitions_response_cursor> next_cursor = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_topic_partitions_response&) const = default;
};

}  // namespace gannet::protocol
