// generated from GetTelemetrySubscriptionsRequest.json, GetTelemetrySubscriptionsResponse.json; do not edit
#include "gannet/protocol/messages/get_telemetry_subscriptions.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void get_telemetry_subscriptions_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->client_instance_id = r.read_uuid();
  r.skip_tagged_fields();
}

void get_telemetry_subscriptions_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_uuid(this->client_instance_id);
  w.write_uvarint(0);
}

std::size_t get_telemetry_subscriptions_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += 1;
  return n;
}

void get_telemetry_subscriptions_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->client_instance_id = r.read_uuid();
  this->subscription_id = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->accepted_compression_types;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int8();
      }
    }
  }
  this->push_interval_ms = r.read_int32();
  this->telemetry_max_bytes = r.read_int32();
  this->delta_temporality = r.read_bool();
  {
    const std::int32_t n4 = r.read_array_length(true);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = this->requested_metrics;
      v5.clear();
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back() = r.read_string(true);
      }
    }
  }
  r.skip_tagged_fields();
}

void get_telemetry_subscriptions_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_uuid(this->client_instance_id);
  w.write_int32(this->subscription_id);
  w.write_array_length(this->accepted_compression_types.size(), true);
  for (const auto& e7 : this->accepted_compression_types) {
    w.write_int8(e7);
  }
  w.write_int32(this->push_interval_ms);
  w.write_int32(this->telemetry_max_bytes);
  w.write_bool(this->delta_temporality);
  w.write_array_length(this->requested_metrics.size(), true);
  for (const auto& e8 : this->requested_metrics) {
    w.write_string(e8, true);
  }
  w.write_uvarint(0);
}

std::size_t get_telemetry_subscriptions_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 16;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->accepted_compression_types.size(), true);
  n += this->accepted_compression_types.size() * 1;
  n += 4;
  n += 4;
  n += 1;
  n += ::gannet::protocol::wire::array_length_size(this->requested_metrics.size(), true);
  for (const auto& e9 : this->requested_metrics) {
    n += ::gannet::protocol::wire::string_size(e9, true);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
