// generated from OffsetCommitRequest.json, OffsetCommitResponse.json; do not edit
#include "gannet/protocol/messages/offset_commit.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void offset_commit_request_offset_commit_request_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->committed_offset = r.read_int64();
  if (version >= 6) {
    this->committed_leader_epoch = r.read_int32();
  }
  if (version >= 1 && version <= 1) {
    this->commit_timestamp = r.read_int64();
  }
  this->committed_metadata = r.read_nullable_string(version >= 8);
  if (version >= 8) {
    r.skip_tagged_fields();
  }
}

void offset_commit_request_offset_commit_request_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int64(this->committed_offset);
  if (version >= 6) {
    w.write_int32(this->committed_leader_epoch);
  }
  if (!(version >= 1 && version <= 1) && !(this->commit_timestamp == -1)) w.fail();
  if (version >= 1 && version <= 1) {
    w.write_int64(this->commit_timestamp);
  }
  w.write_nullable_string(this->committed_metadata, version >= 8);
  if (version >= 8) {
    w.write_uvarint(0);
  }
}

std::size_t offset_commit_request_offset_commit_request_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  if (version >= 6) {
    n += 4;
  }
  if (version >= 1 && version <= 1) {
    n += 8;
  }
  n += ::gannet::protocol::wire::nullable_string_size(this->committed_metadata, version >= 8);
  if (version >= 8) {
    n += 1;
  }
  return n;
}

void offset_commit_request_offset_commit_request_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 8);
  {
    const std::int32_t n1 = r.read_array_length(version >= 8);
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
  if (version >= 8) {
    r.skip_tagged_fields();
  }
}

void offset_commit_request_offset_commit_request_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 8);
  w.write_array_length(this->partitions.size(), version >= 8);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 8) {
    w.write_uvarint(0);
  }
}

std::size_t offset_commit_request_offset_commit_request_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 8);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 8);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  if (version >= 8) {
    n += 1;
  }
  return n;
}

void offset_commit_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 9) {
    r.fail();
    return;
  }
  this->group_id = r.read_string(version >= 8);
  if (version >= 1) {
    this->generation_id_or_member_epoch = r.read_int32();
  }
  if (version >= 1) {
    this->member_id = r.read_string(version >= 8);
  }
  if (version >= 7) {
    this->group_instance_id = r.read_nullable_string(version >= 8);
  }
  if (version >= 2 && version <= 4) {
    this->retention_time_ms = r.read_int64();
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 8);
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
  if (version >= 8) {
    r.skip_tagged_fields();
  }
}

void offset_commit_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 9) {
    w.fail();
    return;
  }
  w.write_string(this->group_id, version >= 8);
  if (version >= 1) {
    w.write_int32(this->generation_id_or_member_epoch);
  }
  if (version >= 1) {
    w.write_string(this->member_id, version >= 8);
  }
  if (!(version >= 7) && !!this->group_instance_id.has_value()) w.fail();
  if (version >= 7) {
    w.write_nullable_string(this->group_instance_id, version >= 8);
  }
  if (version >= 2 && version <= 4) {
    w.write_int64(this->retention_time_ms);
  }
  w.write_array_length(this->topics.size(), version >= 8);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  if (version >= 8) {
    w.write_uvarint(0);
  }
}

std::size_t offset_commit_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group_id, version >= 8);
  if (version >= 1) {
    n += 4;
  }
  if (version >= 1) {
    n += ::gannet::protocol::wire::string_size(this->member_id, version >= 8);
  }
  if (version >= 7) {
    n += ::gannet::protocol::wire::nullable_string_size(this->group_instance_id, version >= 8);
  }
  if (version >= 2 && version <= 4) {
    n += 8;
  }
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 8);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  if (version >= 8) {
    n += 1;
  }
  return n;
}

void offset_commit_response_offset_commit_response_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 8) {
    r.skip_tagged_fields();
  }
}

void offset_commit_response_offset_commit_response_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 8) {
    w.write_uvarint(0);
  }
}

std::size_t offset_commit_response_offset_commit_response_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version >= 8) {
    n += 1;
  }
  return n;
}

void offset_commit_response_offset_commit_response_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 8);
  {
    const std::int32_t n1 = r.read_array_length(version >= 8);
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
  if (version >= 8) {
    r.skip_tagged_fields();
  }
}

void offset_commit_response_offset_commit_response_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 8);
  w.write_array_length(this->partitions.size(), version >= 8);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 8) {
    w.write_uvarint(0);
  }
}

std::size_t offset_commit_response_offset_commit_response_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 8);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 8);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  if (version >= 8) {
    n += 1;
  }
  return n;
}

void offset_commit_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 9) {
    r.fail();
    return;
  }
  if (version >= 3) {
    this->throttle_time_ms = r.read_int32();
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 8);
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
  if (version >= 8) {
    r.skip_tagged_fields();
  }
}

void offset_commit_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 9) {
    w.fail();
    return;
  }
  if (version >= 3) {
    w.write_int32(this->throttle_time_ms);
  }
  w.write_array_length(this->topics.size(), version >= 8);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  if (version >= 8) {
    w.write_uvarint(0);
  }
}

std::size_t offset_commit_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 3) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 8);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  if (version >= 8) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
