// generated from WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// write_txn_markers_request::writable_txn_marker_topic
struct write_txn_markers_request_writable_txn_marker_topic {
  // The topic name.
  std::string name = "";
  // The indexes of the partitions to write transaction markers for.
  std::vector<std::int32_t> partition_indexes{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_txn_markers_request_writable_txn_marker_topic&) const = default;
};

// write_txn_markers_request::writable_txn_marker
struct write_txn_markers_request_writable_txn_marker {
  // The current producer ID.
  std::int64_t producer_id = 0;
  // The current epoch associated with the producer ID.
  std::int16_t producer_epoch = 0;
  // The result of the transaction to write to the partitions (false = ABORT, true = COMMIT).
  bool transaction_result = false;
  // Each topic that we want to write transaction marker(s) for.
  std::vector<::gannet::protocol::write_txn_markers_request_writable_txn_marker_topic> topics{};
  // Epoch associated with the transaction state partition hosted by this transaction coordinator
  std::int32_t coordinator_epoch = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_txn_markers_request_writable_txn_marker&) const = default;
};

// WriteTxnMarkersRequest: request (api key 27), versions 0-1, flexible 1+.
struct write_txn_markers_request {
  using writable_txn_marker_topic = ::gannet::protocol::write_txn_markers_request_writable_txn_marker_topic;
  using writable_txn_marker = ::gannet::protocol::write_txn_markers_request_writable_txn_marker;

  static constexpr std::int16_t message_api_key = 27;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 1;

  // The transaction markers to be written.
  std::vector<::gannet::protocol::write_txn_markers_request_writable_txn_marker> markers{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_txn_markers_request&) const = default;
};

// write_txn_markers_response::writable_txn_marker_partition_result
struct write_txn_markers_response_writable_txn_marker_partition_result {
  // The partition index.
  std::int32_t partition_index = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_txn_markers_response_writable_txn_marker_partition_result&) const = default;
};

// write_txn_markers_response::writable_txn_marker_topic_result
struct write_txn_markers_response_writable_txn_marker_topic_result {
  // The topic name.
  std::string name = "";
  // The results by partition.
  std::vector<::gannet::protocol::write_txn_markers_response_writable_txn_marker_partition_result> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_txn_markers_response_writable_txn_marker_topic_result&) const = default;
};

// write_txn_markers_response::writable_txn_marker_result
struct write_txn_markers_response_writable_txn_marker_result {
  // The current producer ID in use by the transactional ID.
  std::int64_t producer_id = 0;
  // The results by topic.
  std::vector<::gannet::protocol::write_txn_markers_response_writable_txn_marker_topic_result> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_txn_markers_response_writable_txn_marker_result&) const = default;
};

// WriteTxnMarkersResponse: response (api key 27), versions 0-1, flexible 1+.
struct write_txn_markers_response {
  using writable_txn_marker_partition_result = ::gannet::protocol::write_txn_markers_response_writable_txn_marker_partition_result;
  using writable_txn_marker_topic_result = ::gannet::protocol::write_txn_markers_response_writable_txn_marker_topic_result;
  using writable_txn_marker_result = ::gannet::protocol::write_txn_markers_response_writable_txn_marker_result;

  static constexpr std::int16_t message_api_key = 27;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 1;

  // The results for writing makers.
  std::vector<::gannet::protocol::write_txn_markers_response_writable_txn_marker_result> markers{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::write_txn_markers_response&) const = default;
};

}  // namespace gannet::protocol
