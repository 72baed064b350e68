// generated from DescribeGroupsRequest.json, DescribeGroupsResponse.json; do not edit
#include "gannet/protocol/messages/describe_groups.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_groups_response::described_group_member::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  member_id = r.read_string(version >= 5);
  if (version >= 4) {
    group_instance_id = r.read_nullable_string(version >= 5);
  }
  client_id = r.read_string(version >= 5);
  client_host = r.read_string(version >= 5);
  member_metadata = r.read_bytes(version >= 5);
  member_assignment = r.read_bytes(version >= 5);
  if (version >= 5) {
    r.skip_tagged_fields();
  }
}

void describe_groups_response::described_group_member::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(member_id, version >= 5);
  if (version >= 4) {
    w.write_nullable_string(group_instance_id, version >= 5);
  }
  w.write_string(client_id, version >= 5);
  w.write_string(client_host, version >= 5);
  w.write_bytes(member_metadata, version >= 5);
  w.write_bytes(member_assignment, version >= 5);
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t describe_groups_response::described_group_member::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(member_id, version >= 5);
  if (version >= 4) {
    n += ::gannet::protocol::wire::nullable_string_size(group_instance_id, version >= 5);
  }
  n += ::gannet::protocol::wire::string_size(client_id, version >= 5);
  n += ::gannet::protocol::wire::string_size(client_host, version >= 5);
  n += ::gannet::protocol::wire::bytes_size(member_metadata, version >= 5);
  n += ::gannet::protocol::wire::bytes_size(member_assignment, version >= 5);
  if (version >= 5) {
    n += 1;
  }
  return n;
}

void describe_groups_response::described_group::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  group_id = r.read_string(version >= 5);
  group_state = r.read_string(version >= 5);
  protocol_type = r.read_string(version >= 5);
  protocol_data = r.read_string(version >= 5);
  {
    const std::int32_t n1 = r.read_array_length(version >= 5);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = members;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 3) {
    authorized_operations = r.read_int32();
  }
  if (version >= 5) {
    r.skip_tagged_fields();
  }
}

void describe_groups_response::described_group::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_string(group_id, version >= 5);
  w.write_string(group_state, version >= 5);
  w.write_string(protocol_type, version >= 5);
  w.write_string(protocol_data, version >= 5);
  w.write_array_length(members.size(), version >= 5);
  for (const auto& e4 : members) {
    e4.encode(w, version);
  }
  if (!(version >= 3) && !(authorized_operations == (-2147483647 - 1))) w.fail();
  if (version >= 3) {
    w.write_int32(authorized_operations);
  }
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t describe_groups_response::described_group::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::string_size(group_id, version >= 5);
  n += ::gannet::protocol::wire::string_size(group_state, version >= 5);
  n += ::gannet::protocol::wire::string_size(protocol_type, version >= 5);
  n += ::gannet::protocol::wire::string_size(protocol_data, version >= 5);
  n += ::gannet::protocol::wire::array_length_size(members.size(), version >= 5);
  for (const auto& e5 : members) {
    n += e5.size(version);
  }
  if (version >= 3) {
    n += 4;
  }
  if (version >= 5) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
