// generated from LeaderChangeMessage.json; do not edit
#include "gannet/protocol/messages/leader_change_message.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void leader_change_message::voter::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  voter_id = r.read_int32();
  if (version >= 1) {
    voter_directory_id = r.read_uuid();
  }
  r.skip_tagged_fields();
}

void leader_change_message::voter::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(voter_id);
  if (!(version >= 1) && !(voter_directory_id == ::gannet::protocol::uuid{})) w.fail();
  if (version >= 1) {
    w.write_uuid(voter_directory_id);
  }
  w.write_uvarint(0);
}

std::size_t leader_change_message::voter::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 1) {
    n += 16;
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
