// generated from UpdateRaftVoterRequest.json, UpdateRaftVoterResponse.json; do not edit
#include "gannet/protocol/messages/update_raft_voter.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void update_raft_voter_request::listener::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  host = r.read_string(true);
  port = r.read_uint16();
  r.skip_tagged_fields();
}

void update_raft_voter_request::listener::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_string(host, true);
  w.write_uint16(port);
  w.write_uvarint(0);
}

std::size_t update_raft_voter_request::listener::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 2;
  n += 1;
  return n;
}

void update_raft_voter_request::k_raft_version_feature_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  min_supported_version = r.read_int16();
  max_supported_version = r.read_int16();
  r.skip_tagged_fields();
}

void update_raft_voter_request::k_raft_version_feature_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(min_supported_version);
  w.write_int16(max_supported_version);
  w.write_uvarint(0);
}

std::size_t update_raft_voter_request::k_raft_version_feature_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 2;
  n += 1;
  return n;
}

void update_raft_voter_response::current_leader_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  leader_id = r.read_int32();
  leader_epoch = r.read_int32();
  host = r.read_string(true);
  port = r.read_int32();
  r.skip_tagged_fields();
}

void update_raft_voter_response::current_leader_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(leader_id);
  w.write_int32(leader_epoch);
  w.write_string(host, true);
  w.write_int32(port);
  w.write_uvarint(0);
}

std::size_t update_raft_voter_response::current_leader_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 4;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
