// generated from GetTelemetrySubscriptionsRequest.json, GetTelemetrySubscriptionsResponse.json; do not edit
#include "gannet/protocol/messages/get_telemetry_subscriptions.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
