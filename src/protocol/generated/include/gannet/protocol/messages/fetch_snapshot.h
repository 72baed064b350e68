// generated from FetchSnapshotRequest.json, FetchSnapshotResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// fetch_snapshot_request::snapshot_id
struct fetch_snapshot_request_snapshot_id {
  std::int64_t end_offset = 0;
  std::int32_t epoch = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_snapshot_request_snapshot_id&) const = default;
};

// fetch_snapshot_request::partition_snapshot
struct fetch_snapshot_request_partition_snapshot {
  // The partition index
  std::int32_t partition = 0;
  // The current leader epoch of the partition, -1 for unknown leader epoch
  std::int32_t current_leader_epoch = 0;
  // The snapshot endOffset and epoch to fetch
  ::gannet::protocol::fetch_snapshot_request_snapshot_id snapshot_id{};
  // The byte position within the snapshot to start fetching from
  std::int64_t position = 0;
  // The directory id of the follower fetching (versions 1+, tag 0)
  ::gannet::protocol::uuid replica_directory_id{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_snapshot_request_partition_snapshot&) const = default;
};

// fetch_snapshot_request::topic_snapshot
struct fetch_snapshot_request_topic_snapshot {
  // The name of the topic to fetch
  std::string name = "";
  // The partitions to fetch
  std::vector<::gannet::protocol::fetch_snapshot_request_partition_snapshot> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_snapshot_request_topic_snapshot&) const = default;
};

// FetchSnapshotRequest: request (api key 59), versions 0-1, flexible 0+.
struct fetch_snapshot_request {
  using snapshot_id = ::gannet::protocol::fetch_snapshot_request_snapshot_id;
  using partition_snapshot = ::gannet::protocol::fetch_snapshot_request_partition_snapshot;
  using topic_snapshot = ::gannet::protocol::fetch_snapshot_request_topic_snapshot;

  static constexpr std::int16_t message_api_key = 59;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The clusterId if known, this is used to validate metadata fetches prior to broker registration
  // (nullable 0+, tag 0)
  std::optional<std::string> cluster_id = std::nullopt;
  // The broker ID of the follower
  std::int32_t replica_id = -1;
  // The maximum bytes to fetch from all of the snapshots
  std::int32_t max_bytes = 2147483647;
  // The topics to fetch
  std::vector<::gannet::protocol::fetch_snapshot_request_topic_snapshot> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_snapshot_request&) const = default;
};

// fetch_snapshot_response::snapshot_id
struct fetch_snapshot_response_snapshot_id {
  std::int64_t end_offset = 0;
  std::int32_t epoch = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_snapshot_response_snapshot_id&) const = default;
};

// fetch_snapshot_response::leader_id_and_epoch
struct fetch_snapshot_response_leader_id_and_epoch {
  // The ID of the current leader or -1 if the leader is unknown.
  std::int32_t leader_id = 0;
  // The latest known leader epoch
  std::int32_t leader_epoch = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_snapshot_response_leader_id_and_epoch&) const = default;
};

// fetch_snapshot_response::partition_snapshot
struct fetch_snapshot_response_partition_snapshot {
  // The partition index.
  std::int32_t index = 0;
  // The error code, or 0 if there was no fetch error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The snapshot endOffset and epoch fetched
  ::gannet::protocol::fetch_snapshot_response_snapshot_id snapshot_id{};
  // (tag 0)
  ::gannet::protocol::fetch_snapshot_response_leader_id_and_epoch current_leader{};
  // The total size of the snapshot.
  std::int64_t size_ = 0;
  // The starting byte position within the snapshot included in the Bytes field.
  std::int64_t position = 0;
  // Snapshot data in records format which may not be aligned on an offset boundary
  ::gannet::protocol::records unaligned_records{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_snapshot_response_partition_snapshot&) const = default;
};

// fetch_snapshot_response::topic_snapshot
struct fetch_snapshot_response_topic_snapshot {
  // The name of the topic to fetch.
  std::string name = "";
  // The partitions to fetch.
  std::vector<::gannet::protocol::fetch_snapshot_response_partition_snapshot> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_snapshot_response_topic_snapshot&) const = default;
};

// fetch_snapshot_response::node_endpoint
struct fetch_snapshot_response_node_endpoint {
  // The ID of the associated node (versions 1+)
  std::int32_t node_id = 0;
  // The node's hostname (versions 1+)
  std::string host = "";
  // The node's port (versions 1+)
  std::uint16_t port = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_snapshot_response_node_endpoint&) const = default;
};

// FetchSnapshotResponse: response (api key 59), versions 0-1, flexible 0+.
struct fetch_snapshot_response {
  using snapshot_id = ::gannet::protocol::fetch_snapshot_response_snapshot_id;
  using leader_id_and_epoch = ::gannet::protocol::fetch_snapshot_response_leader_id_and_epoch;
  using partition_snapshot = ::gannet::protocol::fetch_snapshot_response_partition_snapshot;
  using topic_snapshot = ::gannet::protocol::fetch_snapshot_response_topic_snapshot;
  using node_endpoint = ::gannet::protocol::fetch_snapshot_response_node_endpoint;

  static constexpr std::int16_t message_api_key = 59;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The top level response error code.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The topics to fetch.
  std::vector<::gannet::protocol::fetch_snapshot_response_topic_snapshot> topics{};
  // Endpoints for all current-leaders enumerated in PartitionSnapshot (versions 1+, tag 0)
  std::vector<::gannet::protocol::fetch_snapshot_response_node_endpoint> node_endpoints{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_snapshot_response&) const = default;
};

}  // namespace gannet::protocol
