// generated from GroupMetadataValue.json; do not edit
#pragma once
// A Kafka internal topic record (key or value, without its int16 version
// prefix); format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// group_metadata_value::member_metadata
struct group_metadata_value_member_metadata {
  std::string member_id = "";
  // (versions 3+, nullable 3+)
  std::optional<std::string> group_instance_id = std::nullopt;
  std::string client_id = "";
  std::string client_host = "";
  // (versions 1+)
  std::int32_t rebalance_timeout = -1;
  std::int32_t session_timeout = 0;
  std::vector<std::uint8_t> subscription{};
  std::vector<std::uint8_t> assignment{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::group_metadata_value_member_metadata&) const = default;
};

// GroupMetadataValue: data, versions 0-4, flexible 4+.
struct group_metadata_value {
  using member_metadata = ::gannet::protocol::group_metadata_value_member_metadata;

  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 4;

  std::string protocol_type = "";
  std::int32_t generation = 0;
  // (nullable 0+)
  std::optional<std::string> protocol = std::string();
  // (nullable 0+)
  std::optional<std::string> leader = std::string();
  // (versions 2+)
  std::int64_t current_state_timestamp = -1;
  std::vector<::gannet::protocol::group_metadata_value_member_metadata> members{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::group_metadata_value&) const = default;
};

}  // namespace gannet::protocol
