// generated from InitProducerIdRequest.json, InitProducerIdResponse.json; do not edit
#include "gannet/protocol/messages/init_producer_id.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void init_producer_id_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 5) {
    r.fail();
    return;
  }
  this->transactional_id = r.read_nullable_string(version >= 2);
  this->transaction_timeout_ms = r.read_int32();
  if (version >= 3) {
    this->producer_id = r.read_int64();
  }
  if (version >= 3) {
    this->producer_epoch = r.read_int16();
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void init_producer_id_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 5) {
    w.fail();
    return;
  }
  w.write_nullable_string(this->transactional_id, version >= 2);
  w.write_int32(this->transaction_timeout_ms);
  if (!(version >= 3) && !(this->producer_id == -1)) w.fail();
  if (version >= 3) {
    w.write_int64(this->producer_id);
  }
  if (!(version >= 3) && !(this->producer_epoch == -1)) w.fail();
  if (version >= 3) {
    w.write_int16(this->producer_epoch);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t init_producer_id_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::nullable_string_size(this->transactional_id, version >= 2);
  n += 4;
  if (version >= 3) {
    n += 8;
  }
  if (version >= 3) {
    n += 2;
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void init_producer_id_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 5) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->producer_id = r.read_int64();
  this->producer_epoch = r.read_int16();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void init_producer_id_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 5) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_int64(this->producer_id);
  w.write_int16(this->producer_epoch);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t init_producer_id_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 8;
  n += 2;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
