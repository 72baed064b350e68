// generated from SaslHandshakeRequest.json, SaslHandshakeResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// SaslHandshakeRequest: request (api key 17), versions 0-1, flexible none.
struct sasl_handshake_request {
  static constexpr std::int16_t message_api_key = 17;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = -1;

  // The SASL mechanism chosen by the client.
  std::string mechanism = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::sasl_handshake_request&) const = default;
};

// SaslHandshakeResponse: response (api key 17), versions 0-1, flexible none.
struct sasl_handshake_response {
  static constexpr std::int16_t message_api_key = 17;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = -1;

  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The mechanisms enabled in the server.
  std::vector<std::string> mechanisms{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::sasl_handshake_response&) const = default;
};

}  // namespace gannet::protocol
