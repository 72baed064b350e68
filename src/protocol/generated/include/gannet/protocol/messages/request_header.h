// generated from RequestHeader.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// RequestHeader: header, versions 0-2, flexible 2+.
struct request_header {
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The API key of this request.
  std::int16_t request_api_key = 0;
  // The API version of this request.
  std::int16_t request_api_version = 0;
  // The correlation ID of this request.
  std::int32_t correlation_id = 0;
  // The client ID string. (versions 1+, nullable 1+)
  std::optional<std::string> client_id = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::request_header&) const = default;
};

}  // namespace gannet::protocol
