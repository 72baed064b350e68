// generated from GroupMetadataKey.json; do not edit
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

// GroupMetadataKey: data, versions 2-2, flexible none.
struct group_metadata_key {
  static constexpr std::int16_t message_min_version = 2;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = -1;

  // (versions 2-2)
  std::string group = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::group_metadata_key&) const = default;
};

}  // namespace gannet::protocol
