// generated from EnvelopeRequest.json, EnvelopeResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// EnvelopeRequest: request (api key 58), versions 0-0, flexible 0+.
struct envelope_request {
  static constexpr std::int16_t message_api_key = 58;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The embedded request header and data.
  std::vector<std::uint8_t> request_data{};
  // Value of the initial client principal when the request is redirected by a broker. (nullable 0+)
  std::optional<std::vector<std::uint8_t>> request_principal = std::vector<std::uint8_t>{};
  // The original client's address in bytes.
  std::vector<std::uint8_t> client_host_address{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::envelope_request&) const = default;
};

// EnvelopeResponse: response (api key 58), versions 0-0, flexible 0+.
struct envelope_response {
  static constexpr std::int16_t message_api_key = 58;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The embedded response header and data. (nullable 0+)
  std::optional<std::vector<std::uint8_t>> response_data = std::nullopt;
  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::envelope_response&) const = default;
};

}  // namespace gannet::protocol
