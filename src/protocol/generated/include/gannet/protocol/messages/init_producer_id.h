// generated from InitProducerIdRequest.json, InitProducerIdResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// InitProducerIdRequest: request (api key 22), versions 0-5, flexible 2+.
struct init_producer_id_request {
  static constexpr std::int16_t message_api_key = 22;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 5;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The transactional id, or null if the producer is not transactional. (nullable 0+)
  std::optional<std::string> transactional_id = std::string();
  // The time in ms to wait before aborting idle transactions sent by this producer. This is only
  // relevant if a TransactionalId has been defined.
  std::int32_t transaction_timeout_ms = 0;
  // The producer id. This is used to disambiguate requests if a transactional id is reused
  // following its expiration. (versions 3+)
  std::int64_t producer_id = -1;
  // The producer's current epoch. This will be checked against the producer epoch on the broker,
  // and the request will return an error if they do not match. (versions 3+)
  std::int16_t producer_epoch = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::init_producer_id_request&) const = default;
};

// InitProducerIdResponse: response (api key 22), versions 0-5, flexible 2+.
struct init_producer_id_response {
  static constexpr std::int16_t message_api_key = 22;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 5;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The current producer id.
  std::int64_t producer_id = -1;
  // The current epoch associated with the producer id.
  std::int16_t producer_epoch = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::init_producer_id_response&) const = default;
};

}  // namespace gannet::protocol
