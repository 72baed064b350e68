// generated from OffsetCommitValue.json; do not edit
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

// OffsetCommitValue: data, versions 0-4, flexible 4+.
struct offset_commit_value {
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 4;

  std::int64_t offset = 0;
  // (versions 3+)
  std::int32_t leader_epoch = -1;
  std::string metadata = "";
  std::int64_t commit_timestamp = 0;
  // (versions 1-1)
  std::int64_t expire_timestamp = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::offset_commit_value&) const = default;
};

}  // namespace gannet::protocol
