// generated from FindCoordinatorRequest.json, FindCoordinatorResponse.json; do not edit
#include "gannet/protocol/messages/find_coordinator.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void find_coordinator_response::coordinator::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  key = r.read_string(true);
  node_id = r.read_int32();
  host = r.read_string(true);
  port = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void find_coordinator_response::coordinator::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(key, true);
  w.write_int32(node_id);
  w.write_string(host, true);
  w.write_int32(port);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, true);
  w.write_uvarint(0);
}

std::size_t find_coordinator_response::coordinator::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(key, true);
  n += 4;
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, true);
  n += 1;
  return n;
}

}  // namespace gannet::protocol
