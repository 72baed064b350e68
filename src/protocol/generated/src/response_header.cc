// generated from ResponseHeader.json; do not edit
#include "gannet/protocol/messages/response_header.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
