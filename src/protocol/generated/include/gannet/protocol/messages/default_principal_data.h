// generated from DefaultPrincipalData.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// DefaultPrincipalData: data, versions 0-0, flexible 0+.
struct default_principal_data {
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The principal type
  std::string type = "";
  // The principal name
  std::string name = "";
  // Whether the principal was authenticated by a delegation token on the forwarding broker.
  bool token_authenticated = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::default_principal_data&) const = default;
};

}  // namespace gannet::protocol
