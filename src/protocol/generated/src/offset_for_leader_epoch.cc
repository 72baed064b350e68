// generated from OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json; do not edit
#include "gannet/protocol/messages/offset_for_leader_epoch.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void offset_for_leader_epoch_request_offset_for_leader_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition = r.read_int32();
  if (version >= 2) {
    this->current_leader_epoch = r.read_int32();
  }
  this->leader_epoch = r.read_int32();
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void offset_for_leader_epoch_request_offset_for_leader_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition);
  if (version >= 2) {
    w.write_int32(this->current_leader_epoch);
  }
  w.write_int32(this->leader_epoch);
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t offset_for_leader_epoch_request_offset_for_leader_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 2) {
    n += 4;
  }
  n += 4;
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void offset_for_leader_epoch_request_offset_for_leader_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic = r.read_string(version >= 4);
  {
    const std::int32_t n1 = r.read_array_length(version >= 4);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partitions;
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

void offset_for_leader_epoch_request_offset_for_leader_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic, version >= 4);
  w.write_array_length(this->partitions.size(), version >= 4);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t offset_for_leader_epoch_request_offset_for_leader_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic, version >= 4);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 4);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void offset_for_leader_epoch_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  if (version >= 3) {
    this->replica_id = r.read_int32();
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 4);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->topics;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void offset_for_leader_epoch_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  if (version >= 3) {
    w.write_int32(this->replica_id);
  }
  w.write_array_length(this->topics.size(), version >= 4);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t offset_for_leader_epoch_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 3) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 4);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void offset_for_leader_epoch_response_epoch_end_offset::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->partition = r.read_int32();
  if (version >= 1) {
    this->leader_epoch = r.read_int32();
  }
  this->end_offset = r.read_int64();
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void offset_for_leader_epoch_response_epoch_end_offset::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_int32(this->partition);
  if (version >= 1) {
    w.write_int32(this->leader_epoch);
  }
  w.write_int64(this->end_offset);
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t offset_for_leader_epoch_response_epoch_end_offset::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 4;
  if (version >= 1) {
    n += 4;
  }
  n += 8;
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void offset_for_leader_epoch_response_offset_for_leader_topic_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic = r.read_string(version >= 4);
  {
    const std::int32_t n1 = r.read_array_length(version >= 4);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partitions;
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

void offset_for_leader_epoch_response_offset_for_leader_topic_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic, version >= 4);
  w.write_array_length(this->partitions.size(), version >= 4);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t offset_for_leader_epoch_response_offset_for_leader_topic_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic, version >= 4);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 4);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void offset_for_leader_epoch_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  if (version >= 2) {
    this->throttle_time_ms = r.read_int32();
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 4);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->topics;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void offset_for_leader_epoch_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  if (version >= 2) {
    w.write_int32(this->throttle_time_ms);
  }
  w.write_array_length(this->topics.size(), version >= 4);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t offset_for_leader_epoch_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 2) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 4);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
