// generated from DefaultPrincipalData.json; do not edit
#include "gannet/protocol/messages/default_principal_data.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
