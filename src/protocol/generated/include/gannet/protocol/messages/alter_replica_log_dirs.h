// generated from AlterReplicaLogDirsRequest.json, AlterReplicaLogDirsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// alter_replica_log_dirs_request::alter_replica_log_dir_topic
struct alter_replica_log_dirs_request_alter_replica_log_dir_topic {
  // The topic name.
  std::string name = "";
  // The partition indexes.
  std::vector<std::int32_t> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_replica_log_dirs_request_alter_replica_log_dir_topic&) const = default;
};

// alter_replica_log_dirs_request::alter_replica_log_dir
struct alter_replica_log_dirs_request_alter_replica_log_dir {
  // The absolute directory path.
  std::string path = "";
  // The topics to add to the directory.
  std::vector<::gannet::protocol::alter_replica_log_dirs_request_alter_replica_log_dir_topic> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_replica_log_dirs_request_alter_replica_log_dir&) const = default;
};

// AlterReplicaLogDirsRequest: request (api key 34), versions 0-2, flexible 2+.
struct alter_replica_log_dirs_request {
  using alter_replica_log_dir_topic = ::gannet::protocol::alter_replica_log_dirs_request_alter_replica_log_dir_topic;
  using alter_replica_log_dir = ::gannet::protocol::alter_replica_log_dirs_request_alter_replica_log_dir;

  static constexpr std::int16_t message_api_key = 34;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The alterations to make for each directory.
  std::vector<::gannet::protocol::alter_replica_log_dirs_request_alter_replica_log_dir> dirs{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_replica_log_dirs_request&) const = default;
};

// alter_replica_log_dirs_response::alter_replica_log_dir_partition_result
struct alter_replica_log_dirs_response_alter_replica_log_dir_partition_result {
  // The partition index.
  std::int32_t partition_index = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_replica_log_dirs_response_alter_replica_log_dir_partition_result&) const = default;
};

// alter_replica_log_dirs_response::alter_replica_log_dir_topic_result
struct alter_replica_log_dirs_response_alter_replica_log_dir_topic_result {
  // The name of the topic.
  std::string topic_name = "";
  // The results for each partition.
  std::vector<::gannet::protocol::alter_replica_log_dirs_response_alter_replica_log_dir_partition_result> partitions{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_replica_log_dirs_response_alter_replica_log_dir_topic_result&) const = default;
};

// AlterReplicaLogDirsResponse: response (api key 34), versions 0-2, flexible 2+.
struct alter_replica_log_dirs_response {
  using alter_replica_log_dir_partition_result = ::gannet::protocol::alter_replica_log_dirs_response_alter_replica_log_dir_partition_result;
  using alter_replica_log_dir_topic_result = ::gannet::protocol::alter_replica_log_dirs_response_alter_replica_log_dir_topic_result;

  static constexpr std::int16_t message_api_key = 34;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // Duration in milliseconds for which the request was throttled due to a quota violation, or zero
  // if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The results for each topic.
  std::vector<::gannet::protocol::alter_replica_log_dirs_response_alter_replica_log_dir_topic_result> results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::alter_replica_log_dirs_response&) const = default;
};

}  // namespace gannet::protocol
