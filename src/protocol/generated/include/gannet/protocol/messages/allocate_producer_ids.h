// generated from AllocateProducerIdsRequest.json, AllocateProducerIdsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// AllocateProducerIdsRequest: request (api key 67), versions 0-0, flexible 0+.
struct allocate_producer_ids_request {
  static constexpr std::int16_t message_api_key = 67;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The ID of the requesting broker
  std::int32_t broker_id = 0;
  // The epoch of the requesting broker
  std::int64_t broker_epoch = -1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::allocate_producer_ids_request&) const = default;
};

// AllocateProducerIdsResponse: response (api key 67), versions 0-0, flexible 0+.
struct allocate_producer_ids_response {
  static constexpr std::int16_t message_api_key = 67;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The top level response error code
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The first producer ID in this range, inclusive
  std::int64_t producer_id_start = 0;
  // The number of producer IDs in this range
  std::int32_t producer_id_len = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::allocate_producer_ids_response&) const = default;
};

}  // namespace gannet::protocol
