// generated from OffsetCommitValue.json; do not edit
#include "gannet/protocol/internal/offset_commit_value.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void offset_commit_value::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->offset = r.read_int64();
  if (version >= 3) {
    this->leader_epoch = r.read_int32();
  }
  this->metadata = r.read_string(version >= 4);
  this->commit_timestamp = r.read_int64();
  if (version >= 1 && version <= 1) {
    this->expire_timestamp = r.read_int64();
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void offset_commit_value::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_int64(this->offset);
  if (version >= 3) {
    w.write_int32(this->leader_epoch);
  }
  w.write_string(this->metadata, version >= 4);
  w.write_int64(this->commit_timestamp);
  if (version >= 1 && version <= 1) {
    w.write_int64(this->expire_timestamp);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t offset_commit_value::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  if (version >= 3) {
    n += 4;
  }
  n += ::gannet::protocol::wire::string_size(this->metadata, version >= 4);
  n += 8;
  if (version >= 1 && version <= 1) {
    n += 8;
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
