// generated from EnvelopeRequest.json, EnvelopeResponse.json; do not edit
#include "gannet/protocol/messages/envelope.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void envelope_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->request_data = r.read_bytes(true);
  this->request_principal = r.read_nullable_bytes(true);
  this->client_host_address = r.read_bytes(true);
  r.skip_tagged_fields();
}

void envelope_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_bytes(this->request_data, true);
  w.write_nullable_bytes(this->request_principal, true);
  w.write_bytes(this->client_host_address, true);
  w.write_uvarint(0);
}

std::size_t envelope_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::bytes_size(this->request_data, true);
  n += ::gannet::protocol::wire::nullable_bytes_size(this->request_principal, true);
  n += ::gannet::protocol::wire::bytes_size(this->client_host_address, true);
  n += 1;
  return n;
}

void envelope_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->response_data = r.read_nullable_bytes(true);
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  r.skip_tagged_fields();
}

void envelope_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_nullable_bytes(this->response_data, true);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_uvarint(0);
}

std::size_t envelope_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::nullable_bytes_size(this->response_data, true);
  n += 2;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
