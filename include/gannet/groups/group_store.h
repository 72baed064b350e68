#pragma once
// Persistence of consumer groups and their committed offsets, as Kafka keeps
// them in the internal topic __consumer_offsets (GroupMetadataKey/Value and
// OffsetCommitKey/Value, ../shared/kafka-protocol/internal/).
//
// The group coordinator owns the in-memory state and calls a group_store to
// make each change durable *before* it answers the client; when this broker
// becomes the coordinator of a partition of the internal topic it loads what
// the store holds for that partition (load_partition). The broker owns the store that writes to the log
// (log_group_store over __consumer_offsets); memory_group_store is for unit
// tests.
//
// Thread-safety: every member is thread-safe. Coroutines may resume on another
// executor than the caller's: callers re-dispatch to their own strand.

#include <boost/asio/awaitable.hpp>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/protocol/error_code.h"

namespace gannet::groups {

// One member of a group, as GroupMetadataValue's MemberMetadata holds it.
struct member_record {
  std::string member_id;
  std::optional<std::string> group_instance_id;
  std::string client_id;
  std::string client_host;
  std::int32_t rebalance_timeout_ms = 0;
  std::int32_t session_timeout_ms = 0;
  std::vector<std::uint8_t> subscription;  // the chosen protocol's metadata
  std::vector<std::uint8_t> assignment;

  friend bool operator==(const member_record&, const member_record&) = default;
};

// GroupMetadataValue: a group after a completed rebalance (or emptied).
struct group_record {
  std::string protocol_type;  // "consumer", "connect", ... ("" for an empty group)
  std::int32_t generation = 0;
  std::optional<std::string> protocol;  // the chosen assignor ("range", ...)
  std::optional<std::string> leader;    // member id
  std::int64_t current_state_timestamp = -1;
  std::vector<member_record> members;

  friend bool operator==(const group_record&, const group_record&) = default;
};

struct offset_key {
  std::string topic;
  std::int32_t partition = 0;

  friend bool operator==(const offset_key&, const offset_key&) = default;
};

struct offset_key_hash {
  std::size_t operator()(const offset_key& k) const noexcept {
    return std::hash<std::string>{}(k.topic) * 31 + static_cast<std::size_t>(k.partition);
  }
};

// OffsetCommitValue.
struct offset_record {
  std::int64_t offset = 0;
  std::int32_t leader_epoch = -1;
  std::string metadata;
  std::int64_t commit_timestamp = 0;
  std::int64_t expire_timestamp = -1;  // -1: none (OffsetCommitValue v3 has no field)

  friend bool operator==(const offset_record&, const offset_record&) = default;
};

using offset_entry = std::pair<offset_key, offset_record>;

// What the store holds for one group id at startup.
struct loaded_group {
  std::string group_id;
  std::optional<group_record> group;  // none: offsets only (simple consumers' commits)
  std::vector<offset_entry> offsets;
};

class group_store {
 public:
  virtual ~group_store() = default;

  // Which __consumer_offsets partition holds the group (Kafka's partitionFor:
  // abs(Java String.hashCode of the id) mod offsets.topic.num.partitions).
  virtual std::int32_t partition_for(std::string_view group_id) const = 0;
  // How many partitions partition_for spreads groups over.
  virtual std::int32_t partition_count() const = 0;

  // Each completes when the change is durable as an acks=all write would be.
  // The result is error_code::none or the Kafka error to answer with
  // (COORDINATOR_NOT_AVAILABLE while loading, COORDINATOR_LOAD_IN_PROGRESS,
  // UNKNOWN_SERVER_ERROR on a storage failure, ...).
  virtual boost::asio::awaitable<protocol::error_code> write_group(std::string group_id, group_record g) = 0;
  virtual boost::asio::awaitable<protocol::error_code> write_offsets(std::string group_id,
                                                                     std::vector<offset_entry> offsets) = 0;
  // Tombstones for the given offsets.
  virtual boost::asio::awaitable<protocol::error_code> delete_offsets(std::string group_id,
                                                                      std::vector<offset_key> offsets) = 0;
  // Tombstones for the group's metadata and for the given offsets.
  virtual boost::asio::awaitable<protocol::error_code> delete_group(std::string group_id,
                                                                    std::vector<offset_key> offsets) = 0;

  // When the coordinator takes a partition over (at start-up standalone, on
  // election in ZooKeeper mode): the last written state of every group of
  // that partition (tombstoned groups and offsets are absent), sorted by id.
  virtual boost::asio::awaitable<result<std::vector<loaded_group>>> load_partition(std::int32_t partition) = 0;
};

}  // namespace gannet::groups
