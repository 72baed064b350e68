#pragma once
// The log cleaner's key -> latest offset map (Kafka's SkimpyOffsetMap): a
// fixed-size open-addressing table of (128-bit hash of the key, offset),
// 24 bytes a slot, sized once from log.cleaner.dedupe.buffer.size divided by
// log.cleaner.threads. Keys themselves are never stored, so memory stays
// bounded whatever the key sizes; two keys whose 128-bit hashes collide are
// treated as one (Kafka accepts the same risk with MD5).
//
// Owner: one cleaner thread. Not thread-safe. clear() between logs.

#include <cstdint>
#include <span>
#include <vector>

namespace gannet::storage {

class offset_map {
 public:
  static constexpr std::size_t bytes_per_slot = 24;  // 16-byte hash + 8-byte offset

  explicit offset_map(std::int64_t memory_bytes);

  // Records `o` as the latest offset of `key` (a later put wins).
  void put(std::span<const std::uint8_t> key, std::int64_t o);
  // The latest offset recorded for `key`, -1 if none.
  std::int64_t get(std::span<const std::uint8_t> key) const;
  void clear();

  std::size_t size() const { return entries_; }
  std::size_t slots() const { return slots_.size(); }
  double utilization() const { return slots_.empty() ? 0.0 : static_cast<double>(entries_) / slots_.size(); }
  // The largest offset the map covers (records above it are newer than
  // anything the map knows, so the cleaner keeps them).
  std::int64_t latest_offset() const { return latest_offset_; }
  void update_latest_offset(std::int64_t o) { latest_offset_ = o; }

 private:
  struct slot {
    std::uint64_t h1 = 0;
    std::uint64_t h2 = 0;
    std::int64_t offset = -1;  // -1: empty
  };
  std::size_t find(std::uint64_t h1, std::uint64_t h2) const;

  std::vector<slot> slots_;
  std::size_t entries_ = 0;
  std::int64_t latest_offset_ = -1;
};

// MurmurHash3 x64 128 of `bytes` (seed 0) as two 64-bit halves.
void hash128(std::span<const std::uint8_t> bytes, std::uint64_t& h1, std::uint64_t& h2);

}  // namespace gannet::storage
