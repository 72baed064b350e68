// generated from SaslAuthenticateRequest.json, SaslAuthenticateResponse.json; do not edit
#include "gannet/protocol/messages/sasl_authenticate.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
