// generated from CreatePartitionsRequest.json, CreatePartitionsResponse.json; do not edit
#include "gannet/protocol/messages/create_partitions.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void create_partitions_request_create_partitions_assignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->broker_ids;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_partitions_request_create_partitions_assignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_array_length(this->broker_ids.size(), version >= 2);
  for (const auto& e4 : this->broker_ids) {
    w.write_int32(e4);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_partitions_request_create_partitions_assignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->broker_ids.size(), version >= 2);
  n += this->broker_ids.size() * 4;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void create_partitions_request_create_partitions_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 2);
  this->count = r.read_int32();
  {
    const std::int32_t n5 = r.read_array_length(version >= 2);
    if (n5 < 0) {
      this->assignments.reset();
    } else {
      auto& v6 = this->assignments.emplace();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_partitions_request_create_partitions_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 2);
  w.write_int32(this->count);
  if (!this->assignments) {
    w.write_null_array_length(version >= 2);
  } else {
    w.write_array_length((*this->assignments).size(), version >= 2);
    for (const auto& e8 : (*this->assignments)) {
      e8.encode(w, version);
    }
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_partitions_request_create_partitions_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 2);
  n += 4;
  if (!this->assignments) {
    n += ::gannet::protocol::wire::null_array_length_size(version >= 2);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->assignments).size(), version >= 2);
    for (const auto& e9 : (*this->assignments)) {
      n += e9.size(version);
    }
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void create_partitions_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  {
    const std::int32_t n10 = r.read_array_length(version >= 2);
    if (n10 < 0) {
      r.fail();
    } else {
      auto& v11 = this->topics;
      v11.clear();
      for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
        v11.emplace_back().decode(r, version);
      }
    }
  }
  this->timeout_ms = r.read_int32();
  this->validate_only = r.read_bool();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_partitions_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  w.write_array_length(this->topics.size(), version >= 2);
  for (const auto& e13 : this->topics) {
    e13.encode(w, version);
  }
  w.write_int32(this->timeout_ms);
  w.write_bool(this->validate_only);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_partitions_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 2);
  for (const auto& e14 : this->topics) {
    n += e14.size(version);
  }
  n += 4;
  n += 1;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void create_partitions_response_create_partitions_topic_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 2);
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_partitions_response_create_partitions_topic_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 2);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_partitions_response_create_partitions_topic_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 2);
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void create_partitions_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->results;
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

void create_partitions_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->results.size(), version >= 2);
  for (const auto& e4 : this->results) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_partitions_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->results.size(), version >= 2);
  for (const auto& e5 : this->results) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
