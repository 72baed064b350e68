// generated from AllocateProducerIdsRequest.json, AllocateProducerIdsResponse.json; do not edit
#include "gannet/protocol/messages/allocate_producer_ids.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void allocate_producer_ids_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->broker_id = r.read_int32();
  this->broker_epoch = r.read_int64();
  r.skip_tagged_fields();
}

void allocate_producer_ids_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->broker_id);
  w.write_int64(this->broker_epoch);
  w.write_uvarint(0);
}

std::size_t allocate_producer_ids_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += 1;
  return n;
}

void allocate_producer_ids_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->producer_id_start = r.read_int64();
  this->producer_id_len = r.read_int32();
  r.skip_tagged_fields();
}

void allocate_producer_ids_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_int64(this->producer_id_start);
  w.write_int32(this->producer_id_len);
  w.write_uvarint(0);
}

std::size_t allocate_producer_ids_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 8;
  n += 4;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
