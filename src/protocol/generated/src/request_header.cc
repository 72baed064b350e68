// generated from RequestHeader.json; do not edit
#include "gannet/protocol/messages/request_header.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void request_header::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  this->request_api_key = r.read_int16();
  this->request_api_version = r.read_int16();
  this->correlation_id = r.read_int32();
  if (version >= 1) {
    this->client_id = r.read_nullable_string(false);
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void request_header::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_int16(this->request_api_key);
  w.write_int16(this->request_api_version);
  w.write_int32(this->correlation_id);
  if (version >= 1) {
    w.write_nullable_string(this->client_id, false);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t request_header::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 2;
  n += 4;
  if (version >= 1) {
    n += ::gannet::protocol::wire::nullable_string_size(this->client_id, false);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
