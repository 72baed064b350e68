// generated from LeaderChangeMessage.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// leader_change_message::voter
struct leader_change_message_voter {
  std::int32_t voter_id = 0;
  // The directory id of the voter (versions 1+)
  ::gannet::protocol::uuid voter_directory_id{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::leader_change_message_voter&) const = default;
};

// LeaderChangeMessage: data, versions 0-1, flexible 0+.
struct leader_change_message {
  using voter = ::gannet::protocol::leader_change_message_voter;

  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The version of the leader change message
  std::int16_t version = 0;
  // The ID of the newly elected leader
  std::int32_t leader_id = 0;
  // The set of voters in the quorum for this epoch
  std::vector<::gannet::protocol::leader_change_message_voter> voters{};
  // The voters who voted for the leader at the time of election
  std::vector<::gannet::protocol::leader_change_message_voter> granting_voters{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::leader_change_message&) const = default;
};

}  // namespace gannet::protocol
