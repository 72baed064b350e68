// generated from MetadataRequest.json, MetadataResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// metadata_request::metadata_request_topic
struct metadata_request_metadata_request_topic {
  // The topic id. (versions 10+)
  ::gannet::protocol::uuid topic_id{};
  // The topic name. (nullable 10+)
  std::optional<std::string> name = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::metadata_request_metadata_request_topic&) const = default;
};

// MetadataRequest: request (api key 3), versions 0-12, flexible 9+.
struct metadata_request {
  using metadata_request_topic = ::gannet::protocol::metadata_request_metadata_request_topic;

  static constexpr std::int16_t message_api_key = 3;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 12;
  static constexpr std::int16_t message_first_flexible_version = 9;

  // The topics to fetch metadata for. (nullable 1+)
  std::optional<std::vector<::gannet::protocol::metadata_request_metadata_request_topic>> topics = std::vector<::gannet::protocol::metadata_request_metadata_request_topic>{};
  // If this is true, the broker may auto-create topics that we requested which do not already
  // exist, if it is configured to do so. (versions 4+)
  bool allow_auto_topic_creation = true;
  // Whether to include cluster authorized operations. (versions 8-10)
  bool include_cluster_authorized_operations = false;
  // Whether to include topic authorized operations. (versions 8+)
  bool include_topic_authorized_operations = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::metadata_request&) const = default;
};

// metadata_response::metadata_response_broker
struct metadata_response_metadata_response_broker {
  // The broker ID.
  std::int32_t node_id = 0;
  // The broker hostname.
  std::string host = "";
  // The broker port.
  std::int32_t port = 0;
  // The rack of the broker, or null if it has not been assigned to a rack. (versions 1+, nullable
  // 1+)
  std::optional<std::string> rack = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::metadata_response_metadata_response_broker&) const = default;
};

// metadata_response::metadata_response_partition
struct metadata_response_metadata_response_partition {
  // The partition error, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The partition index.
  std::int32_t partition_index = 0;
  // The ID of the leader broker.
  std::int32_t leader_id = 0;
  // The leader epoch of this partition. (versions 7+)
  std::int32_t leader_epoch = -1;
  // The set of all nodes that host this partition.
  std::vector<std::int32_t> replica_nodes{};
  // The set of nodes that are in sync with the leader for this partition.
  std::vector<std::int32_t> isr_nodes{};
  // The set of offline replicas of this partition. (versions 5+)
  std::vector<std::int32_t> offline_replicas{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::metadata_response_metadata_response_partition&) const = default;
};

// metadata_response::metadata_response_topic
struct metadata_response_metadata_response_topic {
  // The topic error, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode
  // is zero. One of Name and TopicId is always populated. (nullable 12+)
  std::optional<std::string> name = std::string();
  // The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode
  // is zero. One of Name and TopicId is always populated. (versions 10+)
  ::gannet::protocol::uuid topic_id{};
  // True if the topic is internal. (versions 1+)
  bool is_internal = false;
  // Each partition in the topic.
  std::vector<::gannet::protocol::metadata_response_metadata_response_partition> partitions{};
  // 32-bit bitfield to represent authorized operations for this topic. (versions 8+)
  std::int32_t topic_authorized_operations = (-2147483647 - 1);

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::metadata_response_metadata_response_topic&) const = default;
};

// MetadataResponse: response (api key 3), versions 0-12, flexible 9+.
struct metadata_response {
  using metadata_response_broker = ::gannet::protocol::metadata_response_metadata_response_broker;
  using metadata_response_partition = ::gannet::protocol::metadata_response_metadata_response_partition;
  using metadata_response_topic = ::gannet::protocol::metadata_response_metadata_response_topic;

  static constexpr std::int16_t message_api_key = 3;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 12;
  static constexpr std::int16_t message_first_flexible_version = 9;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 3+)
  std::int32_t throttle_time_ms = 0;
  // A list of brokers present in the cluster.
  std::vector<::gannet::protocol::metadata_response_metadata_response_broker> brokers{};
  // The cluster ID that responding broker belongs to. (versions 2+, nullable 2+)
  std::optional<std::string> cluster_id = std::nullopt;
  // The ID of the controller broker. (versions 1+)
  std::int32_t controller_id = -1;
  // Each topic in the response.
  std::vector<::gannet::protocol::metadata_response_metadata_response_topic> topics{};
  // 32-bit bitfield to represent authorized operations for this cluster. (versions 8-10)
  std::int32_t cluster_authorized_operations = (-2147483647 - 1);

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::metadata_response&) const = default;
};

}  // namespace gannet::protocol
