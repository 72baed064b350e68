// generated from SnapshotHeaderRecord.json; do not edit
#include "gannet/protocol/messages/snapshot_header_record.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
