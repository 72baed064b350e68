// generated from ListClientMetricsResourcesRequest.json, ListClientMetricsResourcesResponse.json; do not edit
#include "gannet/protocol/messages/list_client_metrics_resources.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void list_client_metrics_resources_response::client_metrics_resource::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  r.skip_tagged_fields();
}

void list_client_metrics_resources_response::client_metrics_resource::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_uvarint(0);
}

std::size_t list_client_metrics_resources_response::client_metrics_resource::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += 1;
  return n;
}

}  // namespace gannet::protocol
