// generated from KRaftVersionRecord.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// KRaftVersionRecord: data, versions 0-0, flexible 0+.
struct k_raft_version_record {
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The version of the kraft version record
  std::int16_t version = 0;
  // The kraft protocol version
  std::int16_t k_raft_version = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::k_raft_version_record&) const = default;
};

}  // namespace gannet::protocol
