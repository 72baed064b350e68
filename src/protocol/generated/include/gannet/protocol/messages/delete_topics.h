// generated from DeleteTopicsRequest.json, DeleteTopicsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// delete_topics_request::delete_topic_state
struct delete_topics_request_delete_topic_state {
  // The topic name (versions 6+, nullable 6+)
  std::optional<std::string> name = std::nullopt;
  // The unique topic ID (versions 6+)
  ::gannet::protocol::uuid topic_id{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_topics_request_delete_topic_state&) const = default;
};

// DeleteTopicsRequest: request (api key 20), versions 0-6, flexible 4+.
struct delete_topics_request {
  using delete_topic_state = ::gannet::protocol::delete_topics_request_delete_topic_state;

  static constexpr std::int16_t message_api_key = 20;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 6;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The name or topic ID of the topic (versions 6+)
  std::vector<::gannet::protocol::delete_topics_request_delete_topic_state> topics{};
  // The names of the topics to delete (versions 0-5)
  std::vector<std::string> topic_names{};
  // The length of time in milliseconds to wait for the deletions to complete.
  std::int32_t timeout_ms = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_topics_request&) const = default;
};

// delete_topics_response::deletable_topic_result
struct delete_topics_response_deletable_topic_result {
  // The topic name (nullable 6+)
  std::optional<std::string> name = std::string();
  // the unique topic ID (versions 6+)
  ::gannet::protocol::uuid topic_id{};
  // The deletion error, or 0 if the deletion succeeded.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if there was no error. (versions 5+, nullable 5+)
  std::optional<std::string> error_message = std::nullopt;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_topics_response_deletable_topic_result&) const = default;
};

// DeleteTopicsResponse: response (api key 20), versions 0-6, flexible 4+.
struct delete_topics_response {
  using deletable_topic_result = ::gannet::protocol::delete_topics_response_deletable_topic_result;

  static constexpr std::int16_t message_api_key = 20;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 6;
  static constexpr std::int16_t message_first_flexible_version = 4;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 1+)
  std::int32_t throttle_time_ms = 0;
  // The results for each topic we tried to delete.
  std::vector<::gannet::protocol::delete_topics_response_deletable_topic_result> responses{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::delete_topics_response&) const = default;
};

}  // namespace gannet::protocol
