// generated from SyncGroupRequest.json, SyncGroupResponse.json; do not edit
#include "gannet/protocol/messages/sync_group.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void sync_group_request::sync_group_request_assignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  member_id = r.read_string(version >= 4);
  assignment = r.read_bytes(version >= 4);
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void sync_group_request::sync_group_request_assignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(member_id, version >= 4);
  w.write_bytes(assignment, version >= 4);
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t sync_group_request::sync_group_request_assignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(member_id, version >= 4);
  n += ::gannet::protocol::wire::bytes_size(assignment, version >= 4);
  if (version >= 4) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
