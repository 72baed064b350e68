// generated from ConsumerProtocolAssignment.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// consumer_protocol_assignment::topic_partition
struct consumer_protocol_assignment_topic_partition {
  std::string topic = "";
  std::vector<std::int32_t> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::consumer_protocol_assignment_topic_partition&) const = default;
};

// ConsumerProtocolAssignment: data, versions 0-3, flexible none.
struct consumer_protocol_assignment {
  using topic_partition = ::gannet::protocol::consumer_protocol_assignment_topic_partition;

  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = -1;

  std::vector<::gannet::protocol::consumer_protocol_assignment_topic_partition> assigned_partitions{};
  // (nullable 0+)
  std::optional<std::vector<std::uint8_t>> user_data = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::consumer_protocol_assignment&) const = default;
};

}  // namespace gannet::protocol
