// generated from LeaderChangeMessage.json; do not edit
#include "gannet/protocol/messages/leader_change_message.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void leader_change_message_voter::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->voter_id = r.read_int32();
  if (version >= 1) {
    this->voter_directory_id = r.read_uuid();
  }
  r.skip_tagged_fields();
}

void leader_change_message_voter::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->voter_id);
  if (!(version >= 1) && !(this->voter_directory_id == ::gannet::protocol::uuid{})) w.fail();
  if (version >= 1) {
    w.write_uuid(this->voter_directory_id);
  }
  w.write_uvarint(0);
}

std::size_t leader_change_message_voter::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 1) {
    n += 16;
  }
  n += 1;
  return n;
}

void leader_change_message::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->version = r.read_int16();
  this->leader_id = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->voters;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  {
    const std::int32_t n4 = r.read_array_length(true);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = this->granting_voters;
      v5.clear();
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void leader_change_message::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_int16(this->version);
  w.write_int32(this->leader_id);
  w.write_array_length(this->voters.size(), true);
  for (const auto& e7 : this->voters) {
    e7.encode(w, version);
  }
  w.write_array_length(this->granting_voters.size(), true);
  for (const auto& e8 : this->granting_voters) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t leader_change_message::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->voters.size(), true);
  for (const auto& e9 : this->voters) {
    n += e9.size(version);
  }
  n += ::gannet::protocol::wire::array_length_size(this->granting_voters.size(), true);
  for (const auto& e10 : this->granting_voters) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
