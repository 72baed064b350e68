// generated from ResponseHeader.json; do not edit
#include "gannet/protocol/messages/response_header.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void response_header::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->correlation_id = r.read_int32();
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void response_header::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_int32(this->correlation_id);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t response_header::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
