// generated from RequestHeader.json; do not edit
#include "gannet/protocol/messages/request_header.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
