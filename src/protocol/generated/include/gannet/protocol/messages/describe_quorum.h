// generated from DescribeQuorumRequest.json, DescribeQuorumResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// describe_quorum_request::partition_data
struct describe_quorum_request_partition_data {
  // The partition index.
  std::int32_t partition_index = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_quorum_request_partition_data&) const = default;
};

// describe_quorum_request::topic_data
struct describe_quorum_request_topic_data {
  // The topic name.
  std::string topic_name = "";
  std::vector<::gannet::protocol::describe_quorum_request_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_quorum_request_topic_data&) const = default;
};

// DescribeQuorumRequest: request (api key 55), versions 0-2, flexible 0+.
struct describe_quorum_request {
  using partition_data = ::gannet::protocol::describe_quorum_request_partition_data;
  using topic_data = ::gannet::protocol::describe_quorum_request_topic_data;

  static constexpr std::int16_t message_api_key = 55;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 0;

  std::vector<::gannet::protocol::describe_quorum_request_topic_data> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_quorum_request&) const = default;
};

// describe_quorum_response::replica_state
struct describe_quorum_response_replica_state {
  std::int32_t replica_id = 0;
  // (versions 2+)
  ::gannet::protocol::uuid replica_directory_id{};
  // The last known log end offset of the follower or -1 if it is unknown
  std::int64_t log_end_offset = 0;
  // The last known leader wall clock time time when a follower fetched from the leader. This is
  // reported as -1 both for the current leader or if it is unknown for a voter (versions 1+)
  std::int64_t last_fetch_timestamp = -1;
  // The leader wall clock append time of the offset for which the follower made the most recent
  // fetch request. This is reported as the current time for the leader and -1 if unknown for a
  // voter (versions 1+)
  std::int64_t last_caught_up_timestamp = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_quorum_response_replica_state&) const = default;
};

// describe_quorum_response::partition_data
struct describe_quorum_response_partition_data {
  // The partition index.
  std::int32_t partition_index = 0;
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if there was no error. (versions 2+, nullable 2+)
  std::optional<std::string> error_message = std::string();
  // The ID of the current leader or -1 if the leader is unknown.
  std::int32_t leader_id = 0;
  // The latest known leader epoch
  std::int32_t leader_epoch = 0;
  std::int64_t high_watermark = 0;
  std::vector<::gannet::protocol::describe_quorum_response_replica_state> current_voters{};
  std::vector<::gannet::protocol::describe_quorum_response_replica_state> observers{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_quorum_response_partition_data&) const = default;
};

// describe_quorum_response::topic_data
struct describe_quorum_response_topic_data {
  // The topic name.
  std::string topic_name = "";
  std::vector<::gannet::protocol::describe_quorum_response_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_quorum_response_topic_data&) const = default;
};

// describe_quorum_response::listener
struct describe_quorum_response_listener {
  // The name of the endpoint (versions 2+)
  std::string name = "";
  // The hostname (versions 2+)
  std::string host = "";
  // The port (versions 2+)
  std::uint16_t port = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_quorum_response_listener&) const = default;
};

// describe_quorum_response::node
struct describe_quorum_response_node {
  // The ID of the associated node (versions 2+)
  std::int32_t node_id = 0;
  // The listeners of this controller (versions 2+)
  std::vector<::gannet::protocol::describe_quorum_response_listener> listeners{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_quorum_response_node&) const = default;
};

// DescribeQuorumResponse: response (api key 55), versions 0-2, flexible 0+.
struct describe_quorum_response {
  using replica_state = ::gannet::protocol::describe_quorum_response_replica_state;
  using partition_data = ::gannet::protocol::describe_quorum_response_partition_data;
  using topic_data = ::gannet::protocol::describe_quorum_response_topic_data;
  using listener = ::gannet::protocol::describe_quorum_response_listener;
  using node = ::gannet::protocol::describe_quorum_response_node;

  static constexpr std::int16_t message_api_key = 55;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The top level error code.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if there was no error. (versions 2+, nullable 2+)
  std::optional<std::string> error_message = std::string();
  std::vector<::gannet::protocol::describe_quorum_response_topic_data> topics{};
  // (versions 2+)
  std::vector<::gannet::protocol::describe_quorum_response_node> nodes{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_quorum_response&) const = default;
};

}  // namespace gannet::protocol
