// generated from SyncGroupRequest.json, SyncGroupResponse.json; do not edit
#include "gannet/protocol/messages/sync_group.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void sync_group_request_sync_group_request_assignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->member_id = r.read_string(version >= 4);
  this->assignment = r.read_bytes(version >= 4);
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void sync_group_request_sync_group_request_assignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->member_id, version >= 4);
  w.write_bytes(this->assignment, version >= 4);
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t sync_group_request_sync_group_request_assignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->member_id, version >= 4);
  n += ::gannet::protocol::wire::bytes_size(this->assignment, version >= 4);
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void sync_group_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 5) {
    r.fail();
    return;
  }
  this->group_id = r.read_string(version >= 4);
  this->generation_id = r.read_int32();
  this->member_id = r.read_string(version >= 4);
  if (version >= 3) {
    this->group_instance_id = r.read_nullable_string(version >= 4);
  }
  if (version >= 5) {
    this->protocol_type = r.read_nullable_string(true);
  }
  if (version >= 5) {
    this->protocol_name = r.read_nullable_string(true);
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 4);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->assignments;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void sync_group_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 5) {
    w.fail();
    return;
  }
  w.write_string(this->group_id, version >= 4);
  w.write_int32(this->generation_id);
  w.write_string(this->member_id, version >= 4);
  if (!(version >= 3) && !!this->group_instance_id.has_value()) w.fail();
  if (version >= 3) {
    w.write_nullable_string(this->group_instance_id, version >= 4);
  }
  if (version >= 5) {
    w.write_nullable_string(this->protocol_type, true);
  }
  if (version >= 5) {
    w.write_nullable_string(this->protocol_name, true);
  }
  w.write_array_length(this->assignments.size(), version >= 4);
  for (const auto& e4 : this->assignments) {
    e4.encode(w, version);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t sync_group_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group_id, version >= 4);
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->member_id, version >= 4);
  if (version >= 3) {
    n += ::gannet::protocol::wire::nullable_string_size(this->group_instance_id, version >= 4);
  }
  if (version >= 5) {
    n += ::gannet::protocol::wire::nullable_string_size(this->protocol_type, true);
  }
  if (version >= 5) {
    n += ::gannet::protocol::wire::nullable_string_size(this->protocol_name, true);
  }
  n += ::gannet::protocol::wire::array_length_size(this->assignments.size(), version >= 4);
  for (const auto& e5 : this->assignments) {
    n += e5.size(version);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void sync_group_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 5) {
    r.fail();
    return;
  }
  if (version >= 1) {
    this->throttle_time_ms = r.read_int32();
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 5) {
    this->protocol_type = r.read_nullable_string(true);
  }
  if (version >= 5) {
    this->protocol_name = r.read_nullable_string(true);
  }
  this->assignment = r.read_bytes(version >= 4);
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void sync_group_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 5) {
    w.fail();
    return;
  }
  if (version >= 1) {
    w.write_int32(this->throttle_time_ms);
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 5) {
    w.write_nullable_string(this->protocol_type, true);
  }
  if (version >= 5) {
    w.write_nullable_string(this->protocol_name, true);
  }
  w.write_bytes(this->assignment, version >= 4);
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t sync_group_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 1) {
    n += 4;
  }
  n += 2;
  if (version >= 5) {
    n += ::gannet::protocol::wire::nullable_string_size(this->protocol_type, true);
  }
  if (version >= 5) {
    n += ::gannet::protocol::wire::nullable_string_size(this->protocol_name, true);
  }
  n += ::gannet::protocol::wire::bytes_size(this->assignment, version >= 4);
  if (version >= 4) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
