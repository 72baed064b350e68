// generated from UpdateRaftVoterRequest.json, UpdateRaftVoterResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// update_raft_voter_request::listener
struct update_raft_voter_request_listener {
  // The name of the endpoint
  std::string name = "";
  // The hostname
  std::string host = "";
  // The port
  std::uint16_t port = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_raft_voter_request_listener&) const = default;
};

// update_raft_voter_request::k_raft_version_feature_data
struct update_raft_voter_request_k_raft_version_feature {
  // The minimum supported KRaft protocol version
  std::int16_t min_supported_version = 0;
  // The maximum supported KRaft protocol version
  std::int16_t max_supported_version = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_raft_voter_request_k_raft_version_feature&) const = default;
};

// UpdateRaftVoterRequest: request (api key 82), versions 0-0, flexible 0+.
struct update_raft_voter_request {
  using listener = ::gannet::protocol::update_raft_voter_request_listener;
  using k_raft_version_feature_data = ::gannet::protocol::update_raft_voter_request_k_raft_version_feature;

  static constexpr std::int16_t message_api_key = 82;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // (nullable 0+)
  std::optional<std::string> cluster_id = std::string();
  // The current leader epoch of the partition, -1 for unknown leader epoch
  std::int32_t current_leader_epoch = 0;
  // The replica id of the voter getting updated in the topic partition
  std::int32_t voter_id = 0;
  // The directory id of the voter getting updated in the topic partition
  ::gannet::protocol::uuid voter_directory_id{};
  // The endpoint that can be used to communicate with the leader
  std::vector<::gannet::protocol::update_raft_voter_request_listener> listeners{};
  // The range of versions of the protocol that the replica supports
  ::gannet::protocol::update_raft_voter_request_k_raft_version_feature k_raft_version_feature{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_raft_voter_request&) const = default;
};

// update_raft_voter_response::current_leader_data
struct update_raft_voter_response_current_leader {
  // The replica id of the current leader or -1 if the leader is unknown
  std::int32_t leader_id = -1;
  // The latest known leader epoch
  std::int32_t leader_epoch = -1;
  // The node's hostname
  std::string host = "";
  // The node's port
  std::int32_t port = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_raft_voter_response_current_leader&) const = default;
};

// UpdateRaftVoterResponse: response (api key 82), versions 0-0, flexible 0+.
struct update_raft_voter_response {
  using current_leader_data = ::gannet::protocol::update_raft_voter_response_current_leader;

  static constexpr std::int16_t message_api_key = 82;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // (tag 0)
  ::gannet::protocol::update_raft_voter_response_current_leader current_leader{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_raft_voter_response&) const = default;
};

}  // namespace gannet::protocol
