// generated from StopReplicaRequest.json, StopReplicaResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// stop_replica_request::stop_replica_partition_v0
struct stop_replica_request_stop_replica_partition_v0 {
  // The topic name. (versions 0-0)
  std::string topic_name = "";
  // The partition index. (versions 0-0)
  std::int32_t partition_index = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::stop_replica_request_stop_replica_partition_v0&) const = default;
};

// stop_replica_request::stop_replica_topic_v1
struct stop_replica_request_stop_replica_topic_v1 {
  // The topic name. (versions 1-2)
  std::string name = "";
  // The partition indexes. (versions 1-2)
  std::vector<std::int32_t> partition_indexes{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::stop_replica_request_stop_replica_topic_v1&) const = default;
};

// stop_replica_request::stop_replica_partition_state
struct stop_replica_request_stop_replica_partition_state {
  // The partition index. (versions 3+)
  std::int32_t partition_index = 0;
  // The leader epoch. (versions 3+)
  std::int32_t leader_epoch = -1;
  // Whether this partition should be deleted. (versions 3+)
  bool delete_partition = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::stop_replica_request_stop_replica_partition_state&) const = default;
};

// stop_replica_request::stop_replica_topic_state
struct stop_replica_request_stop_replica_topic_state {
  // The topic name. (versions 3+)
  std::string topic_name = "";
  // The state of each partition (versions 3+)
  std::vector<::gannet::protocol::stop_replica_request_stop_replica_partition_state> partition_states{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::stop_replica_request_stop_replica_topic_state&) const = default;
};

// StopReplicaRequest: request (api key 5), versions 0-4, flexible 2+.
struct stop_replica_request {
  using stop_replica_partition_v0 = ::gannet::protocol::stop_replica_request_stop_replica_partition_v0;
  using stop_replica_topic_v1 = ::gannet::protocol::stop_replica_request_stop_replica_topic_v1;
  using stop_replica_partition_state = ::gannet::protocol::stop_replica_request_stop_replica_partition_state;
  using stop_replica_topic_state = ::gannet::protocol::stop_replica_request_stop_replica_topic_state;

  static constexpr std::int16_t message_api_key = 5;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The controller id.
  std::int32_t controller_id = 0;
  // If KRaft controller id is used during migration. See KIP-866 (versions 4+)
  bool is_k_raft_controller = false;
  // The controller epoch.
  std::int32_t controller_epoch = 0;
  // The broker epoch. (versions 1+)
  std::int64_t broker_epoch = -1;
  // Whether these partitions should be deleted. (versions 0-2)
  bool delete_partitions = false;
  // The partitions to stop. (versions 0-0)
  std::vector<::gannet::protocol::stop_replica_request_stop_replica_partition_v0> ungrouped_partitions{};
  // The topics to stop. (versions 1-2)
  std::vector<::gannet::protocol::stop_replica_request_stop_replica_topic_v1> topics{};
  // Each topic. (versions 3+)
  std::vector<::gannet::protocol::stop_replica_request_stop_replica_topic_state> topic_states{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::stop_replica_request&) const = default;
};

// stop_replica_response::stop_replica_partition_error
struct stop_replica_response_stop_replica_partition_error {
  // The topic name.
  std::string topic_name = "";
  // The partition index.
  std::int32_t partition_index = 0;
  // The partition error code, or 0 if there was no partition error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::stop_replica_response_stop_replica_partition_error&) const = default;
};

// StopReplicaResponse: response (api key 5), versions 0-4, flexible 2+.
struct stop_replica_response {
  using stop_replica_partition_error = ::gannet::protocol::stop_replica_response_stop_replica_partition_error;

  static constexpr std::int16_t message_api_key = 5;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The top-level error code, or 0 if there was no top-level error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The responses for each partition.
  std::vector<::gannet::protocol::stop_replica_response_stop_replica_partition_error> partition_errors{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::stop_replica_response&) const = default;
};

}  // namespace gannet::protocol
