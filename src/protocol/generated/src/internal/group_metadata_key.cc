// generated from GroupMetadataKey.json; do not edit
#include "gannet/protocol/internal/group_metadata_key.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void group_metadata_key::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 2 || version > 2) {
    r.fail();
    return;
  }
  this->group = r.read_string(false);
}

void group_metadata_key::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 2 || version > 2) {
    w.fail();
    return;
  }
  w.write_string(this->group, false);
}

std::size_t group_metadata_key::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group, false);
  return n;
}

}  // namespace gannet::protocol
