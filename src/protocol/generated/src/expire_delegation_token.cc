// generated from ExpireDelegationTokenRequest.json, ExpireDelegationTokenResponse.json; do not edit
#include "gannet/protocol/messages/expire_delegation_token.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
