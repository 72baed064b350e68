#pragma once
// Producer-state snapshot files, `<offset>.snapshot` in a partition directory
// (20-digit offset, as segment names): Kafka's ProducerStateManager format
// (version 1), so Kafka's tools read them. Big-endian:
//
//   int16  version (1)
//   uint32 crc32c of everything after this field
//   int32  entry count, then per producer id:
//     int64 producer_id, int16 producer_epoch, int32 last_sequence,
//     int64 last_offset, int32 offset_delta (last - first offset of its last
//     batch), int64 timestamp (that batch's max timestamp), int32
//     coordinator_epoch (-1), int64 current_txn_first_offset (-1: none)
//
// A snapshot named N holds the state of every batch below offset N. Written at
// segment roll (N = the new segment's base) and at clean shutdown (N = log
// end), to <name>.tmp then renamed; deleted with the segment of the same base
// offset. Stateless free functions; any thread (callers serialise per path).

#include <cstdint>
#include <filesystem>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/common/strong_type.h"

namespace gannet::storage {

struct producer_snapshot_entry {
  std::int64_t producer_id = -1;
  std::int16_t producer_epoch = -1;
  std::int32_t last_sequence = -1;
  std::int64_t last_offset = -1;
  std::int32_t offset_delta = 0;
  std::int64_t timestamp = -1;
  std::int32_t coordinator_epoch = -1;
  std::int64_t current_txn_first_offset = -1;
  bool operator==(const producer_snapshot_entry&) const = default;
};

std::filesystem::path producer_snapshot_path(const std::filesystem::path& dir, offset o);
// The offsets of the snapshot files in `dir`, ascending.
std::vector<offset> list_producer_snapshots(const std::filesystem::path& dir);
// Writes `dir`/<o>.snapshot atomically (tmp, fsync when `sync`, rename).
result<void> write_producer_snapshot(const std::filesystem::path& dir, offset o,
                                     const std::vector<producer_snapshot_entry>& entries, bool sync = true);
// errc::corrupt_log when the file is truncated, of another version, or fails its CRC.
result<std::vector<producer_snapshot_entry>> read_producer_snapshot(const std::filesystem::path& path);
// Removes the snapshot at `o` if there is one.
void delete_producer_snapshot(const std::filesystem::path& dir, offset o);

}  // namespace gannet::storage
