// generated from FetchRequest.json, FetchResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// fetch_request::replica_state_data
struct fetch_request_replica_state {
  // The replica ID of the follower, or -1 if this request is from a consumer. (versions 15+)
  std::int32_t replica_id = -1;
  // The epoch of this follower, or -1 if not available. (versions 15+)
  std::int64_t replica_epoch = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_request_replica_state&) const = default;
};

// fetch_request::fetch_partition
struct fetch_request_fetch_partition {
  // The partition index.
  std::int32_t partition = 0;
  // The current leader epoch of the partition. (versions 9+)
  std::int32_t current_leader_epoch = -1;
  // The message offset.
  std::int64_t fetch_offset = 0;
  // The epoch of the last fetched record or -1 if there is none (versions 12+)
  std::int32_t last_fetched_epoch = -1;
  // The earliest available offset of the follower replica. The field is only used when the request
  // is sent by the follower. (versions 5+)
  std::int64_t log_start_offset = -1;
  // The maximum bytes to fetch from this partition. See KIP-74 for cases where this limit may not
  // be honored.
  std::int32_t partition_max_bytes = 0;
  // The directory id of the follower fetching (versions 17+, tag 0)
  ::gannet::protocol::uuid replica_directory_id{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_request_fetch_partition&) const = default;
};

// fetch_request::fetch_topic
struct fetch_request_fetch_topic {
  // The name of the topic to fetch. (versions 0-12)
  std::string topic = "";
  // The unique topic ID (versions 13+)
  ::gannet::protocol::uuid topic_id{};
  // The partitions to fetch.
  std::vector<::gannet::protocol::fetch_request_fetch_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_request_fetch_topic&) const = default;
};

// fetch_request::forgotten_topic
struct fetch_request_forgotten_topic {
  // The topic name. (versions 7-12)
  std::string topic = "";
  // The unique topic ID (versions 13+)
  ::gannet::protocol::uuid topic_id{};
  // The partitions indexes to forget. (versions 7+)
  std::vector<std::int32_t> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_request_forgotten_topic&) const = default;
};

// FetchRequest: request (api key 1), versions 0-17, flexible 12+.
struct fetch_request {
  using replica_state_data = ::gannet::protocol::fetch_request_replica_state;
  using fetch_partition = ::gannet::protocol::fetch_request_fetch_partition;
  using fetch_topic = ::gannet::protocol::fetch_request_fetch_topic;
  using forgotten_topic = ::gannet::protocol::fetch_request_forgotten_topic;

  static constexpr std::int16_t message_api_key = 1;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 17;
  static constexpr std::int16_t message_first_flexible_version = 12;

  // The clusterId if known. This is used to validate metadata fetches prior to broker registration.
  // (versions 12+, nullable 12+, tag 0)
  std::optional<std::string> cluster_id = std::nullopt;
  // The broker ID of the follower, of -1 if this request is from a consumer. (versions 0-14)
  std::int32_t replica_id = -1;
  // (versions 15+, tag 1)
  ::gannet::protocol::fetch_request_replica_state replica_state{};
  // The maximum time in milliseconds to wait for the response.
  std::int32_t max_wait_ms = 0;
  // The minimum bytes to accumulate in the response.
  std::int32_t min_bytes = 0;
  // The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. (versions
  // 3+)
  std::int32_t max_bytes = 2147483647;
  // This setting controls the visibility of transactional records. Using READ_UNCOMMITTED
  // (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1),
  // non-transactional and COMMITTED transactional records are visible. To be more concrete,
  // READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset),
  // and enables the inclusion of the list of aborted transactions in the result, which allows
  // consumers to discard ABORTED transactional records (versions 4+)
  std::int8_t isolation_level = 0;
  // The fetch session ID. (versions 7+)
  std::int32_t session_id = 0;
  // The fetch session epoch, which is used for ordering requests in a session. (versions 7+)
  std::int32_t session_epoch = -1;
  // The topics to fetch.
  std::vector<::gannet::protocol::fetch_request_fetch_topic> topics{};
  // In an incremental fetch request, the partitions to remove. (versions 7+)
  std::vector<::gannet::protocol::fetch_request_forgotten_topic> forgotten_topics_data{};
  // Rack ID of the consumer making this request (versions 11+)
  std::string rack_id = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_request&) const = default;
};

// fetch_response::epoch_end_offset
struct fetch_response_epoch_end_offset {
  // (versions 12+)
  std::int32_t epoch = -1;
  // (versions 12+)
  std::int64_t end_offset = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_response_epoch_end_offset&) const = default;
};

