// generated from DescribeProducersRequest.json, DescribeProducersResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// describe_producers_request::topic_request
struct describe_producers_request_topic_request {
  // The topic name.
  std::string name = "";
  // The indexes of the partitions to list producers for.
  std::vector<std::int32_t> partition_indexes{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_producers_request_topic_request&) const = default;
};

// DescribeProducersRequest: request (api key 61), versions 0-0, flexible 0+.
struct describe_producers_request {
  using topic_request = ::gannet::protocol::describe_producers_request_topic_request;

  static constexpr std::int16_t message_api_key = 61;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  std::vector<::gannet::protocol::describe_producers_request_topic_request> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_producers_request&) const = default;
};

// describe_producers_response::producer_state
struct describe_producers_response_producer_state {
  std::int64_t producer_id = 0;
  std::int32_t producer_epoch = 0;
  std::int32_t last_sequence = -1;
  std::int64_t last_timestamp = -1;
  std::int32_t coordinator_epoch = 0;
  std::int64_t current_txn_start_offset = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_producers_response_producer_state&) const = default;
};

// describe_producers_response::partition_response
struct describe_producers_response_partition_response {
  // The partition index.
  std::int32_t partition_index = 0;
  // The partition error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The partition error message, which may be null if no additional details are available (nullable
  // 0+)
  std::optional<std::string> error_message = std::nullopt;
  std::vector<::gannet::protocol::describe_producers_response_producer_state> active_producers{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_producers_response_partition_response&) const = default;
};

// describe_producers_response::topic_response
struct describe_producers_response_topic_response {
  // The topic name
  std::string name = "";
  // Each partition in the response.
  std::vector<::gannet::protocol::describe_producers_response_partition_response> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_producers_response_topic_response&) const = default;
};

// DescribeProducersResponse: response (api key 61), versions 0-0, flexible 0+.
struct describe_producers_response {
  using producer_state = ::gannet::protocol::describe_producers_response_producer_state;
  using partition_response = ::gannet::protocol::describe_producers_response_partition_response;
  using topic_response = ::gannet::protocol::describe_producers_response_topic_response;

  static constexpr std::int16_t message_api_key = 61;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // Each topic in the response.
  std::vector<::gannet::protocol::describe_producers_response_topic_response> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_producers_response&) const = default;
};

}  // namespace gannet::protocol
