// generated from TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json; do not edit
#include "gannet/protocol/messages/txn_offset_commit.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void txn_offset_commit_request_txn_offset_commit_request_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->committed_offset = r.read_int64();
  if (version >= 2) {
    this->committed_leader_epoch = r.read_int32();
  }
  this->committed_metadata = r.read_nullable_string(version >= 3);
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void txn_offset_commit_request_txn_offset_commit_request_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int64(this->committed_offset);
  if (version >= 2) {
    w.write_int32(this->committed_leader_epoch);
  }
  w.write_nullable_string(this->committed_metadata, version >= 3);
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t txn_offset_commit_request_txn_offset_commit_request_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  if (version >= 2) {
    n += 4;
  }
  n += ::gannet::protocol::wire::nullable_string_size(this->committed_metadata, version >= 3);
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void txn_offset_commit_request_txn_offset_commit_request_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 3);
  {
    const std::int32_t n1 = r.read_array_length(version >= 3);
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
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void txn_offset_commit_request_txn_offset_commit_request_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 3);
  w.write_array_length(this->partitions.size(), version >= 3);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t txn_offset_commit_request_txn_offset_commit_request_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 3);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 3);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void txn_offset_commit_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->transactional_id = r.read_string(version >= 3);
  this->group_id = r.read_string(version >= 3);
  this->producer_id = r.read_int64();
  this->producer_epoch = r.read_int16();
  if (version >= 3) {
    this->generation_id = r.read_int32();
  }
  if (version >= 3) {
    this->member_id = r.read_string(true);
  }
  if (version >= 3) {
    this->group_instance_id = r.read_nullable_string(true);
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 3);
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
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void txn_offset_commit_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_string(this->transactional_id, version >= 3);
  w.write_string(this->group_id, version >= 3);
  w.write_int64(this->producer_id);
  w.write_int16(this->producer_epoch);
  if (!(version >= 3) && !(this->generation_id == -1)) w.fail();
  if (version >= 3) {
    w.write_int32(this->generation_id);
  }
  if (!(version >= 3) && !(this->member_id.empty())) w.fail();
  if (version >= 3) {
    w.write_string(this->member_id, true);
  }
  if (!(version >= 3) && !!this->group_instance_id.has_value()) w.fail();
  if (version >= 3) {
    w.write_nullable_string(this->group_instance_id, true);
  }
  w.write_array_length(this->topics.size(), version >= 3);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t txn_offset_commit_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->transactional_id, version >= 3);
  n += ::gannet::protocol::wire::string_size(this->group_id, version >= 3);
  n += 8;
  n += 2;
  if (version >= 3) {
    n += 4;
  }
  if (version >= 3) {
    n += ::gannet::protocol::wire::string_size(this->member_id, true);
  }
  if (version >= 3) {
    n += ::gannet::protocol::wire::nullable_string_size(this->group_instance_id, true);
  }
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 3);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void txn_offset_commit_response_txn_offset_commit_response_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void txn_offset_commit_response_txn_offset_commit_response_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t txn_offset_commit_response_txn_offset_commit_response_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void txn_offset_commit_response_txn_offset_commit_response_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 3);
  {
    const std::int32_t n1 = r.read_array_length(version >= 3);
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
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void txn_offset_commit_response_txn_offset_commit_response_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 3);
  w.write_array_length(this->partitions.size(), version >= 3);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t txn_offset_commit_response_txn_offset_commit_response_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 3);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 3);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void txn_offset_commit_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n6 = r.read_array_length(version >= 3);
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
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void txn_offset_commit_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->topics.size(), version >= 3);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t txn_offset_commit_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 3);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
