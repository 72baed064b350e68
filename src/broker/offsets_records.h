#pragma once
// The records of __consumer_offsets as Kafka 3.9 writes and reads them: each
// key and value is an int16 schema version followed by the generated struct
// of that version (gannet/protocol/internal/, from Kafka's GroupMetadataKey/
// Value and OffsetCommitKey/Value schemas). A null value is a tombstone.
//
// Versions written (Kafka 3.9's GroupMetadataManager with a 3.9 metadata
// version, checked against bytes the reference broker wrote):
//   OffsetCommitKey v1, OffsetCommitValue v3 (v1 when an expire timestamp is set),
//   GroupMetadataKey v2, GroupMetadataValue v3.
// Read: every version of the schemas (keys 0-2, values 0-4). Keys of version 3
// and above belong to the new consumer group protocol's records (KIP-848),
// which this broker does not write: they are skipped.
//
// Pure functions; thread-safe.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "gannet/groups/group_store.h"

namespace gannet::broker::offsets_records {

inline constexpr std::int16_t offset_commit_key_version = 1;
inline constexpr std::int16_t group_metadata_key_version = 2;
inline constexpr std::int16_t offset_commit_value_version = 3;
inline constexpr std::int16_t offset_commit_value_version_with_expiry = 1;
inline constexpr std::int16_t group_metadata_value_version = 3;

// Java's String.hashCode over the UTF-16 code units of `s` (read as UTF-8;
// an invalid byte counts as U+FFFD, as Java's decoder replaces it).
std::int32_t java_string_hash(std::string_view s);
// Kafka's partitionFor: Utils.abs(hashCode) % partitions, where Utils.abs maps
// Integer.MIN_VALUE to 0 (Math.abs would leave it negative).
std::int32_t partition_for(std::string_view group_id, std::int32_t partitions);

std::string group_key(std::string_view group_id);
std::string group_value(const groups::group_record& g);
std::string offset_key(std::string_view group_id, const groups::offset_key& k);
std::string offset_value(const groups::offset_record& o);

// A decoded key.
struct group_metadata_key {
  std::string group_id;
};
struct offset_commit_key {
  std::string group_id;
  groups::offset_key key;
};
struct other_key {  // a record type this broker does not use (version >= 3)
  std::int16_t version = 0;
};
using decoded_key = std::variant<group_metadata_key, offset_commit_key, other_key>;

// nullopt when the bytes do not hold a well-formed key (of a known version).
std::optional<decoded_key> decode_key(std::span<const std::uint8_t> bytes);
std::optional<groups::group_record> decode_group_value(std::span<const std::uint8_t> bytes);
std::optional<groups::offset_record> decode_offset_value(std::span<const std::uint8_t> bytes);

}  // namespace gannet::broker::offsets_records
