// generated from DescribeClusterRequest.json, DescribeClusterResponse.json; do not edit
#include "gannet/protocol/messages/describe_cluster.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_cluster_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->include_cluster_authorized_operations = r.read_bool();
  if (version >= 1) {
    this->endpoint_type = r.read_int8();
  }
  r.skip_tagged_fields();
}

void describe_cluster_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_bool(this->include_cluster_authorized_operations);
  if (!(version >= 1) && !(this->endpoint_type == 1)) w.fail();
  if (version >= 1) {
    w.write_int8(this->endpoint_type);
  }
  w.write_uvarint(0);
}

std::size_t describe_cluster_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 1;
  if (version >= 1) {
    n += 1;
  }
  n += 1;
  return n;
}

void describe_cluster_response_describe_cluster_broker::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->broker_id = r.read_int32();
  this->host = r.read_string(true);
  this->port = r.read_int32();
  this->rack = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void describe_cluster_response_describe_cluster_broker::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->broker_id);
  w.write_string(this->host, true);
  w.write_int32(this->port);
  w.write_nullable_string(this->rack, true);
  w.write_uvarint(0);
}

std::size_t describe_cluster_response_describe_cluster_broker::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->host, true);
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(this->rack, true);
  n += 1;
  return n;
}

void describe_cluster_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  if (version >= 1) {
    this->endpoint_type = r.read_int8();
  }
  this->cluster_id = r.read_string(true);
  this->controller_id = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->brokers;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  this->cluster_authorized_operations = r.read_int32();
  r.skip_tagged_fields();
}

void describe_cluster_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  if (!(version >= 1) && !(this->endpoint_type == 1)) w.fail();
  if (version >= 1) {
    w.write_int8(this->endpoint_type);
  }
  w.write_string(this->cluster_id, true);
  w.write_int32(this->controller_id);
  w.write_array_length(this->brokers.size(), true);
  for (const auto& e4 : this->brokers) {
    e4.encode(w, version);
  }
  w.write_int32(this->cluster_authorized_operations);
  w.write_uvarint(0);
}

std::size_t describe_cluster_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  if (version >= 1) {
    n += 1;
  }
  n += ::gannet::protocol::wire::string_size(this->cluster_id, true);
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->brokers.size(), true);
  for (const auto& e5 : this->brokers) {
    n += e5.size(version);
  }
  n += 4;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
