// generated from ControlledShutdownRequest.json, ControlledShutdownResponse.json; do not edit
#include "gannet/protocol/messages/controlled_shutdown.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void controlled_shutdown_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  this->broker_id = r.read_int32();
  if (version >= 2) {
    this->broker_epoch = r.read_int64();
  }
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void controlled_shutdown_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  w.write_int32(this->broker_id);
  if (version >= 2) {
    w.write_int64(this->broker_epoch);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t controlled_shutdown_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 2) {
    n += 8;
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void controlled_shutdown_response_remaining_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_name = r.read_string(version >= 3);
  this->partition_index = r.read_int32();
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void controlled_shutdown_response_remaining_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic_name, version >= 3);
  w.write_int32(this->partition_index);
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t controlled_shutdown_response_remaining_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic_name, version >= 3);
  n += 4;
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void controlled_shutdown_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  {
    const std::int32_t n1 = r.read_array_length(version >= 3);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->remaining_partitions;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void controlled_shutdown_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_array_length(this->remaining_partitions.size(), version >= 3);
  for (const auto& e4 : this->remaining_partitions) {
    e4.encode(w, version);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t controlled_shutdown_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->remaining_partitions.size(), version >= 3);
  for (const auto& e5 : this->remaining_partitions) {
    n += e5.size(version);
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
