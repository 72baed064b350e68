// generated from ShareAcknowledgeRequest.json, ShareAcknowledgeResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// share_acknowledge_request::acknowledgement_batch
struct share_acknowledge_request_acknowledgement_batch {
  // First offset of batch of records to acknowledge.
  std::int64_t first_offset = 0;
  // Last offset (inclusive) of batch of records to acknowledge.
  std::int64_t last_offset = 0;
  // Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject.
  std::vector<std::int8_t> acknowledge_types{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_acknowledge_request_acknowledgement_batch&) const = default;
};

// share_acknowledge_request::acknowledge_partition
struct share_acknowledge_request_acknowledge_partition {
  // The partition index.
  std::int32_t partition_index = 0;
  // Record batches to acknowledge.
  std::vector<::gannet::protocol::share_acknowledge_request_acknowledgement_batch> acknowledgement_batches{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_acknowledge_request_acknowledge_partition&) const = default;
};

// share_acknowledge_request::acknowledge_topic
struct share_acknowledge_request_acknowledge_topic {
  // The unique topic ID.
  ::gannet::protocol::uuid topic_id{};
  // The partitions containing records to acknowledge.
  std::vector<::gannet::protocol::share_acknowledge_request_acknowledge_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_acknowledge_request_acknowledge_topic&) const = default;
};

// ShareAcknowledgeRequest: request (api key 79), versions 0-0, flexible 0+.
struct share_acknowledge_request {
  using acknowledgement_batch = ::gannet::protocol::share_acknowledge_request_acknowledgement_batch;
  using acknowledge_partition = ::gannet::protocol::share_acknowledge_request_acknowledge_partition;
  using acknowledge_topic = ::gannet::protocol::share_acknowledge_request_acknowledge_topic;

  static constexpr std::int16_t message_api_key = 79;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The group identifier. (nullable 0+)
  std::optional<std::string> group_id = std::nullopt;
  // The member ID. (nullable 0+)
  std::optional<std::string> member_id = std::string();
  // The current share session epoch: 0 to open a share session; -1 to close it; otherwise
  // increments for consecutive requests.
  std::int32_t share_session_epoch = 0;
  // The topics containing records to acknowledge.
  std::vector<::gannet::protocol::share_acknowledge_request_acknowledge_topic> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_acknowledge_request&) const = default;
};

// share_acknowledge_response::leader_id_and_epoch
struct share_acknowledge_response_leader_id_and_epoch {
  // The ID of the current leader or -1 if the leader is unknown.
  std::int32_t leader_id = 0;
  // The latest known leader epoch.
  std::int32_t leader_epoch = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_acknowledge_response_leader_id_and_epoch&) const = default;
};

// share_acknowledge_response::partition_data
struct share_acknowledge_response_partition_data {
  // The partition index.
  std::int32_t partition_index = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::nullopt;
  ::gannet::protocol::share_acknowledge_response_leader_id_and_epoch current_leader{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_acknowledge_response_partition_data&) const = default;
};

// share_acknowledge_response::share_acknowledge_topic_response
struct share_acknowledge_response_share_acknowledge_topic_response {
  // The unique topic ID.
  ::gannet::protocol::uuid topic_id{};
  // The topic partitions.
  std::vector<::gannet::protocol::share_acknowledge_response_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_acknowledge_response_share_acknowledge_topic_response&) const = default;
};

// share_acknowledge_response::node_endpoint
struct share_acknowledge_response_node_endpoint {
  // The ID of the associated node.
  std::int32_t node_id = 0;
  // The node's hostname.
  std::string host = "";
  // The node's port.
  std::int32_t port = 0;
  // The rack of the node, or null if it has not been assigned to a rack. (nullable 0+)
  std::optional<std::string> rack = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_acknowledge_response_node_endpoint&) const = default;
};

// ShareAcknowledgeResponse: response (api key 79), versions 0-0, flexible 0+.
struct share_acknowledge_response {
  using leader_id_and_epoch = ::gannet::protocol::share_acknowledge_response_leader_id_and_epoch;
  using partition_data = ::gannet::protocol::share_acknowledge_response_partition_data;
  using share_acknowledge_topic_response = ::gannet::protocol::share_acknowledge_response_share_acknowledge_topic_response;
  using node_endpoint = ::gannet::protocol::share_acknowledge_response_node_endpoint;

  static constexpr std::int16_t message_api_key = 79;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The top level response error code.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The top-level error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::nullopt;
  // The response topics.
  std::vector<::gannet::protocol::share_acknowledge_response_share_acknowledge_topic_response> responses{};
  // Endpoints for all current leaders enumerated in PartitionData with error
  // NOT_LEADER_OR_FOLLOWER.
  std::vector<::gannet::protocol::share_acknowledge_response_node_endpoint> node_endpoints{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_acknowledge_response&) const = default;
};

}  // namespace gannet::protocol
