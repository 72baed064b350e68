// generated from LeaderAndIsrRequest.json, LeaderAndIsrResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// leader_and_isr_request::leader_and_isr_partition_state
struct leader_and_isr_request_leader_and_isr_partition_state {
  // The topic name. This is only present in v0 or v1. (versions 0-1)
  std::string topic_name = "";
  // The partition index.
  std::int32_t partition_index = 0;
  // The controller epoch.
  std::int32_t controller_epoch = 0;
  // The broker ID of the leader.
  std::int32_t leader = 0;
  // The leader epoch.
  std::int32_t leader_epoch = 0;
  // The in-sync replica IDs.
  std::vector<std::int32_t> isr{};
  // The current epoch for the partition. The epoch is a monotonically increasing value which is
  // incremented after every partition change. (Since the LeaderAndIsr request is only used by the
  // legacy controller, this corresponds to the zkVersion)
  std::int32_t partition_epoch = 0;
  // The replica IDs.
  std::vector<std::int32_t> replicas{};
  // The replica IDs that we are adding this partition to, or null if no replicas are being added.
  // (versions 3+)
  std::vector<std::int32_t> adding_replicas{};
  // The replica IDs that we are removing this partition from, or null if no replicas are being
  // removed. (versions 3+)
  std::vector<std::int32_t> removing_replicas{};
  // Whether the replica should have existed on the broker or not. (versions 1+)
  bool is_new = false;
  // 1 if the partition is recovering from an unclean leader election; 0 otherwise. (versions 6+)
  std::int8_t leader_recovery_state = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::leader_and_isr_request_leader_and_isr_partition_state&) const = default;
};

// leader_and_isr_request::leader_and_isr_topic_state
struct leader_and_isr_request_leader_and_isr_topic_state {
  // The topic name. (versions 2+)
  std::string topic_name = "";
  // The unique topic ID. (versions 5+)
  ::gannet::protocol::uuid topic_id{};
  // The state of each partition (versions 2+)
  std::vector<::gannet::protocol::leader_and_isr_request_leader_and_isr_partition_state> partition_states{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::leader_and_isr_request_leader_and_isr_topic_state&) const = default;
};

// leader_and_isr_request::leader_and_isr_live_leader
struct leader_and_isr_request_leader_and_isr_live_leader {
  // The leader's broker ID.
  std::int32_t broker_id = 0;
  // The leader's hostname.
  std::string host_name = "";
  // The leader's port.
  std::int32_t port = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::leader_and_isr_request_leader_and_isr_live_leader&) const = default;
};

// LeaderAndIsrRequest: request (api key 4), versions 0-7, flexible 4+.
struct leader_and_isr_request {
  using leader_and_isr_partition_state = ::gannet::protocol::leader_and_isr_request_leader_and_isr_partition_state;
  using leader_and_isr_topic_state = ::gannet::protocol::leader_and_isr_request_leader_and_isr_topic_state;
  using leader_and_isr_live_leader = ::gannet::protocol::leader_and_isr_request_leader_and_isr_live_leader;

  static constexpr std::int16_t message_api_key = 4;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 7;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The current controller ID.
  std::int32_t controller_id = 0;
  // If KRaft controller id is used during migration. See KIP-866 (versions 7+)
  bool is_k_raft_controller = false;
  // The current controller epoch.
  std::int32_t controller_epoch = 0;
  // The current broker epoch. (versions 2+)
  std::int64_t broker_epoch = -1;
  // The type that indicates whether all topics are included in the request (versions 5+)
  std::int8_t type = 0;
  // The state of each partition, in a v0 or v1 message. (versions 0-1)
  std::vector<::gannet::protocol::leader_and_isr_request_leader_and_isr_partition_state> ungrouped_partition_states{};
  // Each topic. (versions 2+)
  std::vector<::gannet::protocol::leader_and_isr_request_leader_and_isr_topic_state> topic_states{};
  // The current live leaders.
  std::vector<::gannet::protocol::leader_and_isr_request_leader_and_isr_live_leader> live_leaders{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::leader_and_isr_request&) const = default;
};

// leader_and_isr_response::leader_and_isr_partition_error
struct leader_and_isr_response_leader_and_isr_partition_error {
  // The topic name. (versions 0-4)
  std::string topic_name = "";
  // The partition index.
  std::int32_t partition_index = 0;
  // The partition error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::leader_and_isr_response_leader_and_isr_partition_error&) const = default;
};

// leader_and_isr_response::leader_and_isr_topic_error
struct leader_and_isr_response_leader_and_isr_topic_error {
  // The unique topic ID (versions 5+)
  ::gannet::protocol::uuid topic_id{};
  // Each partition. (versions 5+)
  std::vector<::gannet::protocol::leader_and_isr_response_leader_and_isr_partition_error> partition_errors{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::leader_and_isr_response_leader_and_isr_topic_error&) const = default;
};

// LeaderAndIsrResponse: response (api key 4), versions 0-7, flexible 4+.
struct leader_and_isr_response {
  using leader_and_isr_partition_error = ::gannet::protocol::leader_and_isr_response_leader_and_isr_partition_error;
  using leader_and_isr_topic_error = ::gannet::protocol::leader_and_isr_response_leader_and_isr_topic_error;

  static constexpr std::int16_t message_api_key = 4;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 7;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // Each partition in v0 to v4 message. (versions 0-4)
  std::vector<::gannet::protocol::leader_and_isr_response_leader_and_isr_partition_error> partition_errors{};
  // Each topic (versions 5+)
  std::vector<::gannet::protocol::leader_and_isr_response_leader_and_isr_topic_error> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::leader_and_isr_response&) const = default;
};

}  // namespace gannet::protocol
