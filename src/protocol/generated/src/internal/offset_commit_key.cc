// generated from OffsetCommitKey.json; do not edit
#include "gannet/protocol/internal/offset_commit_key.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void offset_commit_key::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->group = r.read_string(false);
  this->topic = r.read_string(false);
  this->partition = r.read_int32();
}

void offset_commit_key::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_string(this->group, false);
  w.write_string(this->topic, false);
  w.write_int32(this->partition);
}

std::size_t offset_commit_key::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group, false);
  n += ::gannet::protocol::wire::string_size(this->topic, false);
  n += 4;
  return n;
}

}  // namespace gannet::protocol
