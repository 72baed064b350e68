// generated from InitProducerIdRequest.json, InitProducerIdResponse.json; do not edit
#include "gannet/protocol/messages/init_producer_id.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
