// generated from DeleteRecordsRequest.json, DeleteRecordsResponse.json; do not edit
#include "gannet/protocol/messages/delete_records.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void delete_records_request_delete_records_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->offset = r.read_int64();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_records_request_delete_records_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int64(this->offset);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_records_request_delete_records_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void delete_records_request_delete_records_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
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
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_records_request_delete_records_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 2);
  w.write_array_length(this->partitions.size(), version >= 2);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_records_request_delete_records_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 2);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void delete_records_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 2);
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
  this->timeout_ms = r.read_int32();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_records_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_array_length(this->topics.size(), version >= 2);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  w.write_int32(this->timeout_ms);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_records_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 2);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  n += 4;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void delete_records_response_delete_records_partition_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->low_watermark = r.read_int64();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_records_response_delete_records_partition_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int64(this->low_watermark);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_records_response_delete_records_partition_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += 2;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void delete_records_response_delete_records_topic_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
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
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_records_response_delete_records_topic_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 2);
  w.write_array_length(this->partitions.size(), version >= 2);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_records_response_delete_records_topic_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 2);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void delete_records_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n6 = r.read_array_length(version >= 2);
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
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_records_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->topics.size(), version >= 2);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_records_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 2);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
