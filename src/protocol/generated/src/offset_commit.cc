// generated from OffsetCommitRequest.json, OffsetCommitResponse.json; do not edit
#include "gannet/protocol/messages/offset_commit.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void offset_commit_request::offset_commit_request_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  committed_offset = r.read_int64();
  if (version >= 6) {
    committed_leader_epoch = r.read_int32();
  }
  if (version >= 1 && version <= 1) {
    commit_timestamp = r.read_int64();
  }
  committed_metadata = r.read_nullable_string(version >= 8);
  if (version >= 8) {
    r.skip_tagged_fields();
  }
}

void offset_commit_request::offset_commit_request_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int64(committed_offset);
  if (version >= 6) {
    w.write_int32(committed_leader_epoch);
  }
  if (!(version >= 1 && version <= 1) && !(commit_timestamp == -1)) w.fail();
  if (version >= 1 && version <= 1) {
    w.write_int64(commit_timestamp);
  }
  w.write_nullable_string(committed_metadata, version >= 8);
  if (version >= 8) {
    w.write_uvarint(0);
  }
}

std::size_t offset_commit_request::offset_commit_request_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  if (version >= 6) {
    n += 4;
  }
  if (version >= 1 && version <= 1) {
    n += 8;
  }
  n += ::gannet::protocol::wire::nullable_string_size(committed_metadata, version >= 8);
  if (version >= 8) {
    n += 1;
  }
  return n;
}

void offset_commit_request::offset_commit_request_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 8);
  {
    const std::int32_t n1 = r.read_array_length(version >= 8);
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
  if (version >= 8) {
    r.skip_tagged_fields();
  }
}

void offset_commit_request::offset_commit_request_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 8);
  w.write_array_length(partitions.size(), version >= 8);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  if (version >= 8) {
    w.write_uvarint(0);
  }
}

std::size_t offset_commit_request::offset_commit_request_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 8);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 8);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  if (version >= 8) {
    n += 1;
  }
  return n;
}

void offset_commit_response::offset_commit_response_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 8) {
    r.skip_tagged_fields();
  }
}

void offset_commit_response::offset_commit_response_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  if (version >= 8) {
    w.write_uvarint(0);
  }
}

std::size_t offset_commit_response::offset_commit_response_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version >= 8) {
    n += 1;
  }
  return n;
}

void offset_commit_response::offset_commit_response_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 8);
  {
    const std::int32_t n1 = r.read_array_length(version >= 8);
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
  if (version >= 8) {
    r.skip_tagged_fields();
  }
}

void offset_commit_response::offset_commit_response_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 8);
  w.write_array_length(partitions.size(), version >= 8);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  if (version >= 8) {
    w.write_uvarint(0);
  }
}

std::size_t offset_commit_response::offset_commit_response_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 8);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 8);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  if (version >= 8) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
