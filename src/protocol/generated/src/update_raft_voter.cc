// generated from UpdateRaftVoterRequest.json, UpdateRaftVoterResponse.json; do not edit
#include "gannet/protocol/messages/update_raft_voter.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void update_raft_voter_request_listener::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  this->host = r.read_string(true);
  this->port = r.read_uint16();
  r.skip_tagged_fields();
}

void update_raft_voter_request_listener::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_string(this->host, true);
  w.write_uint16(this->port);
  w.write_uvarint(0);
}

std::size_t update_raft_voter_request_listener::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::string_size(this->host, true);
  n += 2;
  n += 1;
  return n;
}

void update_raft_voter_request_k_raft_version_feature::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->min_supported_version = r.read_int16();
  this->max_supported_version = r.read_int16();
  r.skip_tagged_fields();
}

void update_raft_voter_request_k_raft_version_feature::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(this->min_supported_version);
  w.write_int16(this->max_supported_version);
  w.write_uvarint(0);
}

std::size_t update_raft_voter_request_k_raft_version_feature::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 2;
  n += 1;
  return n;
}

void update_raft_voter_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->cluster_id = r.read_nullable_string(true);
  this->current_leader_epoch = r.read_int32();
  this->voter_id = r.read_int32();
  this->voter_directory_id = r.read_uuid();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->listeners;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  this->k_raft_version_feature.decode(r, version);
  r.skip_tagged_fields();
}

void update_raft_voter_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_nullable_string(this->cluster_id, true);
  w.write_int32(this->current_leader_epoch);
  w.write_int32(this->voter_id);
  w.write_uuid(this->voter_directory_id);
  w.write_array_length(this->listeners.size(), true);
  for (const auto& e4 : this->listeners) {
    e4.encode(w, version);
  }
  this->k_raft_version_feature.encode(w, version);
  w.write_uvarint(0);
}

std::size_t update_raft_voter_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::nullable_string_size(this->cluster_id, true);
  n += 4;
  n += 4;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->listeners.size(), true);
  for (const auto& e5 : this->listeners) {
    n += e5.size(version);
  }
  n += this->k_raft_version_feature.size(version);
  n += 1;
  return n;
}

void update_raft_voter_response_current_leader::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->leader_id = r.read_int32();
  this->leader_epoch = r.read_int32();
  this->host = r.read_string(true);
  this->port = r.read_int32();
  r.skip_tagged_fields();
}

void update_raft_voter_response_current_leader::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->leader_id);
  w.write_int32(this->leader_epoch);
  w.write_string(this->host, true);
  w.write_int32(this->port);
  w.write_uvarint(0);
}

std::size_t update_raft_voter_response_current_leader::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->host, true);
  n += 4;
  n += 1;
  return n;
}

void update_raft_voter_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  const std::uint32_t tagged_count = r.read_uvarint();
  for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
    const std::uint32_t tag = r.read_uvarint();
    ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
    switch (tag) {
      case 0: {
        this->current_leader.decode(tr, version);
        break;
      }
      default:
        break;
    }
    if (!tr.ok()) r.fail();
  }
}

void update_raft_voter_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  std::uint32_t tagged_count = 0;
  if (!(this->current_leader == ::gannet::protocol::update_raft_voter_response_current_leader{})) ++tagged_count;
  w.write_uvarint(tagged_count);
  if (!(this->current_leader == ::gannet::protocol::update_raft_voter_response_current_leader{})) {
    w.write_uvarint(0);
    std::size_t fs = 0;
    fs += this->current_leader.size(version);
    w.write_uvarint(static_cast<std::uint32_t>(fs));
    this->current_leader.encode(w, version);
  }
}

std::size_t update_raft_voter_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  std::uint32_t tagged_count = 0;
  if (!(this->current_leader == ::gannet::protocol::update_raft_voter_response_current_leader{})) {
    std::size_t fs = 0;
    fs += this->current_leader.size(version);
    n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
    ++tagged_count;
  }
  n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  return n;
}

}  // namespace gannet::protocol
