// generated from CreateTopicsRequest.json, CreateTopicsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// create_topics_request::creatable_replica_assignment
struct create_topics_request_creatable_replica_assignment {
  // The partition index.
  std::int32_t partition_index = 0;
  // The brokers to place the partition on.
  std::vector<std::int32_t> broker_ids{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_topics_request_creatable_replica_assignment&) const = default;
};

// create_topics_request::creatable_topic_config
struct create_topics_request_creatable_topic_config {
  // The configuration name.
  std::string name = "";
  // The configuration value. (nullable 0+)
  std::optional<std::string> value = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_topics_request_creatable_topic_config&) const = default;
};

// create_topics_request::creatable_topic
struct create_topics_request_creatable_topic {
  // The topic name.
  std::string name = "";
  // The number of partitions to create in the topic, or -1 if we are either specifying a manual
  // partition assignment or using the default partitions.
  std::int32_t num_partitions = 0;
  // The number of replicas to create for each partition in the topic, or -1 if we are either
  // specifying a manual partition assignment or using the default replication factor.
  std::int16_t replication_factor = 0;
  // The manual partition assignment, or the empty array if we are using automatic assignment.
  std::vector<::gannet::protocol::create_topics_request_creatable_replica_assignment> assignments{};
  // The custom topic configurations to set.
  std::vector<::gannet::protocol::create_topics_request_creatable_topic_config> configs{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_topics_request_creatable_topic&) const = default;
};

// CreateTopicsRequest: request (api key 19), versions 0-7, flexible 5+.
struct create_topics_request {
  using creatable_replica_assignment = ::gannet::protocol::create_topics_request_creatable_replica_assignment;
  using creatable_topic_config = ::gannet::protocol::create_topics_request_creatable_topic_config;
  using creatable_topic = ::gannet::protocol::create_topics_request_creatable_topic;

  static constexpr std::int16_t message_api_key = 19;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 7;
  static constexpr std::int16_t message_first_flexible_version = 5;

  // The topics to create.
  std::vector<::gannet::protocol::create_topics_request_creatable_topic> topics{};
  // How long to wait in milliseconds before timing out the request.
  std::int32_t timeout_ms = 60000;
  // If true, check that the topics can be created as specified, but don't create anything.
  // (versions 1+)
  bool validate_only = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_topics_request&) const = default;
};

// create_topics_response::creatable_topic_configs
struct create_topics_response_creatable_topic_configs {
  // The configuration name. (versions 5+)
  std::string name = "";
  // The configuration value. (versions 5+, nullable 5+)
  std::optional<std::string> value = std::string();
  // True if the configuration is read-only. (versions 5+)
  bool read_only = false;
  // The configuration source. (versions 5+)
  std::int8_t config_source = -1;
  // True if this configuration is sensitive. (versions 5+)
  bool is_sensitive = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_topics_response_creatable_topic_configs&) const = default;
};

// create_topics_response::creatable_topic_result
struct create_topics_response_creatable_topic_result {
  // The topic name.
  std::string name = "";
  // The unique topic ID (versions 7+)
  ::gannet::protocol::uuid topic_id{};
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if there was no error. (versions 1+, nullable 0+)
  std::optional<std::string> error_message = std::string();
  // Optional topic config error returned if configs are not returned in the response. (versions 5+,
  // tag 0)
  ::gannet::protocol::error_code topic_config_error_code = ::gannet::protocol::error_code{};
  // Number of partitions of the topic. (versions 5+)
  std::int32_t num_partitions = -1;
  // Replication factor of the topic. (versions 5+)
  std::int16_t replication_factor = -1;
  // Configuration of the topic. (versions 5+, nullable 5+)
  std::optional<std::vector<::gannet::protocol::create_topics_response_creatable_topic_configs>> configs = std::vector<::gannet::protocol::create_topics_response_creatable_topic_configs>{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_topics_response_creatable_topic_result&) const = default;
};

// CreateTopicsResponse: response (api key 19), versions 0-7, flexible 5+.
struct create_topics_response {
  using creatable_topic_configs = ::gannet::protocol::create_topics_response_creatable_topic_configs;
  using creatable_topic_result = ::gannet::protocol::create_topics_response_creatable_topic_result;

  static constexpr std::int16_t message_api_key = 19;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 7;
  static constexpr std::int16_t message_first_flexible_version = 5;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 2+)
  std::int32_t throttle_time_ms = 0;
  // Results for each topic we tried to create.
  std::vector<::gannet::protocol::create_topics_response_creatable_topic_result> topics{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::create_topics_response&) const = default;
};

}  // namespace gannet::protocol
