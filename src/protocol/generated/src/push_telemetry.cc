// generated from PushTelemetryRequest.json, PushTelemetryResponse.json; do not edit
#include "gannet/protocol/messages/push_telemetry.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void push_telemetry_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->client_instance_id = r.read_uuid();
  this->subscription_id = r.read_int32();
  this->terminating = r.read_bool();
  this->compression_type = r.read_int8();
  this->metrics = r.read_bytes(true);
  r.skip_tagged_fields();
}

void push_telemetry_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_uuid(this->client_instance_id);
  w.write_int32(this->subscription_id);
  w.write_bool(this->terminating);
  w.write_int8(this->compression_type);
  w.write_bytes(this->metrics, true);
  w.write_uvarint(0);
}

std::size_t push_telemetry_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += 4;
  n += 1;
  n += 1;
  n += ::gannet::protocol::wire::bytes_size(this->metrics, true);
  n += 1;
  return n;
}

void push_telemetry_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  r.skip_tagged_fields();
}

void push_telemetry_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_uvarint(0);
}

std::size_t push_telemetry_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
