// generated from HeartbeatRequest.json, HeartbeatResponse.json; do not edit
#include "gannet/protocol/messages/heartbeat.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
