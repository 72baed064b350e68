// generated from AddRaftVoterRequest.json, AddRaftVoterResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// add_raft_voter_request::listener
struct add_raft_voter_request_listener {
  // The name of the endpoint
  std::string name = "";
  // The hostname
  std::string host = "";
  // The port
  std::uint16_t port = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::add_raft_voter_request_listener&) const = default;
};

// AddRaftVoterRequest: request (api key 80), versions 0-0, flexible 0+.
struct add_raft_voter_request {
  using listener = ::gannet::protocol::add_raft_voter_request_listener;

  static constexpr std::int16_t message_api_key = 80;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // (nullable 0+)
  std::optional<std::string> cluster_id = std::string();
  std::int32_t timeout_ms = 0;
  // The replica id of the voter getting added to the topic partition
  std::int32_t voter_id = 0;
  // The directory id of the voter getting added to the topic partition
  ::gannet::protocol::uuid voter_directory_id{};
  // The endpoints that can be used to communicate with the voter
  std::vector<::gannet::protocol::add_raft_voter_request_listener> listeners{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::add_raft_voter_request&) const = default;
};

// AddRaftVoterResponse: response (api key 80), versions 0-0, flexible 0+.
struct add_raft_voter_response {
  static constexpr std::int16_t message_api_key = 80;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::add_raft_voter_response&) const = default;
};

}  // namespace gannet::protocol
