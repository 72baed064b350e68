// generated from DeleteGroupsRequest.json, DeleteGroupsResponse.json; do not edit
#include "gannet/protocol/messages/delete_groups.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void delete_groups_response::deletable_group_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  group_id = r.read_string(version >= 2);
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_groups_response::deletable_group_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(group_id, version >= 2);
  w.write_int16(static_cast<std::int16_t>(error_code));
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_groups_response::deletable_group_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(group_id, version >= 2);
  n += 2;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
