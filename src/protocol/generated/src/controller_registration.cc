// generated from ControllerRegistrationRequest.json, ControllerRegistrationResponse.json; do not edit
#include "gannet/protocol/messages/controller_registration.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void controller_registration_request::listener::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  host = r.read_string(true);
  port = r.read_uint16();
  security_protocol = r.read_int16();
  r.skip_tagged_fields();
}

void controller_registration_request::listener::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_string(host, true);
  w.write_uint16(port);
  w.write_int16(security_protocol);
  w.write_uvarint(0);
}

std::size_t controller_registration_request::listener::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 2;
  n += 2;
  n += 1;
  return n;
}

void controller_registration_request::feature::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  min_supported_version = r.read_int16();
  max_supported_version = r.read_int16();
  r.skip_tagged_fields();
}

void controller_registration_request::feature::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_int16(min_supported_version);
  w.write_int16(max_supported_version);
  w.write_uvarint(0);
}

std::size_t controller_registration_request::feature::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += 2;
  n += 2;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
