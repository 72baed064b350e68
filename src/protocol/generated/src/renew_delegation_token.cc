// generated from RenewDelegationTokenRequest.json, RenewDelegationTokenResponse.json; do not edit
#include "gannet/protocol/messages/renew_delegation_token.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void renew_delegation_token_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  this->hmac = r.read_bytes(version >= 2);
  this->renew_period_ms = r.read_int64();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void renew_delegation_token_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_bytes(this->hmac, version >= 2);
  w.write_int64(this->renew_period_ms);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t renew_delegation_token_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::bytes_size(this->hmac, version >= 2);
  n += 8;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void renew_delegation_token_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->expiry_timestamp_ms = r.read_int64();
  this->throttle_time_ms = r.read_int32();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void renew_delegation_token_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_int64(this->expiry_timestamp_ms);
  w.write_int32(this->throttle_time_ms);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t renew_delegation_token_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 8;
  n += 4;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
