// generated from EndTxnRequest.json, EndTxnResponse.json; do not edit
#include "gannet/protocol/messages/end_txn.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
