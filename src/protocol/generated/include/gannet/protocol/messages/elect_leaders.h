// generated from ElectLeadersRequest.json, ElectLeadersResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// elect_leaders_request::topic_partitions_data
struct elect_leaders_request_topic_partitions {
  // The name of a topic.
  std::string topic = "";
  // The partitions of this topic whose leader should be elected.
  std::vector<std::int32_t> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::elect_leaders_request_topic_partitions&) const = default;
};

// ElectLeadersRequest: request (api key 43), versions 0-2, flexible 2+.
struct elect_leaders_request {
  using topic_partitions_data = ::gannet::protocol::elect_leaders_request_topic_partitions;

  static constexpr std::int16_t message_api_key = 43;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A
  // value of '1' elects the first live replica if there are no in-sync replica. (versions 1+)
  std::int8_t election_type = 0;
  // The topic partitions to elect leaders. (nullable 0+)
  std::optional<std::vector<::gannet::protocol::elect_leaders_request_topic_partitions>> topic_partitions = std::vector<::gannet::protocol::elect_leaders_request_topic_partitions>{};
  // The time in ms to wait for the election to complete.
  std::int32_t timeout_ms = 60000;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::elect_leaders_request&) const = default;
};

// elect_leaders_response::partition_result
struct elect_leaders_response_partition_result {
  // The partition id
  std::int32_t partition_id = 0;
  // The result error, or zero if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The result message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::elect_leaders_response_partition_result&) const = default;
};

// elect_leaders_response::replica_election_result
struct elect_leaders_response_replica_election_result {
  // The topic name
  std::string topic = "";
  // The results for each partition
  std::vector<::gannet::protocol::elect_leaders_response_partition_result> partition_result{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::elect_leaders_response_replica_election_result&) const = default;
};

// ElectLeadersResponse: response (api key 43), versions 0-2, flexible 2+.
struct elect_leaders_response {
  using partition_result = ::gannet::protocol::elect_leaders_response_partition_result;
  using replica_election_result = ::gannet::protocol::elect_leaders_response_replica_election_result;

  static constexpr std::int16_t message_api_key = 43;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The top level response error code. (versions 1+)
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The election results, or an empty array if the requester did not have permission and the
  // request asks for all partitions.
  std::vector<::gannet::protocol::elect_leaders_response_replica_election_result> replica_election_results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::elect_leaders_response&) const = default;
};

}  // namespace gannet::protocol
