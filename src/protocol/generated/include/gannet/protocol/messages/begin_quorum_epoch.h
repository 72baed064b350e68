// generated from BeginQuorumEpochRequest.json, BeginQuorumEpochResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// begin_quorum_epoch_request::partition_data
struct begin_quorum_epoch_request_partition_data {
  // The partition index
  std::int32_t partition_index = 0;
  // The directory id of the receiving replica (versions 1+)
  ::gannet::protocol::uuid voter_directory_id{};
  // The ID of the newly elected leader
  std::int32_t leader_id = 0;
  // The epoch of the newly elected leader
  std::int32_t leader_epoch = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::begin_quorum_epoch_request_partition_data&) const = default;
};

// begin_quorum_epoch_request::topic_data
struct begin_quorum_epoch_request_topic_data {
  // The topic name
  std::string topic_name = "";
  std::vector<::gannet::protocol::begin_quorum_epoch_request_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::begin_quorum_epoch_request_topic_data&) const = default;
};

// begin_quorum_epoch_request::leader_endpoint
struct begin_quorum_epoch_request_leader_endpoint {
  // The name of the endpoint (versions 1+)
  std::string name = "";
  // The node's hostname (versions 1+)
  std::string host = "";
  // The node's port (versions 1+)
  std::uint16_t port = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::begin_quorum_epoch_request_leader_endpoint&) const = default;
};

// BeginQuorumEpochRequest: request (api key 53), versions 0-1, flexible 1+.
struct begin_quorum_epoch_request {
  using partition_data = ::gannet::protocol::begin_quorum_epoch_request_partition_data;
  using topic_data = ::gannet::protocol::begin_quorum_epoch_request_topic_data;
  using leader_endpoint = ::gannet::protocol::begin_quorum_epoch_request_leader_endpoint;

  static constexpr std::int16_t message_api_key = 53;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 1;

  // (nullable 0+)
  std::optional<std::string> cluster_id = std::nullopt;
  // The replica id of the voter receiving the request (versions 1+)
  std::int32_t voter_id = -1;
  std::vector<::gannet::protocol::begin_quorum_epoch_request_topic_data> topics{};
  // Endpoints for the leader (versions 1+)
  std::vector<::gannet::protocol::begin_quorum_epoch_request_leader_endpoint> leader_endpoints{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::begin_quorum_epoch_request&) const = default;
};

// begin_quorum_epoch_response::partition_data
struct begin_quorum_epoch_response_partition_data {
  // The partition index.
  std::int32_t partition_index = 0;
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The ID of the current leader or -1 if the leader is unknown.
  std::int32_t leader_id = 0;
  // The latest known leader epoch
  std::int32_t leader_epoch = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::begin_quorum_epoch_response_partition_data&) const = default;
};

// begin_quorum_epoch_response::topic_data
struct begin_quorum_epoch_response_topic_data {
  // The topic name.
  std::string topic_name = "";
  std::vector<::gannet::protocol::begin_quorum_epoch_response_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::begin_quorum_epoch_response_topic_data&) const = default;
};

// begin_quorum_epoch_response::node_endpoint
struct begin_quorum_epoch_response_node_endpoint {
  // The ID of the associated node (versions 1+)
  std::int32_t node_id = 0;
  // The node's hostname (versions 1+)
  std::string host = "";
  // The node's port (versions 1+)
  std::uint16_t port = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::begin_quorum_epoch_response_node_endpoint&) const = default;
};

// BeginQuorumEpochResponse: response (api key 53), versions 0-1, flexible 1+.
struct begin_quorum_epoch_response {
  using partition_data = ::gannet::protocol::begin_quorum_epoch_response_partition_data;
  using topic_data = ::gannet::protocol::begin_quorum_epoch_response_topic_data;
  using node_endpoint = ::gannet::protocol::begin_quorum_epoch_response_node_endpoint;

  static constexpr std::int16_t message_api_key = 53;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 1;

  // The top level error code.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  std::vector<::gannet::protocol::begin_quorum_epoch_response_topic_data> topics{};
  // Endpoints for all leaders enumerated in PartitionData (versions 1+, tag 0)
  std::vector<::gannet::protocol::begin_quorum_epoch_response_node_endpoint> node_endpoints{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::begin_quorum_epoch_response&) const = default;
};

}  // namespace gannet::protocol
