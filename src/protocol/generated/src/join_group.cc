// generated from JoinGroupRequest.json, JoinGroupResponse.json; do not edit
#include "gannet/protocol/messages/join_group.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void join_group_request_join_group_request_protocol::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 6);
  this->metadata = r.read_bytes(version >= 6);
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void join_group_request_join_group_request_protocol::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 6);
  w.write_bytes(this->metadata, version >= 6);
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t join_group_request_join_group_request_protocol::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 6);
  n += ::gannet::protocol::wire::bytes_size(this->metadata, version >= 6);
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void join_group_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 9) {
    r.fail();
    return;
  }
  this->group_id = r.read_string(version >= 6);
  this->session_timeout_ms = r.read_int32();
  if (version >= 1) {
    this->rebalance_timeout_ms = r.read_int32();
  }
  this->member_id = r.read_string(version >= 6);
  if (version >= 5) {
    this->group_instance_id = r.read_nullable_string(version >= 6);
  }
  this->protocol_type = r.read_string(version >= 6);
  {
    const std::int32_t n1 = r.read_array_length(version >= 6);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->protocols;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 8) {
    this->reason = r.read_nullable_string(true);
  }
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void join_group_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 9) {
    w.fail();
    return;
  }
  w.write_string(this->group_id, version >= 6);
  w.write_int32(this->session_timeout_ms);
  if (version >= 1) {
    w.write_int32(this->rebalance_timeout_ms);
  }
  w.write_string(this->member_id, version >= 6);
  if (!(version >= 5) && !!this->group_instance_id.has_value()) w.fail();
  if (version >= 5) {
    w.write_nullable_string(this->group_instance_id, version >= 6);
  }
  w.write_string(this->protocol_type, version >= 6);
  w.write_array_length(this->protocols.size(), version >= 6);
  for (const auto& e4 : this->protocols) {
    e4.encode(w, version);
  }
  if (version >= 8) {
    w.write_nullable_string(this->reason, true);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t join_group_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group_id, version >= 6);
  n += 4;
  if (version >= 1) {
    n += 4;
  }
  n += ::gannet::protocol::wire::string_size(this->member_id, version >= 6);
  if (version >= 5) {
    n += ::gannet::protocol::wire::nullable_string_size(this->group_instance_id, version >= 6);
  }
  n += ::gannet::protocol::wire::string_size(this->protocol_type, version >= 6);
  n += ::gannet::protocol::wire::array_length_size(this->protocols.size(), version >= 6);
  for (const auto& e5 : this->protocols) {
    n += e5.size(version);
  }
  if (version >= 8) {
    n += ::gannet::protocol::wire::nullable_string_size(this->reason, true);
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void join_group_response_join_group_response_member::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->member_id = r.read_string(version >= 6);
  if (version >= 5) {
    this->group_instance_id = r.read_nullable_string(version >= 6);
  }
  this->metadata = r.read_bytes(version >= 6);
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void join_group_response_join_group_response_member::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->member_id, version >= 6);
  if (version >= 5) {
    w.write_nullable_string(this->group_instance_id, version >= 6);
  }
  w.write_bytes(this->metadata, version >= 6);
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t join_group_response_join_group_response_member::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->member_id, version >= 6);
  if (version >= 5) {
    n += ::gannet::protocol::wire::nullable_string_size(this->group_instance_id, version >= 6);
  }
  n += ::gannet::protocol::wire::bytes_size(this->metadata, version >= 6);
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void join_group_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 9) {
    r.fail();
    return;
  }
  if (version >= 2) {
    this->throttle_time_ms = r.read_int32();
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->generation_id = r.read_int32();
  if (version >= 7) {
    this->protocol_type = r.read_nullable_string(true);
  }
  this->protocol_name = r.read_nullable_string(version >= 6);
  if (!this->protocol_name && !(version >= 7)) r.fail();
  this->leader = r.read_string(version >= 6);
  if (version >= 9) {
    this->skip_assignment = r.read_bool();
  }
  this->member_id = r.read_string(version >= 6);
  {
    const std::int32_t n1 = r.read_array_length(version >= 6);
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
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void join_group_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 9) {
    w.fail();
    return;
  }
  if (version >= 2) {
    w.write_int32(this->throttle_time_ms);
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_int32(this->generation_id);
  if (version >= 7) {
    w.write_nullable_string(this->protocol_type, true);
  }
  if (!this->protocol_name && !(version >= 7)) w.fail();
  w.write_nullable_string(this->protocol_name, version >= 6);
  w.write_string(this->leader, version >= 6);
  if (!(version >= 9) && !(this->skip_assignment == false)) w.fail();
  if (version >= 9) {
    w.write_bool(this->skip_assignment);
  }
  w.write_string(this->member_id, version >= 6);
  w.write_array_length(this->members.size(), version >= 6);
  for (const auto& e4 : this->members) {
    e4.encode(w, version);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t join_group_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 2) {
    n += 4;
  }
  n += 2;
  n += 4;
  if (version >= 7) {
    n += ::gannet::protocol::wire::nullable_string_size(this->protocol_type, true);
  }
  n += ::gannet::protocol::wire::nullable_string_size(this->protocol_name, version >= 6);
  n += ::gannet::protocol::wire::string_size(this->leader, version >= 6);
  if (version >= 9) {
    n += 1;
  }
  n += ::gannet::protocol::wire::string_size(this->member_id, version >= 6);
  n += ::gannet::protocol::wire::array_length_size(this->members.size(), version >= 6);
  for (const auto& e5 : this->members) {
    n += e5.size(version);
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
