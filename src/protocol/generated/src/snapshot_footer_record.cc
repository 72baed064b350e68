// generated from SnapshotFooterRecord.json; do not edit
#include "gannet/protocol/messages/snapshot_footer_record.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void snapshot_footer_record::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->version = r.read_int16();
  r.skip_tagged_fields();
}

void snapshot_footer_record::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int16(this->version);
  w.write_uvarint(0);
}

std::size_t snapshot_footer_record::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
