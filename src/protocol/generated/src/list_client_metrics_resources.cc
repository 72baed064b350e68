// generated from ListClientMetricsResourcesRequest.json, ListClientMetricsResourcesResponse.json; do not edit
#include "gannet/protocol/messages/list_client_metrics_resources.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void list_client_metrics_resources_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  r.skip_tagged_fields();
}

void list_client_metrics_resources_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_uvarint(0);
}

std::size_t list_client_metrics_resources_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 1;
  return n;
}

void list_client_metrics_resources_response_client_metrics_resource::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  r.skip_tagged_fields();
}

void list_client_metrics_resources_response_client_metrics_resource::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_uvarint(0);
}

std::size_t list_client_metrics_resources_response_client_metrics_resource::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += 1;
  return n;
}

void list_client_metrics_resources_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->client_metrics_resources;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void list_client_metrics_resources_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_array_length(this->client_metrics_resources.size(), true);
  for (const auto& e4 : this->client_metrics_resources) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t list_client_metrics_resources_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->client_metrics_resources.size(), true);
  for (const auto& e5 : this->client_metrics_resources) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
