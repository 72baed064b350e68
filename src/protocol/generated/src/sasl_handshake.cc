// generated from SaslHandshakeRequest.json, SaslHandshakeResponse.json; do not edit
#include "gannet/protocol/messages/sasl_handshake.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void sasl_handshake_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->mechanism = r.read_string(false);
}

void sasl_handshake_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_string(this->mechanism, false);
}

std::size_t sasl_handshake_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->mechanism, false);
  return n;
}

void sasl_handshake_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  {
    const std::int32_t n1 = r.read_array_length(false);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->mechanisms;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_string(false);
      }
    }
  }
}

void sasl_handshake_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_array_length(this->mechanisms.size(), false);
  for (const auto& e4 : this->mechanisms) {
    w.write_string(e4, false);
  }
}

std::size_t sasl_handshake_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->mechanisms.size(), false);
  for (const auto& e5 : this->mechanisms) {
    n += ::gannet::protocol::wire::string_size(e5, false);
  }
  return n;
}

}  // namespace gannet::protocol
