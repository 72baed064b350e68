// generated from VoteRequest.json, VoteResponse.json; do not edit
#include "gannet/protocol/messages/vote.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void vote_request::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  candidate_epoch = r.read_int32();
  candidate_id = r.read_int32();
  if (version >= 1) {
    candidate_directory_id = r.read_uuid();
  }
  if (version >= 1) {
    voter_directory_id = r.read_uuid();
  }
  last_offset_epoch = r.read_int32();
  last_offset = r.read_int64();
  r.skip_tagged_fields();
}

void vote_request::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int32(candidate_epoch);
  w.write_int32(candidate_id);
  if (version >= 1) {
    w.write_uuid(candidate_directory_id);
  }
  if (version >= 1) {
    w.write_uuid(voter_directory_id);
  }
  w.write_int32(last_offset_epoch);
  w.write_int64(last_offset);
  w.write_uvarint(0);
}

std::size_t vote_request::partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += 4;
  if (version >= 1) {
    n += 16;
  }
  if (version >= 1) {
    n += 16;
  }
  n += 4;
  n += 8;
  n += 1;
  return n;
}

void vote_request::topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void vote_request::topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, true);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t vote_request::topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, true);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void vote_response::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  leader_id = r.read_int32();
  leader_epoch = r.read_int32();
  vote_granted = r.read_bool();
  r.skip_tagged_fields();
}

void vote_response::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_int32(leader_id);
  w.write_int32(leader_epoch);
  w.write_bool(vote_granted);
  w.write_uvarint(0);
}

std::size_t vote_response::partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 4;
  n += 4;
  n += 1;
  n += 1;
  return n;
}

void vote_response::topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void vote_response::topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, true);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t vote_response::topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, true);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void vote_response::node_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  node_id = r.read_int32();
  host = r.read_string(true);
  port = r.read_uint16();
  r.skip_tagged_fields();
}

void vote_response::node_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(node_id);
  w.write_string(host, true);
  w.write_uint16(port);
  w.write_uvarint(0);
}

std::size_t vote_response::node_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 2;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
