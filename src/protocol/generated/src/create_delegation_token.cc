// generated from CreateDelegationTokenRequest.json, CreateDelegationTokenResponse.json; do not edit
#include "gannet/protocol/messages/create_delegation_token.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void create_delegation_token_request::creatable_renewers::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  principal_type = r.read_string(version >= 2);
  principal_name = r.read_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_delegation_token_request::creatable_renewers::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(principal_type, version >= 2);
  w.write_string(principal_name, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_delegation_token_request::creatable_renewers::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(principal_type, version >= 2);
  n += ::gannet::protocol::wire::string_size(principal_name, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
