// generated from OffsetDeleteRequest.json, OffsetDeleteResponse.json; do not edit
#include "gannet/protocol/messages/offset_delete.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void offset_delete_request::offset_delete_request_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
}

void offset_delete_request::offset_delete_request_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
}

std::size_t offset_delete_request::offset_delete_request_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  return n;
}

void offset_delete_request::offset_delete_request_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(false);
  {
    const std::int32_t n1 = r.read_array_length(false);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partitions;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
}

void offset_delete_request::offset_delete_request_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, false);
  w.write_array_length(partitions.size(), false);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
}

std::size_t offset_delete_request::offset_delete_request_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, false);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), false);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  return n;
}

void offset_delete_response::offset_delete_response_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
}

void offset_delete_response::offset_delete_response_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
}

std::size_t offset_delete_response::offset_delete_response_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  return n;
}

void offset_delete_response::offset_delete_response_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(false);
  {
    const std::int32_t n1 = r.read_array_length(false);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partitions;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
}

void offset_delete_response::offset_delete_response_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, false);
  w.write_array_length(partitions.size(), false);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
}

std::size_t offset_delete_response::offset_delete_response_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, false);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), false);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  return n;
}

}  // namespace gannet::protocol
