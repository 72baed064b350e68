// generated from ShareGroupHeartbeatRequest.json, ShareGroupHeartbeatResponse.json; do not edit
#include "gannet/protocol/messages/share_group_heartbeat.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void share_group_heartbeat_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->group_id = r.read_string(true);
  this->member_id = r.read_string(true);
  this->member_epoch = r.read_int32();
  this->rack_id = r.read_nullable_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      this->subscribed_topic_names.reset();
    } else {
      auto& v2 = this->subscribed_topic_names.emplace();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_string(true);
      }
    }
  }
  r.skip_tagged_fields();
}

void share_group_heartbeat_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_string(this->group_id, true);
  w.write_string(this->member_id, true);
  w.write_int32(this->member_epoch);
  w.write_nullable_string(this->rack_id, true);
  if (!this->subscribed_topic_names) {
    w.write_null_array_length(true);
  } else {
    w.write_array_length((*this->subscribed_topic_names).size(), true);
    for (const auto& e4 : (*this->subscribed_topic_names)) {
      w.write_string(e4, true);
    }
  }
  w.write_uvarint(0);
}

std::size_t share_group_heartbeat_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group_id, true);
  n += ::gannet::protocol::wire::string_size(this->member_id, true);
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(this->rack_id, true);
  if (!this->subscribed_topic_names) {
    n += ::gannet::protocol::wire::null_array_length_size(true);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->subscribed_topic_names).size(), true);
    for (const auto& e5 : (*this->subscribed_topic_names)) {
      n += ::gannet::protocol::wire::string_size(e5, true);
    }
  }
  n += 1;
  return n;
}

void share_group_heartbeat_response_topic_partitions::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_id = r.read_uuid();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partitions;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void share_group_heartbeat_response_topic_partitions::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->topic_id);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e4 : this->partitions) {
    w.write_int32(e4);
  }
  w.write_uvarint(0);
}

std::size_t share_group_heartbeat_response_topic_partitions::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  n += this->partitions.size() * 4;
  n += 1;
  return n;
}

void share_group_heartbeat_response_assignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = this->topic_partitions;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void share_group_heartbeat_response_assignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_array_length(this->topic_partitions.size(), true);
  for (const auto& e8 : this->topic_partitions) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t share_group_heartbeat_response_assignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->topic_partitions.size(), true);
  for (const auto& e9 : this->topic_partitions) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void share_group_heartbeat_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  this->member_id = r.read_nullable_string(true);
  this->member_epoch = r.read_int32();
  this->heartbeat_interval_ms = r.read_int32();
  {
    const bool present = r.read_int8() >= 0;
    if (present) {
      this->assignment.emplace().decode(r, version);
    } else {
      this->assignment.reset();
    }
  }
  r.skip_tagged_fields();
}

void share_group_heartbeat_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_nullable_string(this->member_id, true);
  w.write_int32(this->member_epoch);
  w.write_int32(this->heartbeat_interval_ms);
  if (!this->assignment) {
    w.write_int8(-1);
  } else {
    w.write_int8(1);
    this->assignment->encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t share_group_heartbeat_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += ::gannet::protocol::wire::nullable_string_size(this->member_id, true);
  n += 4;
  n += 4;
  n += 1;
  if (this->assignment) n += this->assignment->size(version);
  n += 1;
  return n;
}

}  // namespace gannet::protocol
