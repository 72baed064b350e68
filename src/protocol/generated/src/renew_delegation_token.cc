// generated from RenewDelegationTokenRequest.json, RenewDelegationTokenResponse.json; do not edit
#include "gannet/protocol/messages/renew_delegation_token.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
