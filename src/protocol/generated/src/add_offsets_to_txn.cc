// generated from AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json; do not edit
#include "gannet/protocol/messages/add_offsets_to_txn.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
