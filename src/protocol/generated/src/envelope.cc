// generated from EnvelopeRequest.json, EnvelopeResponse.json; do not edit
#include "gannet/protocol/messages/envelope.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
