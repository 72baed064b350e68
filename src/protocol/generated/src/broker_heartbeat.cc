// generated from BrokerHeartbeatRequest.json, BrokerHeartbeatResponse.json; do not edit
#include "gannet/protocol/messages/broker_heartbeat.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
