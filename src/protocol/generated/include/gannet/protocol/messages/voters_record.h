// generated from VotersRecord.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// voters_record::endpoint
struct voters_record_endpoint {
  // The name of the endpoint
  std::string name = "";
  // The hostname
  std::string host = "";
  // The port
  std::uint16_t port = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::voters_record_endpoint&) const = default;
};

// voters_record::k_raft_version_feature
struct voters_record_k_raft_version_feature {
  // The minimum supported KRaft protocol version
  std::int16_t min_supported_version = 0;
  // The maximum supported KRaft protocol version
  std::int16_t max_supported_version = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::voters_record_k_raft_version_feature&) const = default;
};

// voters_record::voter
struct voters_record_voter {
  // The replica id of the voter in the topic partition
  std::int32_t voter_id = 0;
  // The directory id of the voter in the topic partition
  ::gannet::protocol::uuid voter_directory_id{};
  // The endpoint that can be used to communicate with the voter
  std::vector<::gannet::protocol::voters_record_endpoint> endpoints{};
  // The range of versions of the protocol that the replica supports
  ::gannet::protocol::voters_record_k_raft_version_feature k_raft_version_feature{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::voters_record_voter&) const = default;
};

// VotersRecord: data, versions 0-0, flexible 0+.
struct voters_record {
  using endpoint = ::gannet::protocol::voters_record_endpoint;
  using k_raft_version_feature = ::gannet::protocol::voters_record_k_raft_version_feature;
  using voter = ::gannet::protocol::voters_record_voter;

  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The version of the voters record
  std::int16_t version = 0;
  std::vector<::gannet::protocol::voters_record_voter> voters{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::voters_record&) const = default;
};

}  // namespace gannet::protocol
