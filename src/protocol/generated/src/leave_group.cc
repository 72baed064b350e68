// generated from LeaveGroupRequest.json, LeaveGroupResponse.json; do not edit
#include "gannet/protocol/messages/leave_group.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void leave_group_request::member_identity::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  member_id = r.read_string(version >= 4);
  group_instance_id = r.read_nullable_string(version >= 4);
  if (version >= 5) {
    reason = r.read_nullable_string(true);
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void leave_group_request::member_identity::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(member_id, version >= 4);
  w.write_nullable_string(group_instance_id, version >= 4);
  if (version >= 5) {
    w.write_nullable_string(reason, true);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t leave_group_request::member_identity::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(member_id, version >= 4);
  n += ::gannet::protocol::wire::nullable_string_size(group_instance_id, version >= 4);
  if (version >= 5) {
    n += ::gannet::protocol::wire::nullable_string_size(reason, true);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void leave_group_response::member_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  member_id = r.read_string(version >= 4);
  group_instance_id = r.read_nullable_string(version >= 4);
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void leave_group_response::member_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(member_id, version >= 4);
  w.write_nullable_string(group_instance_id, version >= 4);
  w.write_int16(static_cast<std::int16_t>(error_code));
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t leave_group_response::member_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(member_id, version >= 4);
  n += ::gannet::protocol::wire::nullable_string_size(group_instance_id, version >= 4);
  n += 2;
  if (version >= 4) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
