#pragma once
// A Kafka UUID (topic ids, directory ids): 16 bytes, most significant first, as on the wire.
// The all-zero value is Kafka's Uuid.ZERO_UUID ("no id").

#include <array>
#include <cstdint>

namespace gannet::protocol {

using uuid = std::array<std::uint8_t, 16>;

}  // namespace gannet::protocol
