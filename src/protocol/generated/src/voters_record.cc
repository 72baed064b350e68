// generated from VotersRecord.json; do not edit
#include "gannet/protocol/messages/voters_record.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void voters_record::endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  host = r.read_string(true);
  port = r.read_uint16();
  r.skip_tagged_fields();
}

void voters_record::endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_string(host, true);
  w.write_uint16(port);
  w.write_uvarint(0);
}

std::size_t voters_record::endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 2;
  n += 1;
  return n;
}

void voters_record::k_raft_version_feature::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  min_supported_version = r.read_int16();
  max_supported_version = r.read_int16();
  r.skip_tagged_fields();
}

void voters_record::k_raft_version_feature::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(min_supported_version);
  w.write_int16(max_supported_version);
  w.write_uvarint(0);
}

std::size_t voters_record::k_raft_version_feature::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 2;
  n += 1;
  return n;
}

void voters_record::voter::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  voter_id = r.read_int32();
  voter_directory_id = r.read_uuid();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = endpoints;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  k_raft_version_feature.decode(r, version);
  r.skip_tagged_fields();
}

void voters_record::voter::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(voter_id);
  w.write_uuid(voter_directory_id);
  w.write_array_length(endpoints.size(), true);
  for (const auto& e4 : endpoints) {
    e4.encode(w, version);
  }
  k_raft_version_feature.encode(w, version);
  w.write_uvarint(0);
}

std::size_t voters_record::voter::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(endpoints.size(), true);
  for (const auto& e5 : endpoints) {
    n += e5.size(version);
  }
  n += k_raft_version_feature.size(version);
  n += 1;
  return n;
}

}  // namespace gannet::protocol
