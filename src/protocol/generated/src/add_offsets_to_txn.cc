// generated from AddOffsetsToTxnRequest.json, AddOffsetsToTxnResponse.json; do not edit
#include "gannet/protocol/messages/add_offsets_to_txn.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void add_offsets_to_txn_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->transactional_id = r.read_string(version >= 3);
  this->producer_id = r.read_int64();
  this->producer_epoch = r.read_int16();
  this->group_id = r.read_string(version >= 3);
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void add_offsets_to_txn_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_string(this->transactional_id, version >= 3);
  w.write_int64(this->producer_id);
  w.write_int16(this->producer_epoch);
  w.write_string(this->group_id, version >= 3);
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t add_offsets_to_txn_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->transactional_id, version >= 3);
  n += 8;
  n += 2;
  n += ::gannet::protocol::wire::string_size(this->group_id, version >= 3);
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void add_offsets_to_txn_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void add_offsets_to_txn_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t add_offsets_to_txn_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version >= 3) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
