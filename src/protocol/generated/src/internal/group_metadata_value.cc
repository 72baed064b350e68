// generated from GroupMetadataValue.json; do not edit
#include "gannet/protocol/internal/group_metadata_value.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void group_metadata_value_member_metadata::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->member_id = r.read_string(version >= 4);
  if (version >= 3) {
    this->group_instance_id = r.read_nullable_string(version >= 4);
  }
  this->client_id = r.read_string(version >= 4);
  this->client_host = r.read_string(version >= 4);
  if (version >= 1) {
    this->rebalance_timeout = r.read_int32();
  }
  this->session_timeout = r.read_int32();
  this->subscription = r.read_bytes(version >= 4);
  this->assignment = r.read_bytes(version >= 4);
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void group_metadata_value_member_metadata::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->member_id, version >= 4);
  if (version >= 3) {
    w.write_nullable_string(this->group_instance_id, version >= 4);
  }
  w.write_string(this->client_id, version >= 4);
  w.write_string(this->client_host, version >= 4);
  if (version >= 1) {
    w.write_int32(this->rebalance_timeout);
  }
  w.write_int32(this->session_timeout);
  w.write_bytes(this->subscription, version >= 4);
  w.write_bytes(this->assignment, version >= 4);
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t group_metadata_value_member_metadata::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->member_id, version >= 4);
  if (version >= 3) {
    n += ::gannet::protocol::wire::nullable_string_size(this->group_instance_id, version >= 4);
  }
  n += ::gannet::protocol::wire::string_size(this->client_id, version >= 4);
  n += ::gannet::protocol::wire::string_size(this->client_host, version >= 4);
  if (version >= 1) {
    n += 4;
  }
  n += 4;
  n += ::gannet::protocol::wire::bytes_size(this->subscription, version >= 4);
  n += ::gannet::protocol::wire::bytes_size(this->assignment, version >= 4);
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void group_metadata_value::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->protocol_type = r.read_string(version >= 4);
  this->generation = r.read_int32();
  this->protocol = r.read_nullable_string(version >= 4);
  this->leader = r.read_nullable_string(version >= 4);
  if (version >= 2) {
    this->current_state_timestamp = r.read_int64();
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 4);
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
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void group_metadata_value::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_string(this->protocol_type, version >= 4);
  w.write_int32(this->generation);
  w.write_nullable_string(this->protocol, version >= 4);
  w.write_nullable_string(this->leader, version >= 4);
  if (version >= 2) {
    w.write_int64(this->current_state_timestamp);
  }
  w.write_array_length(this->members.size(), version >= 4);
  for (const auto& e4 : this->members) {
    e4.encode(w, version);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t group_metadata_value::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->protocol_type, version >= 4);
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(this->protocol, version >= 4);
  n += ::gannet::protocol::wire::nullable_string_size(this->leader, version >= 4);
  if (version >= 2) {
    n += 8;
  }
  n += ::gannet::protocol::wire::array_length_size(this->members.size(), version >= 4);
  for (const auto& e5 : this->members) {
    n += e5.size(version);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
