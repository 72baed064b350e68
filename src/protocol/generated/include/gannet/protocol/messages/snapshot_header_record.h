// generated from SnapshotHeaderRecord.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// SnapshotHeaderRecord: data, versions 0-0, flexible 0+.
struct snapshot_header_record {
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The version of the snapshot header record
  std::int16_t version = 0;
  // The append time of the last record from the log contained in this snapshot
  std::int64_t last_contained_log_timestamp = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::snapshot_header_record&) const = default;
};

}  // namespace gannet::protocol