// fetch_response::leader_id_and_epoch
struct fetch_response_leader_id_and_epoch {
  // The ID of the current leader or -1 if the leader is unknown. (versions 12+)
  std::int32_t leader_id = -1;
  // The latest known leader epoch (versions 12+)
  std::int32_t leader_epoch = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_response_leader_id_and_epoch&) const = default;
};

// fetch_response::snapshot_id
struct fetch_response_snapshot_id {
  std::int64_t end_offset = -1;
  std::int32_t epoch = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_response_snapshot_id&) const = default;
};

// fetch_response::aborted_transaction
struct fetch_response_aborted_transaction {
  // The producer id associated with the aborted transaction. (versions 4+)
  std::int64_t producer_id = 0;
  // The first offset in the aborted transaction. (versions 4+)
  std::int64_t first_offset = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_response_aborted_transaction&) const = default;
};

// fetch_response::partition_data
struct fetch_response_partition_data {
  // The partition index.
  std::int32_t partition_index = 0;
  // The error code, or 0 if there was no fetch error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The current high water mark.
  std::int64_t high_watermark = 0;
  // The last stable offset (or LSO) of the partition. This is the last offset such that the state
  // of all transactional records prior to this offset have been decided (ABORTED or COMMITTED)
  // (versions 4+)
  std::int64_t last_stable_offset = -1;
  // The current log start offset. (versions 5+)
  std::int64_t log_start_offset = -1;
  // In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the
  // request, this field indicates the largest epoch and its end offset such that subsequent records
  // are known to diverge (versions 12+, tag 0)
  ::gannet::protocol::fetch_response_epoch_end_offset diverging_epoch{};
  // (versions 12+, tag 1)
  ::gannet::protocol::fetch_response_leader_id_and_epoch current_leader{};
  // In the case of fetching an offset less than the LogStartOffset, this is the end offset and
  // epoch that should be used in the FetchSnapshot request. (versions 12+, tag 2)
  ::gannet::protocol::fetch_response_snapshot_id snapshot_id{};
  // The aborted transactions. (versions 4+, nullable 4+)
  std::optional<std::vector<::gannet::protocol::fetch_response_aborted_transaction>> aborted_transactions = std::vector<::gannet::protocol::fetch_response_aborted_transaction>{};
  // The preferred read replica for the consumer to use on its next fetch request (versions 11+)
  std::int32_t preferred_read_replica = -1;
  // The record data. (nullable 0+)
  ::gannet::protocol::records records = ::gannet::protocol::records::null();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_response_partition_data&) const = default;
};

// fetch_response::fetchable_topic_response
struct fetch_response_fetchable_topic_response {
  // The topic name. (versions 0-12)
  std::string topic = "";
  // The unique topic ID (versions 13+)
  ::gannet::protocol::uuid topic_id{};
  // The topic partitions.
  std::vector<::gannet::protocol::fetch_response_partition_data> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_response_fetchable_topic_response&) const = default;
};

// fetch_response::node_endpoint
struct fetch_response_node_endpoint {
  // The ID of the associated node. (versions 16+)
  std::int32_t node_id = 0;
  // The node's hostname. (versions 16+)
  std::string host = "";
  // The node's port. (versions 16+)
  std::int32_t port = 0;
  // The rack of the node, or null if it has not been assigned to a rack. (versions 16+, nullable
  // 16+)
  std::optional<std::string> rack = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_response_node_endpoint&) const = default;
};

// FetchResponse: response (api key 1), versions 0-17, flexible 12+.
struct fetch_response {
  using epoch_end_offset = ::gannet::protocol::fetch_response_epoch_end_offset;
  using leader_id_and_epoch = ::gannet::protocol::fetch_response_leader_id_and_epoch;
  using snapshot_id = ::gannet::protocol::fetch_response_snapshot_id;
  using aborted_transaction = ::gannet::protocol::fetch_response_aborted_transaction;
  using partition_data = ::gannet::protocol::fetch_response_partition_data;
  using fetchable_topic_response = ::gannet::protocol::fetch_response_fetchable_topic_response;
  using node_endpoint = ::gannet::protocol::fetch_response_node_endpoint;

  static constexpr std::int16_t message_api_key = 1;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 17;
  static constexpr std::int16_t message_first_flexible_version = 12;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 1+)
  std::int32_t throttle_time_ms = 0;
  // The top level response error code. (versions 7+)
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The fetch session ID, or 0 if this is not part of a fetch session. (versions 7+)
  std::int32_t session_id = 0;
  // The response topics.
  std::vector<::gannet::protocol::fetch_response_fetchable_topic_response> responses{};
  // Endpoints for all current-leaders enumerated in PartitionData, with errors
  // NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. (versions 16+, tag 0)
  std::vector<::gannet::protocol::fetch_response_node_endpoint> node_endpoints{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::fetch_response&) const = default;
};

}  // namespace gannet::protocol
