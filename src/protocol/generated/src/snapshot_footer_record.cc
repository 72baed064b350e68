// generated from SnapshotFooterRecord.json; do not edit
#include "gannet/protocol/messages/snapshot_footer_record.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
