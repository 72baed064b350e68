// generated from AlterPartitionRequest.json, AlterPartitionResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// alter_partition_request::broker_state
struct alter_partition_request_broker_state {
  // The ID of the broker. (versions 3+)
  std::int32_t broker_id = 0;
  // The epoch of the broker. It will be -1 if the epoch check is not supported. (versions 3+)
  std::int64_t broker_epoch = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_partition_request_broker_state&) const = default;
};

// alter_partition_request::partition_data
struct alter_partition_request_partition_data {
  // The partition index
  std::int32_t partition_index = 0;
  // The leader epoch of this partition
  std::int32_t leader_epoch = 0;
  // The ISR for this partition. Deprecated since version 3. (versions 0-2)
  std::vector<std::int32_t> new_isr{};
  // (versions 3+)
  std::vector<::gannet::protocol::alter_partition_request_broker_state> new_isr_with_epochs{};
  // 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 1+)
  std::int8_t leader_recovery_state = 0;
  // The expected epoch of the partition which is being updated. For legacy cluster this is the
  // ZkVersion in the LeaderAndIsr request.
  std::int32_t partition_epoch = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_partition_request_partition_data&) const = default;
};

// alter_partition_request::topic_data
struct alter_partition_request_topic_data {
  // The name of the topic to alter ISRs for (versions 0-1)
  std::string topic_name = "";
  // The ID of the topic to alter ISRs for (versions 2+)
  ::gannet::protocol::uuid topic_id{};
  std::vector<::gannet::protocol::alter_partition_request_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_partition_request_topic_data&) const = default;
};

// AlterPartitionRequest: request (api key 56), versions 0-3, flexible 0+.
struct alter_partition_request {
  using broker_state = ::gannet::protocol::alter_partition_request_broker_state;
  using partition_data = ::gannet::protocol::alter_partition_request_partition_data;
  using topic_data = ::gannet::protocol::alter_partition_request_topic_data;

  static constexpr std::int16_t message_api_key = 56;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The ID of the requesting broker
  std::int32_t broker_id = 0;
  // The epoch of the requesting broker
  std::int64_t broker_epoch = -1;
  std::vector<::gannet::protocol::alter_partition_request_topic_data> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_partition_request&) const = default;
};

// alter_partition_response::partition_data
struct alter_partition_response_partition_data {
  // The partition index
  std::int32_t partition_index = 0;
  // The partition level error code
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The broker ID of the leader.
  std::int32_t leader_id = 0;
  // The leader epoch.
  std::int32_t leader_epoch = 0;
  // The in-sync replica IDs.
  std::vector<std::int32_t> isr{};
  // 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 1+)
  std::int8_t leader_recovery_state = 0;
  // The current epoch for the partition for KRaft controllers. The current ZK version for the
  // legacy controllers.
  std::int32_t partition_epoch = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_partition_response_partition_data&) const = default;
};

// alter_partition_response::topic_data
struct alter_partition_response_topic_data {
  // The name of the topic (versions 0-1)
  std::string topic_name = "";
  // The ID of the topic (versions 2+)
  ::gannet::protocol::uuid topic_id{};
  std::vector<::gannet::protocol::alter_partition_response_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_partition_response_topic_data&) const = default;
};

// AlterPartitionResponse: response (api key 56), versions 0-3, flexible 0+.
struct alter_partition_response {
  using partition_data = ::gannet::protocol::alter_partition_response_partition_data;
  using topic_data = ::gannet::protocol::alter_partition_response_topic_data;

  static constexpr std::int16_t message_api_key = 56;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 3;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The top level response error code
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  std::vector<::gannet::protocol::alter_partition_response_topic_data> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_partition_response&) const = default;
};

}  // namespace gannet::protocol
