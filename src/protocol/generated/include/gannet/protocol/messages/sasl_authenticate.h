// generated from SaslAuthenticateRequest.json, SaslAuthenticateResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// SaslAuthenticateRequest: request (api key 36), versions 0-2, flexible 2+.
struct sasl_authenticate_request {
  static constexpr std::int16_t message_api_key = 36;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The SASL authentication bytes from the client, as defined by the SASL mechanism.
  std::vector<std::uint8_t> auth_bytes{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::sasl_authenticate_request&) const = default;
};

// SaslAuthenticateResponse: response (api key 36), versions 0-2, flexible 2+.
struct sasl_authenticate_response {
  static constexpr std::int16_t message_api_key = 36;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 2;
  static constexpr std::int16_t message_first_flexible_version = 2;

  // The error code, or 0 if there was no error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The error message, or null if there was no error. (nullable 0+)
  std::optional<std::string> error_message = std::string();
  // The SASL authentication bytes from the server, as defined by the SASL mechanism.
  std::vector<std::uint8_t> auth_bytes{};
  // Number of milliseconds after which only re-authentication over the existing connection to
  // create a new session can occur. (versions 1+)
  std::int64_t session_lifetime_ms = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::sasl_authenticate_response&) const = default;
};

}  // namespace gannet::protocol
