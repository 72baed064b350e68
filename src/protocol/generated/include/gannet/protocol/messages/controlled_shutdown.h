// generated from ControlledShutdownRequest.json, ControlledShutdownResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// ControlledShutdownRequest: request (api key 7), versions 0-3, flexible 3+.
struct controlled_shutdown_request {
  static constexpr std::int16_t message_api_key = 7;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // The id of the broker for which controlled shutdown has been requested.
  std::int32_t broker_id = 0;
  // The broker epoch. (versions 2+)
  std::int64_t broker_epoch = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::controlled_shutdown_request&) const = default;
};

// controlled_shutdown_response::remaining_partition
struct controlled_shutdown_response_remaining_partition {
  // The name of the topic.
  std::string topic_name = "";
  // The index of the partition.
  std::int32_t partition_index = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::controlled_shutdown_response_remaining_partition&) const = default;
};

// ControlledShutdownResponse: response (api key 7), versions 0-3, flexible 3+.
struct controlled_shutdown_response {
  using remaining_partition = ::gannet::protocol::controlled_shutdown_response_remaining_partition;

  static constexpr std::int16_t message_api_key = 7;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // The top-level error code.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The partitions that the broker still leads.
  std::vector<::gannet::protocol::controlled_shutdown_response_remaining_partition> remaining_partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::controlled_shutdown_response&) const = default;
};

}  // namespace gannet::protocol
