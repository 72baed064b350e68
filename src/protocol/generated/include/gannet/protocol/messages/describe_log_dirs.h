// generated from DescribeLogDirsRequest.json, DescribeLogDirsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// describe_log_dirs_request::describable_log_dir_topic
struct describe_log_dirs_request_describable_log_dir_topic {
  // The topic name
  std::string topic = "";
  // The partition indexes.
  std::vector<std::int32_t> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_log_dirs_request_describable_log_dir_topic&) const = default;
};

// DescribeLogDirsRequest: request (api key 35), versions 0-4, flexible 2+.
struct describe_log_dirs_request {
  using describable_log_dir_topic = ::gannet::protocol::describe_log_dirs_request_describable_log_dir_topic;

  static constexpr std::int16_t message_api_key = 35;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // Each topic that we want to describe log directories for, or null for all topics. (nullable 0+)
  std::optional<std::vector<::gannet::protocol::describe_log_dirs_request_describable_log_dir_topic>> topics = std::vector<::gannet::protocol::describe_log_dirs_request_describable_log_dir_topic>{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_log_dirs_request&) const = default;
};

// describe_log_dirs_response::describe_log_dirs_partition
struct describe_log_dirs_response_describe_log_dirs_partition {
  // The partition index.
  std::int32_t partition_index = 0;
  // The size of the log segments in this partition in bytes.
  std::int64_t partition_size = 0;
  // The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or
  // current replica's LEO (if it is the future log for the partition)
  std::int64_t offset_lag = 0;
  // True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of
  // the replica in the future.
  bool is_future_key = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_log_dirs_response_describe_log_dirs_partition&) const = default;
};

// describe_log_dirs_response::describe_log_dirs_topic
struct describe_log_dirs_response_describe_log_dirs_topic {
  // The topic name.
  std::string name = "";
  std::vector<::gannet::protocol::describe_log_dirs_response_describe_log_dirs_partition> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_log_dirs_response_describe_log_dirs_topic&) const = default;
};

// describe_log_dirs_response::describe_log_dirs_result
struct describe_log_dirs_response_describe_log_dirs_result {
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The absolute log directory path.
  std::string log_dir = "";
  // Each topic.
  std::vector<::gannet::protocol::describe_log_dirs_response_describe_log_dirs_topic> topics{};
  // The total size in bytes of the volume the log directory is in. (versions 4+)
  std::int64_t total_bytes = -1;
  // The usable size in bytes of the volume the log directory is in. (versions 4+)
  std::int64_t usable_bytes = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_log_dirs_response_describe_log_dirs_result&) const = default;
};

// DescribeLogDirsResponse: response (api key 35), versions 0-4, flexible 2+.
struct describe_log_dirs_response {
  using describe_log_dirs_partition = ::gannet::protocol::describe_log_dirs_response_describe_log_dirs_partition;
  using describe_log_dirs_topic = ::gannet::protocol::describe_log_dirs_response_describe_log_dirs_topic;
  using describe_log_dirs_result = ::gannet::protocol::describe_log_dirs_response_describe_log_dirs_result;

  static constexpr std::int16_t message_api_key = 35;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error. (versions 3+)
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The log directories.
  std::vector<::gannet::protocol::describe_log_dirs_response_describe_log_dirs_result> results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::describe_log_dirs_response&) const = default;
};

}  // namespace gannet::protocol
