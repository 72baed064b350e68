// generated from ListGroupsRequest.json, ListGroupsResponse.json; do not edit
#include "gannet/protocol/messages/list_groups.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void list_groups_response::listed_group::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  group_id = r.read_string(version >= 3);
  protocol_type = r.read_string(version >= 3);
  if (version >= 4) {
    group_state = r.read_string(true);
  }
  if (version >= 5) {
    group_type = r.read_string(true);
  }
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void list_groups_response::listed_group::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(group_id, version >= 3);
  w.write_string(protocol_type, version >= 3);
  if (version >= 4) {
    w.write_string(group_state, true);
  }
  if (version >= 5) {
    w.write_string(group_type, true);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t list_groups_response::listed_group::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(group_id, version >= 3);
  n += ::gannet::protocol::wire::string_size(protocol_type, version >= 3);
  if (version >= 4) {
    n += ::gannet::protocol::wire::string_size(group_state, true);
  }
  if (version >= 5) {
    n += ::gannet::protocol::wire::string_size(group_type, true);
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
