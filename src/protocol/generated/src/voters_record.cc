// generated from VotersRecord.json; do not edit
#include "gannet/protocol/messages/voters_record.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void voters_record_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  this->host = r.read_string(true);
  this->port = r.read_uint16();
  r.skip_tagged_fields();
}

void voters_record_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_string(this->host, true);
  w.write_uint16(this->port);
  w.write_uvarint(0);
}

std::size_t voters_record_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::string_size(this->host, true);
  n += 2;
  n += 1;
  return n;
}

void voters_record_k_raft_version_feature::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->min_supported_version = r.read_int16();
  this->max_supported_version = r.read_int16();
  r.skip_tagged_fields();
}

void voters_record_k_raft_version_feature::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(this->min_supported_version);
  w.write_int16(this->max_supported_version);
  w.write_uvarint(0);
}

std::size_t voters_record_k_raft_version_feature::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 2;
  n += 1;
  return n;
}

void voters_record_voter::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->voter_id = r.read_int32();
  this->voter_directory_id = r.read_uuid();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->endpoints;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  this->k_raft_version_feature.decode(r, version);
  r.skip_tagged_fields();
}

void voters_record_voter::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->voter_id);
  w.write_uuid(this->voter_directory_id);
  w.write_array_length(this->endpoints.size(), true);
  for (const auto& e4 : this->endpoints) {
    e4.encode(w, version);
  }
  this->k_raft_version_feature.encode(w, version);
  w.write_uvarint(0);
}

std::size_t voters_record_voter::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->endpoints.size(), true);
  for (const auto& e5 : this->endpoints) {
    n += e5.size(version);
  }
  n += this->k_raft_version_feature.size(version);
  n += 1;
  return n;
}

void voters_record::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->version = r.read_int16();
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->voters;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void voters_record::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int16(this->version);
  w.write_array_length(this->voters.size(), true);
  for (const auto& e9 : this->voters) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t voters_record::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->voters.size(), true);
  for (const auto& e10 : this->voters) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
