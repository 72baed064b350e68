// generated from ReadShareGroupStateSummaryRequest.json, ReadShareGroupStateSummaryResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// read_share_group_state_summary_request::partition_data
struct read_share_group_state_summary_request_partition_data {
  // The partition index.
  std::int32_t partition = 0;
  // The leader epoch of the share-partition.
  std::int32_t leader_epoch = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::read_share_group_state_summary_request_partition_data&) const = default;
};

// read_share_group_state_summary_request::read_state_summary_data
struct read_share_group_state_summary_request_read_state_summary_data {
  // The topic identifier.
  ::gannet::protocol::uuid topic_id{};
  // The data for the partitions.
  std::vector<::gannet::protocol::read_share_group_state_summary_request_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::read_share_group_state_summary_request_read_state_summary_data&) const = default;
};

// ReadShareGroupStateSummaryRequest: request (api key 87), versions 0-0, flexible 0+.
struct read_share_group_state_summary_request {
  using partition_data = ::gannet::protocol::read_share_group_state_summary_request_partition_data;
  using read_state_summary_data = ::gannet::protocol::read_share_group_state_summary_request_read_state_summary_data;

  static constexpr std::int16_t message_api_key = 87;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The group identifier.
  std::string group_id = "";
  // The data for the topics.
  std::vector<::gannet::protocol::read_share_group_state_summary_request_read_state_summary_data> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::read_share_group_state_summary_request&) const = default;
};

// read_share_group_state_summary_response::partition_result
struct read_share_group_state_summary_response_partition_result {
  // The partition index.
  std::int32_t partition = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::nullopt;
  // The state epoch of the share-partition.
  std::int32_t state_epoch = 0;
  // The share-partition start offset.
  std::int64_t start_offset = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::read_share_group_state_summary_response_partition_result&) const = default;
};

// read_share_group_state_summary_response::read_state_summary_result
struct read_share_group_state_summary_response_read_state_summary_result {
  // The topic identifier
  ::gannet::protocol::uuid topic_id{};
  // The results for the partitions.
  std::vector<::gannet::protocol::read_share_group_state_summary_response_partition_result> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::read_share_group_state_summary_response_read_state_summary_result&) const = default;
};

// ReadShareGroupStateSummaryResponse: response (api key 87), versions 0-0, flexible 0+.
struct read_share_group_state_summary_response {
  using partition_result = ::gannet::protocol::read_share_group_state_summary_response_partition_result;
  using read_state_summary_result = ::gannet::protocol::read_share_group_state_summary_response_read_state_summary_result;

  static constexpr std::int16_t message_api_key = 87;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The read results
  std::vector<::gannet::protocol::read_share_group_state_summary_response_read_state_summary_result> results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::read_share_group_state_summary_response&) const = default;
};

}  // namespace gannet::protocol
