// generated from SaslAuthenticateRequest.json, SaslAuthenticateResponse.json; do not edit
#include "gannet/protocol/messages/sasl_authenticate.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void sasl_authenticate_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  this->auth_bytes = r.read_bytes(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void sasl_authenticate_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_bytes(this->auth_bytes, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t sasl_authenticate_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::bytes_size(this->auth_bytes, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void sasl_authenticate_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(version >= 2);
  this->auth_bytes = r.read_bytes(version >= 2);
  if (version >= 1) {
    this->session_lifetime_ms = r.read_int64();
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void sasl_authenticate_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, version >= 2);
  w.write_bytes(this->auth_bytes, version >= 2);
  if (version >= 1) {
    w.write_int64(this->session_lifetime_ms);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t sasl_authenticate_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, version >= 2);
  n += ::gannet::protocol::wire::bytes_size(this->auth_bytes, version >= 2);
  if (version >= 1) {
    n += 8;
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
