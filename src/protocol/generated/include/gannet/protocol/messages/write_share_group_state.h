// generated from WriteShareGroupStateRequest.json, WriteShareGroupStateResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// write_share_group_state_request::state_batch
struct write_share_group_state_request_state_batch {
  // The base offset of this state batch.
  std::int64_t first_offset = 0;
  // The last offset of this state batch.
  std::int64_t last_offset = 0;
  // The state - 0:Available,2:Acked,4:Archived
  std::int8_t delivery_state = 0;
  // The delivery count.
  std::int16_t delivery_count = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_share_group_state_request_state_batch&) const = default;
};

// write_share_group_state_request::partition_data
struct write_share_group_state_request_partition_data {
  // The partition index.
  std::int32_t partition = 0;
  // The state epoch for this share-partition.
  std::int32_t state_epoch = 0;
  // The leader epoch of the share-partition.
  std::int32_t leader_epoch = 0;
  // The share-partition start offset, or -1 if the start offset is not being written.
  std::int64_t start_offset = 0;
  std::vector<::gannet::protocol::write_share_group_state_request_state_batch> state_batches{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_share_group_state_request_partition_data&) const = default;
};

// write_share_group_state_request::write_state_data
struct write_share_group_state_request_write_state_data {
  // The topic identifier.
  ::gannet::protocol::uuid topic_id{};
  // The data for the partitions.
  std::vector<::gannet::protocol::write_share_group_state_request_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_share_group_state_request_write_state_data&) const = default;
};

// WriteShareGroupStateRequest: request (api key 85), versions 0-0, flexible 0+.
struct write_share_group_state_request {
  using state_batch = ::gannet::protocol::write_share_group_state_request_state_batch;
  using partition_data = ::gannet::protocol::write_share_group_state_request_partition_data;
  using write_state_data = ::gannet::protocol::write_share_group_state_request_write_state_data;

  static constexpr std::int16_t message_api_key = 85;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The group identifier.
  std::string group_id = "";
  // The data for the topics.
  std::vector<::gannet::protocol::write_share_group_state_request_write_state_data> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_share_group_state_request&) const = default;
};

// write_share_group_state_response::partition_result
struct write_share_group_state_response_partition_result {
  // The partition index.
  std::int32_t partition = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_share_group_state_response_partition_result&) const = default;
};

// write_share_group_state_response::write_state_result
struct write_share_group_state_response_write_state_result {
  // The topic identifier
  ::gannet::protocol::uuid topic_id{};
  // The results for the partitions.
  std::vector<::gannet::protocol::write_share_group_state_response_partition_result> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_share_group_state_response_write_state_result&) const = default;
};

// WriteShareGroupStateResponse: response (api key 85), versions 0-0, flexible 0+.
struct write_share_group_state_response {
  using partition_result = ::gannet::protocol::write_share_group_state_response_partition_result;
  using write_state_result = ::gannet::protocol::write_share_group_state_response_write_state_result;

  static constexpr std::int16_t message_api_key = 85;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The write results
  std::vector<::gannet::protocol::write_share_group_state_response_write_state_result> results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_share_group_state_response&) const = default;
};

}  // namespace gannet::protocol
