// generated from SnapshotHeaderRecord.json; do not edit
#include "gannet/protocol/messages/snapshot_header_record.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void snapshot_header_record::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->version = r.read_int16();
  this->last_contained_log_timestamp = r.read_int64();
  r.skip_tagged_fields();
}

void snapshot_header_record::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int16(this->version);
  w.write_int64(this->last_contained_log_timestamp);
  w.write_uvarint(0);
}

std::size_t snapshot_header_record::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 8;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
