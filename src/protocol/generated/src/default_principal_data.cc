// generated from DefaultPrincipalData.json; do not edit
#include "gannet/protocol/messages/default_principal_data.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void default_principal_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->type = r.read_string(true);
  this->name = r.read_string(true);
  this->token_authenticated = r.read_bool();
  r.skip_tagged_fields();
}

void default_principal_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_string(this->type, true);
  w.write_string(this->name, true);
  w.write_bool(this->token_authenticated);
  w.write_uvarint(0);
}

std::size_t default_principal_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->type, true);
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += 1;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
