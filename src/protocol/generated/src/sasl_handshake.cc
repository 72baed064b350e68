// generated from SaslHandshakeRequest.json, SaslHandshakeResponse.json; do not edit
#include "gannet/protocol/messages/sasl_handshake.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
