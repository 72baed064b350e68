// generated from DescribeGroupsRequest.json, DescribeGroupsResponse.json; do not edit
#include "gannet/protocol/messages/describe_groups.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_groups_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 5) {
    r.fail();
    return;
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 5);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->groups;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_string(version >= 5);
      }
    }
  }
  if (version >= 3) {
    this->include_authorized_operations = r.read_bool();
  }
  if (version >= 5) {
    r.skip_tagged_fields();
  }
}

void describe_groups_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 5) {
    w.fail();
    return;
  }
  w.write_array_length(this->groups.size(), version >= 5);
  for (const auto& e4 : this->groups) {
    w.write_string(e4, version >= 5);
  }
  if (!(version >= 3) && !(this->include_authorized_operations == false)) w.fail();
  if (version >= 3) {
    w.write_bool(this->include_authorized_operations);
  }
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t describe_groups_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->groups.size(), version >= 5);
  for (const auto& e5 : this->groups) {
    n += ::gannet::protocol::wire::string_size(e5, version >= 5);
  }
  if (version >= 3) {
    n += 1;
  }
  if (version >= 5) {
    n += 1;
  }
  return n;
}

void describe_groups_response_described_group_member::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->member_id = r.read_string(version >= 5);
  if (version >= 4) {
    this->group_instance_id = r.read_nullable_string(version >= 5);
  }
  this->client_id = r.read_string(version >= 5);
  this->client_host = r.read_string(version >= 5);
  this->member_metadata = r.read_bytes(version >= 5);
  this->member_assignment = r.read_bytes(version >= 5);
  if (version >= 5) {
    r.skip_tagged_fields();
  }
}

void describe_groups_response_described_group_member::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->member_id, version >= 5);
  if (version >= 4) {
    w.write_nullable_string(this->group_instance_id, version >= 5);
  }
  w.write_string(this->client_id, version >= 5);
  w.write_string(this->client_host, version >= 5);
  w.write_bytes(this->member_metadata, version >= 5);
  w.write_bytes(this->member_assignment, version >= 5);
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t describe_groups_response_described_group_member::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->member_id, version >= 5);
  if (version >= 4) {
    n += ::gannet::protocol::wire::nullable_string_size(this->group_instance_id, version >= 5);
  }
  n += ::gannet::protocol::wire::string_size(this->client_id, version >= 5);
  n += ::gannet::protocol::wire::string_size(this->client_host, version >= 5);
  n += ::gannet::protocol::wire::bytes_size(this->member_metadata, version >= 5);
  n += ::gannet::protocol::wire::bytes_size(this->member_assignment, version >= 5);
  if (version >= 5) {
    n += 1;
  }
  return n;
}

void describe_groups_response_described_group::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->group_id = r.read_string(version >= 5);
  this->group_state = r.read_string(version >= 5);
  this->protocol_type = r.read_string(version >= 5);
  this->protocol_data = r.read_string(version >= 5);
  {
    const std::int32_t n1 = r.read_array_length(version >= 5);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->members;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 3) {
    this->authorized_operations = r.read_int32();
  }
  if (version >= 5) {
    r.skip_tagged_fields();
  }
}

void describe_groups_response_described_group::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_string(this->group_id, version >= 5);
  w.write_string(this->group_state, version >= 5);
  w.write_string(this->protocol_type, version >= 5);
  w.write_string(this->protocol_data, version >= 5);
  w.write_array_length(this->members.size(), version >= 5);
  for (const auto& e4 : this->members) {
    e4.encode(w, version);
  }
  if (!(version >= 3) && !(this->authorized_operations == (-2147483647 - 1))) w.fail();
  if (version >= 3) {
    w.write_int32(this->authorized_operations);
  }
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t describe_groups_response_described_group::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::string_size(this->group_id, version >= 5);
  n += ::gannet::protocol::wire::string_size(this->group_state, version >= 5);
  n += ::gannet::protocol::wire::string_size(this->protocol_type, version >= 5);
  n += ::gannet::protocol::wire::string_size(this->protocol_data, version >= 5);
  n += ::gannet::protocol::wire::array_length_size(this->members.size(), version >= 5);
  for (const auto& e5 : this->members) {
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

void describe_groups_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 5) {
    r.fail();
    return;
  }
  if (version >= 1) {
    this->throttle_time_ms = r.read_int32();
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 5);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->groups;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 5) {
    r.skip_tagged_fields();
  }
}

void describe_groups_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 5) {
    w.fail();
    return;
  }
  if (version >= 1) {
    w.write_int32(this->throttle_time_ms);
  }
  w.write_array_length(this->groups.size(), version >= 5);
  for (const auto& e9 : this->groups) {
    e9.encode(w, version);
  }
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t describe_groups_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 1) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->groups.size(), version >= 5);
  for (const auto& e10 : this->groups) {
    n += e10.size(version);
  }
  if (version >= 5) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
