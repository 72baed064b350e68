// generated from OffsetDeleteRequest.json, OffsetDeleteResponse.json; do not edit
#include "gannet/protocol/messages/offset_delete.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void offset_delete_request_offset_delete_request_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
}

void offset_delete_request_offset_delete_request_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
}

std::size_t offset_delete_request_offset_delete_request_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  return n;
}

void offset_delete_request_offset_delete_request_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(false);
  {
    const std::int32_t n1 = r.read_array_length(false);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partitions;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
}

void offset_delete_request_offset_delete_request_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, false);
  w.write_array_length(this->partitions.size(), false);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
}

std::size_t offset_delete_request_offset_delete_request_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, false);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), false);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  return n;
}

void offset_delete_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->group_id = r.read_string(false);
  {
    const std::int32_t n6 = r.read_array_length(false);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->topics;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
}

void offset_delete_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_string(this->group_id, false);
  w.write_array_length(this->topics.size(), false);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
}

std::size_t offset_delete_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group_id, false);
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), false);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  return n;
}

void offset_delete_response_offset_delete_response_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
}

void offset_delete_response_offset_delete_response_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
}

std::size_t offset_delete_response_offset_delete_response_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  return n;
}

void offset_delete_response_offset_delete_response_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(false);
  {
    const std::int32_t n1 = r.read_array_length(false);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partitions;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
}

void offset_delete_response_offset_delete_response_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, false);
  w.write_array_length(this->partitions.size(), false);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
}

std::size_t offset_delete_response_offset_delete_response_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, false);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), false);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  return n;
}

void offset_delete_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n6 = r.read_array_length(false);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->topics;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
}

void offset_delete_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->topics.size(), false);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
}

std::size_t offset_delete_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), false);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  return n;
}

}  // namespace gannet::protocol
