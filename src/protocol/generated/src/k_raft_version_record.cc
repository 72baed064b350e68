// generated from KRaftVersionRecord.json; do not edit
#include "gannet/protocol/messages/k_raft_version_record.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void k_raft_version_record::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->version = r.read_int16();
  this->k_raft_version = r.read_int16();
  r.skip_tagged_fields();
}

void k_raft_version_record::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int16(this->version);
  w.write_int16(this->k_raft_version);
  w.write_uvarint(0);
}

std::size_t k_raft_version_record::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 2;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
