// generated from AlterPartitionReassignmentsRequest.json, AlterPartitionReassignmentsResponse.json; do not edit
#include "gannet/protocol/messages/alter_partition_reassignments.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void alter_partition_reassignments_request_reassignable_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      this->replicas.reset();
    } else {
      auto& v2 = this->replicas.emplace();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void alter_partition_reassignments_request_reassignable_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  if (!this->replicas) {
    w.write_null_array_length(true);
  } else {
    w.write_array_length((*this->replicas).size(), true);
    for (const auto& e4 : (*this->replicas)) {
      w.write_int32(e4);
    }
  }
  w.write_uvarint(0);
}

std::size_t alter_partition_reassignments_request_reassignable_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (!this->replicas) {
    n += ::gannet::protocol::wire::null_array_length_size(true);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->replicas).size(), true);
    n += (*this->replicas).size() * 4;
  }
  n += 1;
  return n;
}

void alter_partition_reassignments_request_reassignable_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = this->partitions;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void alter_partition_reassignments_request_reassignable_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e8 : this->partitions) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t alter_partition_reassignments_request_reassignable_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e9 : this->partitions) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void alter_partition_reassignments_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->timeout_ms = r.read_int32();
  {
    const std::int32_t n10 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void alter_partition_reassignments_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->timeout_ms);
  w.write_array_length(this->topics.size(), true);
  for (const auto& e13 : this->topics) {
    e13.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t alter_partition_reassignments_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e14 : this->topics) {
    n += e14.size(version);
  }
  n += 1;
  return n;
}

void alter_partition_reassignments_response_reassignable_partition_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void alter_partition_reassignments_response_reassignable_partition_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_uvarint(0);
}

std::size_t alter_partition_reassignments_response_reassignable_partition_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += 1;
  return n;
}

void alter_partition_reassignments_response_reassignable_topic_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void alter_partition_reassignments_response_reassignable_topic_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t alter_partition_reassignments_response_reassignable_topic_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void alter_partition_reassignments_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->responses;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void alter_partition_reassignments_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_array_length(this->responses.size(), true);
  for (const auto& e9 : this->responses) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t alter_partition_reassignments_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += ::gannet::protocol::wire::array_length_size(this->responses.size(), true);
  for (const auto& e10 : this->responses) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
