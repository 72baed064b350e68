// generated from ConsumerGroupHeartbeatRequest.json, ConsumerGroupHeartbeatResponse.json; do not edit
#include "gannet/protocol/messages/consumer_group_heartbeat.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void consumer_group_heartbeat_request_topic_partitions::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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

void consumer_group_heartbeat_request_topic_partitions::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->topic_id);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e4 : this->partitions) {
    w.write_int32(e4);
  }
  w.write_uvarint(0);
}

std::size_t consumer_group_heartbeat_request_topic_partitions::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  n += this->partitions.size() * 4;
  n += 1;
  return n;
}

void consumer_group_heartbeat_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->group_id = r.read_string(true);
  this->member_id = r.read_string(true);
  this->member_epoch = r.read_int32();
  this->instance_id = r.read_nullable_string(true);
  this->rack_id = r.read_nullable_string(true);
  this->rebalance_timeout_ms = r.read_int32();
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      this->subscribed_topic_names.reset();
    } else {
      auto& v6 = this->subscribed_topic_names.emplace();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back() = r.read_string(true);
      }
    }
  }
  this->server_assignor = r.read_nullable_string(true);
  {
    const std::int32_t n8 = r.read_array_length(true);
    if (n8 < 0) {
      this->topic_partitions.reset();
    } else {
      auto& v9 = this->topic_partitions.emplace();
      for (std::int32_t i10 = 0; i10 < n8 && r.ok(); ++i10) {
        v9.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void consumer_group_heartbeat_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_string(this->group_id, true);
  w.write_string(this->member_id, true);
  w.write_int32(this->member_epoch);
  w.write_nullable_string(this->instance_id, true);
  w.write_nullable_string(this->rack_id, true);
  w.write_int32(this->rebalance_timeout_ms);
  if (!this->subscribed_topic_names) {
    w.write_null_array_length(true);
  } else {
    w.write_array_length((*this->subscribed_topic_names).size(), true);
    for (const auto& e11 : (*this->subscribed_topic_names)) {
      w.write_string(e11, true);
    }
  }
  w.write_nullable_string(this->server_assignor, true);
  if (!this->topic_partitions) {
    w.write_null_array_length(true);
  } else {
    w.write_array_length((*this->topic_partitions).size(), true);
    for (const auto& e12 : (*this->topic_partitions)) {
      e12.encode(w, version);
    }
  }
  w.write_uvarint(0);
}

std::size_t consumer_group_heartbeat_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group_id, true);
  n += ::gannet::protocol::wire::string_size(this->member_id, true);
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(this->instance_id, true);
  n += ::gannet::protocol::wire::nullable_string_size(this->rack_id, true);
  n += 4;
  if (!this->subscribed_topic_names) {
    n += ::gannet::protocol::wire::null_array_length_size(true);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->subscribed_topic_names).size(), true);
    for (const auto& e13 : (*this->subscribed_topic_names)) {
      n += ::gannet::protocol::wire::string_size(e13, true);
    }
  }
  n += ::gannet::protocol::wire::nullable_string_size(this->server_assignor, true);
  if (!this->topic_partitions) {
    n += ::gannet::protocol::wire::null_array_length_size(true);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->topic_partitions).size(), true);
    for (const auto& e14 : (*this->topic_partitions)) {
      n += e14.size(version);
    }
  }
  n += 1;
  return n;
}

void consumer_group_heartbeat_response_topic_partitions::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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

void consumer_group_heartbeat_response_topic_partitions::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->topic_id);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e4 : this->partitions) {
    w.write_int32(e4);
  }
  w.write_uvarint(0);
}

std::size_t consumer_group_heartbeat_response_topic_partitions::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  n += this->partitions.size() * 4;
  n += 1;
  return n;
}

void consumer_group_heartbeat_response_assignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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

void consumer_group_heartbeat_response_assignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_array_length(this->topic_partitions.size(), true);
  for (const auto& e8 : this->topic_partitions) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t consumer_group_heartbeat_response_assignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->topic_partitions.size(), true);
  for (const auto& e9 : this->topic_partitions) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void consumer_group_heartbeat_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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

void consumer_group_heartbeat_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
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

std::size_t consumer_group_heartbeat_response::size([[maybe_unused]] std::int16_t version) const {
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
