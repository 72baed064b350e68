// generated from KRaftVersionRecord.json; do not edit
#include "gannet/protocol/messages/k_raft_version_record.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

}  // namespace gannet::protocol
