// generated from JoinGroupRequest.json, JoinGroupResponse.json; do not edit
#include "gannet/protocol/messages/join_group.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void join_group_request::join_group_request_protocol::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 6);
  metadata = r.read_bytes(version >= 6);
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void join_group_request::join_group_request_protocol::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 6);
  w.write_bytes(metadata, version >= 6);
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t join_group_request::join_group_request_protocol::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 6);
  n += ::gannet::protocol::wire::bytes_size(metadata, version >= 6);
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void join_group_response::join_group_response_member::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  member_id = r.read_string(version >= 6);
  if (version >= 5) {
    group_instance_id = r.read_nullable_string(version >= 6);
  }
  metadata = r.read_bytes(version >= 6);
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void join_group_response::join_group_response_member::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(member_id, version >= 6);
  if (version >= 5) {
    w.write_nullable_string(group_instance_id, version >= 6);
  }
  w.write_bytes(metadata, version >= 6);
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t join_group_response::join_group_response_member::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(member_id, version >= 6);
  if (version >= 5) {
    n += ::gannet::protocol::wire::nullable_string_size(group_instance_id, version >= 6);
  }
  n += ::gannet::protocol::wire::bytes_size(metadata, version >= 6);
  if (version >= 6) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
