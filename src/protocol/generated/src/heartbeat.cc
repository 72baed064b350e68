// generated from HeartbeatRequest.json, HeartbeatResponse.json; do not edit
#include "gannet/protocol/messages/heartbeat.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void heartbeat_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->group_id = r.read_string(version >= 4);
  this->generation_id = r.read_int32();
  this->member_id = r.read_string(version >= 4);
  if (version >= 3) {
    this->group_instance_id = r.read_nullable_string(version >= 4);
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void heartbeat_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
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
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t heartbeat_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group_id, version >= 4);
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->member_id, version >= 4);
  if (version >= 3) {
    n += ::gannet::protocol::wire::nullable_string_size(this->group_instance_id, version >= 4);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void heartbeat_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  if (version >= 1) {
    this->throttle_time_ms = r.read_int32();
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void heartbeat_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  if (version >= 1) {
    w.write_int32(this->throttle_time_ms);
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t heartbeat_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 1) {
    n += 4;
  }
  n += 2;
  if (version >= 4) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
