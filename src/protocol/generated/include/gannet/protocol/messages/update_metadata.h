// generated from UpdateMetadataRequest.json, UpdateMetadataResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// update_metadata_request::update_metadata_partition_state
struct update_metadata_request_update_metadata_partition_state {
  // In older versions of this RPC, the topic name. (versions 0-4)
  std::string topic_name = "";
  // The partition index.
  std::int32_t partition_index = 0;
  // The controller epoch.
  std::int32_t controller_epoch = 0;
  // The ID of the broker which is the current partition leader.
  std::int32_t leader = 0;
  // The leader epoch of this partition.
  std::int32_t leader_epoch = 0;
  // The brokers which are in the ISR for this partition.
  std::vector<std::int32_t> isr{};
  // The Zookeeper version.
  std::int32_t zk_version = 0;
  // All the replicas of this partition.
  std::vector<std::int32_t> replicas{};
  // The replicas of this partition which are offline. (versions 4+)
  std::vector<std::int32_t> offline_replicas{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_metadata_request_update_metadata_partition_state&) const = default;
};

// update_metadata_request::update_metadata_topic_state
struct update_metadata_request_update_metadata_topic_state {
  // The topic name. (versions 5+)
  std::string topic_name = "";
  // The topic id. (versions 7+)
  ::gannet::protocol::uuid topic_id{};
  // The partition that we would like to update. (versions 5+)
  std::vector<::gannet::protocol::update_metadata_request_update_metadata_partition_state> partition_states{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_metadata_request_update_metadata_topic_state&) const = default;
};

// update_metadata_request::update_metadata_endpoint
struct update_metadata_request_update_metadata_endpoint {
  // The port of this endpoint (versions 1+)
  std::int32_t port = 0;
  // The hostname of this endpoint (versions 1+)
  std::string host = "";
  // The listener name. (versions 3+)
  std::string listener = "";
  // The security protocol type. (versions 1+)
  std::int16_t security_protocol = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_metadata_request_update_metadata_endpoint&) const = default;
};

// update_metadata_request::update_metadata_broker
struct update_metadata_request_update_metadata_broker {
  // The broker id.
  std::int32_t id = 0;
  // The broker hostname. (versions 0-0)
  std::string v0_host = "";
  // The broker port. (versions 0-0)
  std::int32_t v0_port = 0;
  // The broker endpoints. (versions 1+)
  std::vector<::gannet::protocol::update_metadata_request_update_metadata_endpoint> endpoints{};
  // The rack which this broker belongs to. (versions 2+, nullable 0+)
  std::optional<std::string> rack = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_metadata_request_update_metadata_broker&) const = default;
};

// UpdateMetadataRequest: request (api key 6), versions 0-8, flexible 6+.
struct update_metadata_request {
  using update_metadata_partition_state = ::gannet::protocol::update_metadata_request_update_metadata_partition_state;
  using update_metadata_topic_state = ::gannet::protocol::update_metadata_request_update_metadata_topic_state;
  using update_metadata_endpoint = ::gannet::protocol::update_metadata_request_update_metadata_endpoint;
  using update_metadata_broker = ::gannet::protocol::update_metadata_request_update_metadata_broker;

  static constexpr std::int16_t message_api_key = 6;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 8;
  static constexpr std::int16_t message_first_flexible_version = 6;

  // The controller id.
  std::int32_t controller_id = 0;
  // If KRaft controller id is used during migration. See KIP-866 (versions 8+)
  bool is_k_raft_controller = false;
  // Indicates if this request is a Full metadata snapshot (2), Incremental (1), or Unknown (0).
  // Using during ZK migration, see KIP-866 (versions 8+, tag 0)
  std::int8_t type = 0;
  // The controller epoch.
  std::int32_t controller_epoch = 0;
  // The broker epoch. (versions 5+)
  std::int64_t broker_epoch = -1;
  // In older versions of this RPC, each partition that we would like to update. (versions 0-4)
  std::vector<::gannet::protocol::update_metadata_request_update_metadata_partition_state> ungrouped_partition_states{};
  // In newer versions of this RPC, each topic that we would like to update. (versions 5+)
  std::vector<::gannet::protocol::update_metadata_request_update_metadata_topic_state> topic_states{};
  std::vector<::gannet::protocol::update_metadata_request_update_metadata_broker> live_brokers{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_metadata_request&) const = default;
};

// UpdateMetadataResponse: response (api key 6), versions 0-8, flexible 6+.
struct update_metadata_response {
  static constexpr std::int16_t message_api_key = 6;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 8;
  static constexpr std::int16_t message_first_flexible_version = 6;

  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_metadata_response&) const = default;
};

}  // namespace gannet::protocol
