// generated from CreatePartitionsRequest.json, CreatePartitionsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// create_partitions_request::create_partitions_assignment
struct create_partitions_request_create_partitions_assignment {
  // The assigned broker IDs.
  std::vector<std::int32_t> broker_ids{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_partitions_request_create_partitions_assignment&) const = default;
};

// create_partitions_request::create_partitions_topic
struct create_partitions_request_create_partitions_topic {
  // The topic name.
  std::string name = "";
  // The new partition count.
  std::int32_t count = 0;
  // The new partition assignments. (nullable 0+)
  std::optional<std::vector<::gannet::protocol::create_partitions_request_create_partitions_assignment>> assignments = std::vector<::gannet::protocol::create_partitions_request_create_partitions_assignment>{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_partitions_request_create_partitions_topic&) const = default;
};

// CreatePartitionsRequest: request (api key 37), versions 0-3, flexible 2+.
struct create_partitions_request {
  using create_partitions_assignment = ::gannet::protocol::create_partitions_request_create_partitions_assignment;
  using create_partitions_topic = ::gannet::protocol::create_partitions_request_create_partitions_topic;

  static constexpr std::int16_t message_api_key = 37;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // Each topic that we want to create new partitions inside.
  std::vector<::gannet::protocol::create_partitions_request_create_partitions_topic> topics{};
  // The time in ms to wait for the partitions to be created.
  std::int32_t timeout_ms = 0;
  // If true, then validate the request, but don't actually increase the number of partitions.
  bool validate_only = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_partitions_request&) const = default;
};

// create_partitions_response::create_partitions_topic_result
struct create_partitions_response_create_partitions_topic_result {
  // The topic name.
  std::string name = "";
  // The result error, or zero if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The result message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_partitions_response_create_partitions_topic_result&) const = default;
};

// CreatePartitionsResponse: response (api key 37), versions 0-3, flexible 2+.
struct create_partitions_response {
  using create_partitions_topic_result = ::gannet::protocol::create_partitions_response_create_partitions_topic_result;

  static constexpr std::int16_t message_api_key = 37;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The partition creation results for each topic.
  std::vector<::gannet::protocol::create_partitions_response_create_partitions_topic_result> results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_partitions_response&) const = default;
};

}  // namespace gannet::protocol
