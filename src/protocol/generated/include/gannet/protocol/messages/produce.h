// generated from ProduceRequest.json, ProduceResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// produce_request::partition_produce_data
struct produce_request_partition_produce_data {
  // The partition index.
  std::int32_t index = 0;
  // The record data to be produced. (nullable 0+)
  ::gannet::protocol::records records = ::gannet::protocol::records::null();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::produce_request_partition_produce_data&) const = default;
};

// produce_request::topic_produce_data
struct produce_request_topic_produce_data {
  // The topic name.
  std::string name = "";
  // Each partition to produce to.
  std::vector<::gannet::protocol::produce_request_partition_produce_data> partition_data{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::produce_request_topic_produce_data&) const = default;
};

// ProduceRequest: request (api key 0), versions 0-11, flexible 9+.
struct produce_request {
  using partition_produce_data = ::gannet::protocol::produce_request_partition_produce_data;
  using topic_produce_data = ::gannet::protocol::produce_request_topic_produce_data;

  static constexpr std::int16_t message_api_key = 0;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 11;
  static constexpr std::int16_t message_first_flexible_version = 9;

  // The transactional ID, or null if the producer is not transactional. (versions 3+, nullable 3+)
  std::optional<std::string> transactional_id = std::nullopt;
  // The number of acknowledgments the producer requires the leader to have received before
  // considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader
  // and -1 for the full ISR.
  std::int16_t acks = 0;
  // The timeout to await a response in milliseconds.
  std::int32_t timeout_ms = 0;
  // Each topic to produce to.
  std::vector<::gannet::protocol::produce_request_topic_produce_data> topic_data{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::produce_request&) const = default;
};

// produce_response::batch_index_and_error_message
struct produce_response_batch_index_and_error_message {
  // The batch index of the record that cause the batch to be dropped (versions 8+)
  std::int32_t batch_index = 0;
  // The error message of the record that caused the batch to be dropped (versions 8+, nullable 8+)
  std::optional<std::string> batch_index_error_message = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::produce_response_batch_index_and_error_message&) const = default;
};

// produce_response::leader_id_and_epoch
struct produce_response_leader_id_and_epoch {
  // The ID of the current leader or -1 if the leader is unknown. (versions 10+)
  std::int32_t leader_id = -1;
  // The latest known leader epoch (versions 10+)
  std::int32_t leader_epoch = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::produce_response_leader_id_and_epoch&) const = default;
};

// produce_response::partition_produce_response
struct produce_response_partition_produce_response {
  // The partition index.
  std::int32_t index = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The base offset.
  std::int64_t base_offset = 0;
  // The timestamp returned by broker after appending the messages. If CreateTime is used for the
  // topic, the timestamp will be -1. If LogAppendTime is used for the topic, the timestamp will be
  // the broker local time when the messages are appended. (versions 2+)
  std::int64_t log_append_time_ms = -1;
  // The log start offset. (versions 5+)
  std::int64_t log_start_offset = -1;
  // The batch indices of records that caused the batch to be dropped (versions 8+)
  std::vector<::gannet::protocol::produce_response_batch_index_and_error_message> record_errors{};
  // The global error message summarizing the common root cause of the records that caused the batch
  // to be dropped (versions 8+, nullable 8+)
  std::optional<std::string> error_message = std::nullopt;
  // (versions 10+, tag 0)
  ::gannet::protocol::produce_response_leader_id_and_epoch current_leader{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::produce_response_partition_produce_response&) const = default;
};

// produce_response::topic_produce_response
struct produce_response_topic_produce_response {
  // The topic name
  std::string name = "";
  // Each partition that we produced to within the topic.
  std::vector<::gannet::protocol::produce_response_partition_produce_response> partition_responses{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::produce_response_topic_produce_response&) const = default;
};

// produce_response::node_endpoint
struct produce_response_node_endpoint {
  // The ID of the associated node. (versions 10+)
  std::int32_t node_id = 0;
  // The node's hostname. (versions 10+)
  std::string host = "";
  // The node's port. (versions 10+)
  std::int32_t port = 0;
  // The rack of the node, or null if it has not been assigned to a rack. (versions 10+, nullable
  // 10+)
  std::optional<std::string> rack = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::produce_response_node_endpoint&) const = default;
};

// ProduceResponse: response (api key 0), versions 0-11, flexible 9+.
struct produce_response {
  using batch_index_and_error_message = ::gannet::protocol::produce_response_batch_index_and_error_message;
  using leader_id_and_epoch = ::gannet::protocol::produce_response_leader_id_and_epoch;
  using partition_produce_response = ::gannet::protocol::produce_response_partition_produce_response;
  using topic_produce_response = ::gannet::protocol::produce_response_topic_produce_response;
  using node_endpoint = ::gannet::protocol::produce_response_node_endpoint;

  static constexpr std::int16_t message_api_key = 0;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 11;
  static constexpr std::int16_t message_first_flexible_version = 9;

  // Each produce response
  std::vector<::gannet::protocol::produce_response_topic_produce_response> responses{};
  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 1+)
  std::int32_t throttle_time_ms = 0;
  // Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors
  // NOT_LEADER_OR_FOLLOWER. (versions 10+, tag 0)
  std::vector<::gannet::protocol::produce_response_node_endpoint> node_endpoints{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::produce_response&) const = default;
};

}  // namespace gannet::protocol
