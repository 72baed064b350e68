// generated from OffsetCommitKey.json; do not edit
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

// OffsetCommitKey: data, versions 0-1, flexible none.
struct offset_commit_key {
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = -1;

  // (versions 0-1)
  std::string group = "";
  // (versions 0-1)
  std::string topic = "";
  // (versions 0-1)
  std::int32_t partition = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_commit_key&) const = default;
};

}  // namespace gannet::protocol
