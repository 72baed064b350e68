// generated from UnregisterBrokerRequest.json, UnregisterBrokerResponse.json; do not edit
#include "gannet/protocol/messages/unregister_broker.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
