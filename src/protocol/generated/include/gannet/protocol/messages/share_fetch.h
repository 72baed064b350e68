// generated from ShareFetchRequest.json, ShareFetchResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// share_fetch_request::acknowledgement_batch
struct share_fetch_request_acknowledgement_batch {
  // First offset of batch of records to acknowledge.
  std::int64_t first_offset = 0;
  // Last offset (inclusive) of batch of records to acknowledge.
  std::int64_t last_offset = 0;
  // Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject.
  std::vector<std::int8_t> acknowledge_types{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_fetch_request_acknowledgement_batch&) const = default;
};

// share_fetch_request::fetch_partition
struct share_fetch_request_fetch_partition {
  // The partition index.
  std::int32_t partition_index = 0;
  // The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is
  // required. See KIP-74 for cases where this limit may not be honored.
  std::int32_t partition_max_bytes = 0;
  // Record batches to acknowledge.
  std::vector<::gannet::protocol::share_fetch_request_acknowledgement_batch> acknowledgement_batches{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_fetch_request_fetch_partition&) const = default;
};

// share_fetch_request::fetch_topic
struct share_fetch_request_fetch_topic {
  // The unique topic ID.
  ::gannet::protocol::uuid topic_id{};
  // The partitions to fetch.
  std::vector<::gannet::protocol::share_fetch_request_fetch_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_fetch_request_fetch_topic&) const = default;
};

// share_fetch_request::forgotten_topic
struct share_fetch_request_forgotten_topic {
  // The unique topic ID.
  ::gannet::protocol::uuid topic_id{};
  // The partitions indexes to forget.
  std::vector<std::int32_t> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_fetch_request_forgotten_topic&) const = default;
};

// ShareFetchRequest: request (api key 78), versions 0-0, flexible 0+.
struct share_fetch_request {
  using acknowledgement_batch = ::gannet::protocol::share_fetch_request_acknowledgement_batch;
  using fetch_partition = ::gannet::protocol::share_fetch_request_fetch_partition;
  using fetch_topic = ::gannet::protocol::share_fetch_request_fetch_topic;
  using forgotten_topic = ::gannet::protocol::share_fetch_request_forgotten_topic;

  static constexpr std::int16_t message_api_key = 78;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The group identifier. (nullable 0+)
  std::optional<std::string> group_id = std::nullopt;
  // The member ID. (nullable 0+)
  std::optional<std::string> member_id = std::string();
  // The current share session epoch: 0 to open a share session; -1 to close it; otherwise
  // increments for consecutive requests.
  std::int32_t share_session_epoch = 0;
  // The maximum time in milliseconds to wait for the response.
  std::int32_t max_wait_ms = 0;
  // The minimum bytes to accumulate in the response.
  std::int32_t min_bytes = 0;
  // The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored.
  std::int32_t max_bytes = 2147483647;
  // The topics to fetch.
  std::vector<::gannet::protocol::share_fetch_request_fetch_topic> topics{};
  // The partitions to remove from this share session.
  std::vector<::gannet::protocol::share_fetch_request_forgotten_topic> forgotten_topics_data{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_fetch_request&) const = default;
};

// share_fetch_response::leader_id_and_epoch
struct share_fetch_response_leader_id_and_epoch {
  // The ID of the current leader or -1 if the leader is unknown.
  std::int32_t leader_id = 0;
  // The latest known leader epoch.
  std::int32_t leader_epoch = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_fetch_response_leader_id_and_epoch&) const = default;
};

// share_fetch_response::acquired_records
struct share_fetch_response_acquired_records {
  // The earliest offset in this batch of acquired records.
  std::int64_t first_offset = 0;
  // The last offset of this batch of acquired records.
  std::int64_t last_offset = 0;
  // The delivery count of this batch of acquired records.
  std::int16_t delivery_count = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_fetch_response_acquired_records&) const = default;
};

// share_fetch_response::partition_data
struct share_fetch_response_partition_data {
  // The partition index.
  std::int32_t partition_index = 0;
  // The fetch error code, or 0 if there was no fetch error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The fetch error message, or null if there was no fetch error. (nullable 0+)
  std::optional<std::string> error_message = std::nullopt;
  // The acknowledge error code, or 0 if there was no acknowledge error.
  ::gannet::protocol::error_code acknowledge_error_code = ::gannet::protocol::error_code{};
  // The acknowledge error message, or null if there was no acknowledge error. (nullable 0+)
  std::optional<std::string> acknowledge_error_message = std::nullopt;
  ::gannet::protocol::share_fetch_response_leader_id_and_epoch current_leader{};
  // The record data. (nullable 0+)
  ::gannet::protocol::records records = ::gannet::protocol::records::null();
  // The acquired records.
  std::vector<::gannet::protocol::share_fetch_response_acquired_records> acquired_records{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_fetch_response_partition_data&) const = default;
};

// share_fetch_response::share_fetchable_topic_response
struct share_fetch_response_share_fetchable_topic_response {
  // The unique topic ID.
  ::gannet::protocol::uuid topic_id{};
  // The topic partitions.
  std::vector<::gannet::protocol::share_fetch_response_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_fetch_response_share_fetchable_topic_response&) const = default;
};

// share_fetch_response::node_endpoint
struct share_fetch_response_node_endpoint {
  // The ID of the associated node.
  std::int32_t node_id = 0;
  // The node's hostname.
  std::string host = "";
  // The node's port.
  std::int32_t port = 0;
  // The rack of the node, or null if it has not been assigned to a rack. (nullable 0+)
  std::optional<std::string> rack = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_fetch_response_node_endpoint&) const = default;
};

// ShareFetchResponse: response (api key 78), versions 0-0, flexible 0+.
struct share_fetch_response {
  using leader_id_and_epoch = ::gannet::protocol::share_fetch_response_leader_id_and_epoch;
  using acquired_records = ::gannet::protocol::share_fetch_response_acquired_records;
  using partition_data = ::gannet::protocol::share_fetch_response_partition_data;
  using share_fetchable_topic_response = ::gannet::protocol::share_fetch_response_share_fetchable_topic_response;
  using node_endpoint = ::gannet::protocol::share_fetch_response_node_endpoint;

  static constexpr std::int16_t message_api_key = 78;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The top-level response error code.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The top-level error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::nullopt;
  // The response topics.
  std::vector<::gannet::protocol::share_fetch_response_share_fetchable_topic_response> responses{};
  // Endpoints for all current leaders enumerated in PartitionData with error
  // NOT_LEADER_OR_FOLLOWER.
  std::vector<::gannet::protocol::share_fetch_response_node_endpoint> node_endpoints{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::share_fetch_response&) const = default;
};

}  // namespace gannet::protocol
