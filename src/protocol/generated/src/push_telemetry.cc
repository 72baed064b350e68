// generated from PushTelemetryRequest.json, PushTelemetryResponse.json; do not edit
#include "gannet/protocol/messages/push_telemetry.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
