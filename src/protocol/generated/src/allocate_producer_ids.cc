// generated from AllocateProducerIdsRequest.json, AllocateProducerIdsResponse.json; do not edit
#include "gannet/protocol/messages/allocate_producer_ids.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
