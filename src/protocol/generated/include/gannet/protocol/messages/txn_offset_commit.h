// generated from TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// txn_offset_commit_request::txn_offset_commit_request_partition
struct txn_offset_commit_request_txn_offset_commit_request_partition {
  // The index of the partition within the topic.
  std::int32_t partition_index = 0;
  // The message offset to be committed.
  std::int64_t committed_offset = 0;
  // The leader epoch of the last consumed record. (versions 2+)
  std::int32_t committed_leader_epoch = -1;
  // Any associated metadata the client wants to keep. (nullable 0+)
  std::optional<std::string> committed_metadata = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::txn_offset_commit_request_txn_offset_commit_request_partition&) const = default;
};

// txn_offset_commit_request::txn_offset_commit_request_topic
struct txn_offset_commit_request_txn_offset_commit_request_topic {
  // The topic name.
  std::string name = "";
  // The partitions inside the topic that we want to commit offsets for.
  std::vector<::gannet::protocol::txn_offset_commit_request_txn_offset_commit_request_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::txn_offset_commit_request_txn_offset_commit_request_topic&) const = default;
};

// TxnOffsetCommitRequest: request (api key 28), versions 0-4, flexible 3+.
struct txn_offset_commit_request {
  using txn_offset_commit_request_partition = ::gannet::protocol::txn_offset_commit_request_txn_offset_commit_request_partition;
  using txn_offset_commit_request_topic = ::gannet::protocol::txn_offset_commit_request_txn_offset_commit_request_topic;

  static constexpr std::int16_t message_api_key = 28;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // The ID of the transaction.
  std::string transactional_id = "";
  // The ID of the group.
  std::string group_id = "";
  // The current producer ID in use by the transactional ID.
  std::int64_t producer_id = 0;
  // The current epoch associated with the producer ID.
  std::int16_t producer_epoch = 0;
  // The generation of the consumer. (versions 3+)
  std::int32_t generation_id = -1;
  // The member ID assigned by the group coordinator. (versions 3+)
  std::string member_id = "";
  // The unique identifier of the consumer instance provided by end user. (versions 3+, nullable 3+)
  std::optional<std::string> group_instance_id = std::nullopt;
  // Each topic that we want to commit offsets for.
  std::vector<::gannet::protocol::txn_offset_commit_request_txn_offset_commit_request_topic> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::txn_offset_commit_request&) const = default;
};

// txn_offset_commit_response::txn_offset_commit_response_partition
struct txn_offset_commit_response_txn_offset_commit_response_partition {
  // The partition index.
  std::int32_t partition_index = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::txn_offset_commit_response_txn_offset_commit_response_partition&) const = default;
};

// txn_offset_commit_response::txn_offset_commit_response_topic
struct txn_offset_commit_response_txn_offset_commit_response_topic {
  // The topic name.
  std::string name = "";
  // The responses for each partition in the topic.
  std::vector<::gannet::protocol::txn_offset_commit_response_txn_offset_commit_response_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::txn_offset_commit_response_txn_offset_commit_response_topic&) const = default;
};

// TxnOffsetCommitResponse: response (api key 28), versions 0-4, flexible 3+.
struct txn_offset_commit_response {
  using txn_offset_commit_response_partition = ::gannet::protocol::txn_offset_commit_response_txn_offset_commit_response_partition;
  using txn_offset_commit_response_topic = ::gannet::protocol::txn_offset_commit_response_txn_offset_commit_response_topic;

  static constexpr std::int16_t message_api_key = 28;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The responses for each topic.
  std::vector<::gannet::protocol::txn_offset_commit_response_txn_offset_commit_response_topic> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::txn_offset_commit_response&) const = default;
};

}  // namespace gannet::protocol
