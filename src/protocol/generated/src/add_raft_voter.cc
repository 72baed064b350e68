// generated from AddRaftVoterRequest.json, AddRaftVoterResponse.json; do not edit
#include "gannet/protocol/messages/add_raft_voter.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void add_raft_voter_request_listener::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  this->host = r.read_string(true);
  this->port = r.read_uint16();
  r.skip_tagged_fields();
}

void add_raft_voter_request_listener::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_string(this->host, true);
  w.write_uint16(this->port);
  w.write_uvarint(0);
}

std::size_t add_raft_voter_request_listener::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::string_size(this->host, true);
  n += 2;
  n += 1;
  return n;
}

void add_raft_voter_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->cluster_id = r.read_nullable_string(true);
  this->timeout_ms = r.read_int32();
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
  r.skip_tagged_fields();
}

void add_raft_voter_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_nullable_string(this->cluster_id, true);
  w.write_int32(this->timeout_ms);
  w.write_int32(this->voter_id);
  w.write_uuid(this->voter_directory_id);
  w.write_array_length(this->listeners.size(), true);
  for (const auto& e4 : this->listeners) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t add_raft_voter_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::nullable_string_size(this->cluster_id, true);
  n += 4;
  n += 4;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->listeners.size(), true);
  for (const auto& e5 : this->listeners) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void add_raft_voter_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void add_raft_voter_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_uvarint(0);
}

std::size_t add_raft_voter_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += 1;
  return n;
}

}  // namespace gannet::protocol
