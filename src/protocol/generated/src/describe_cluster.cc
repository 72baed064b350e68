// generated from DescribeClusterRequest.json, DescribeClusterResponse.json; do not edit
#include "gannet/protocol/messages/describe_cluster.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_cluster_response::describe_cluster_broker::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  broker_id = r.read_int32();
  host = r.read_string(true);
  port = r.read_int32();
  rack = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void describe_cluster_response::describe_cluster_broker::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(broker_id);
  w.write_string(host, true);
  w.write_int32(port);
  w.write_nullable_string(rack, true);
  w.write_uvarint(0);
}

std::size_t describe_cluster_response::describe_cluster_broker::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(rack, true);
  n += 1;
  return n;
}

}  // namespace gannet::protocol
