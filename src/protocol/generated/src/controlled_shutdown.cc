// generated from ControlledShutdownRequest.json, ControlledShutdownResponse.json; do not edit
#include "gannet/protocol/messages/controlled_shutdown.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void controlled_shutdown_response::remaining_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(version >= 3);
  partition_index = r.read_int32();
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void controlled_shutdown_response::remaining_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, version >= 3);
  w.write_int32(partition_index);
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t controlled_shutdown_response::remaining_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, version >= 3);
  n += 4;
  if (version >= 3) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
