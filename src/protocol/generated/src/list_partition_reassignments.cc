// generated from ListPartitionReassignmentsRequest.json, ListPartitionReassignmentsResponse.json; do not edit
#include "gannet/protocol/messages/list_partition_reassignments.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void list_partition_reassignments_request_list_partition_reassignments_topics::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partition_indexes;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void list_partition_reassignments_request_list_partition_reassignments_topics::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_array_length(this->partition_indexes.size(), true);
  for (const auto& e4 : this->partition_indexes) {
    w.write_int32(e4);
  }
  w.write_uvarint(0);
}

std::size_t list_partition_reassignments_request_list_partition_reassignments_topics::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partition_indexes.size(), true);
  n += this->partition_indexes.size() * 4;
  n += 1;
  return n;
}

void list_partition_reassignments_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->timeout_ms = r.read_int32();
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      this->topics.reset();
    } else {
      auto& v6 = this->topics.emplace();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void list_partition_reassignments_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->timeout_ms);
  if (!this->topics) {
    w.write_null_array_length(true);
  } else {
    w.write_array_length((*this->topics).size(), true);
    for (const auto& e8 : (*this->topics)) {
      e8.encode(w, version);
    }
  }
  w.write_uvarint(0);
}

std::size_t list_partition_reassignments_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (!this->topics) {
    n += ::gannet::protocol::wire::null_array_length_size(true);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->topics).size(), true);
    for (const auto& e9 : (*this->topics)) {
      n += e9.size(version);
    }
  }
  n += 1;
  return n;
}

void list_partition_reassignments_response_ongoing_partition_reassignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->replicas;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  {
    const std::int32_t n4 = r.read_array_length(true);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = this->adding_replicas;
      v5.clear();
      v5.reserve(static_cast<std::size_t>(n4));
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back() = r.read_int32();
      }
    }
  }
  {
    const std::int32_t n7 = r.read_array_length(true);
    if (n7 < 0) {
      r.fail();
    } else {
      auto& v8 = this->removing_replicas;
      v8.clear();
      v8.reserve(static_cast<std::size_t>(n7));
      for (std::int32_t i9 = 0; i9 < n7 && r.ok(); ++i9) {
        v8.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void list_partition_reassignments_response_ongoing_partition_reassignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_array_length(this->replicas.size(), true);
  for (const auto& e10 : this->replicas) {
    w.write_int32(e10);
  }
  w.write_array_length(this->adding_replicas.size(), true);
  for (const auto& e11 : this->adding_replicas) {
    w.write_int32(e11);
  }
  w.write_array_length(this->removing_replicas.size(), true);
  for (const auto& e12 : this->removing_replicas) {
    w.write_int32(e12);
  }
  w.write_uvarint(0);
}

std::size_t list_partition_reassignments_response_ongoing_partition_reassignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->replicas.size(), true);
  n += this->replicas.size() * 4;
  n += ::gannet::protocol::wire::array_length_size(this->adding_replicas.size(), true);
  n += this->adding_replicas.size() * 4;
  n += ::gannet::protocol::wire::array_length_size(this->removing_replicas.size(), true);
  n += this->removing_replicas.size() * 4;
  n += 1;
  return n;
}

void list_partition_reassignments_response_ongoing_topic_reassignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  {
    const std::int32_t n13 = r.read_array_length(true);
    if (n13 < 0) {
      r.fail();
    } else {
      auto& v14 = this->partitions;
      v14.clear();
      for (std::int32_t i15 = 0; i15 < n13 && r.ok(); ++i15) {
        v14.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void list_partition_reassignments_response_ongoing_topic_reassignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e16 : this->partitions) {
    e16.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t list_partition_reassignments_response_ongoing_topic_reassignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e17 : this->partitions) {
    n += e17.size(version);
  }
  n += 1;
  return n;
}

void list_partition_reassignments_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  {
    const std::int32_t n18 = r.read_array_length(true);
    if (n18 < 0) {
      r.fail();
    } else {
      auto& v19 = this->topics;
      v19.clear();
      for (std::int32_t i20 = 0; i20 < n18 && r.ok(); ++i20) {
        v19.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void list_partition_reassignments_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_array_length(this->topics.size(), true);
  for (const auto& e21 : this->topics) {
    e21.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t list_partition_reassignments_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e22 : this->topics) {
    n += e22.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
