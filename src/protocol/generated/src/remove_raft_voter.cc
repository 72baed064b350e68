// generated from RemoveRaftVoterRequest.json, RemoveRaftVoterResponse.json; do not edit
#include "gannet/protocol/messages/remove_raft_voter.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
