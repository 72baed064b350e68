// generated from TxnOffsetCommitRequest.json, TxnOffsetCommitResponse.json; do not edit
#include "gannet/protocol/messages/txn_offset_commit.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void txn_offset_commit_request::txn_offset_commit_request_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  committed_offset = r.read_int64();
  if (version >= 2) {
    committed_leader_epoch = r.read_int32();
  }
  committed_metadata = r.read_nullable_string(version >= 3);
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void txn_offset_commit_request::txn_offset_commit_request_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int64(committed_offset);
  if (version >= 2) {
    w.write_int32(committed_leader_epoch);
  }
  w.write_nullable_string(committed_metadata, version >= 3);
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t txn_offset_commit_request::txn_offset_commit_request_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  if (version >= 2) {
    n += 4;
  }
  n += ::gannet::protocol::wire::nullable_string_size(committed_metadata, version >= 3);
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void txn_offset_commit_request::txn_offset_commit_request_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 3);
  {
    const std::int32_t n1 = r.read_array_length(version >= 3);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partitions;
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

void txn_offset_commit_request::txn_offset_commit_request_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 3);
  w.write_array_length(partitions.size(), version >= 3);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t txn_offset_commit_request::txn_offset_commit_request_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 3);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 3);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void txn_offset_commit_response::txn_offset_commit_response_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void txn_offset_commit_response::txn_offset_commit_response_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t txn_offset_commit_response::txn_offset_commit_response_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void txn_offset_commit_response::txn_offset_commit_response_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 3);
  {
    const std::int32_t n1 = r.read_array_length(version >= 3);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partitions;
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

void txn_offset_commit_response::txn_offset_commit_response_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 3);
  w.write_array_length(partitions.size(), version >= 3);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t txn_offset_commit_response::txn_offset_commit_response_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 3);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 3);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
