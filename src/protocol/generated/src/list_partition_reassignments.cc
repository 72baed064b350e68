// generated from ListPartitionReassignmentsRequest.json, ListPartitionReassignmentsResponse.json; do not edit
#include "gannet/protocol/messages/list_partition_reassignments.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void list_partition_reassignments_request::list_partition_reassignments_topics::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partition_indexes;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void list_partition_reassignments_request::list_partition_reassignments_topics::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_array_length(partition_indexes.size(), true);
  for (const auto& e4 : partition_indexes) {
    w.write_int32(e4);
  }
  w.write_uvarint(0);
}

std::size_t list_partition_reassignments_request::list_partition_reassignments_topics::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::array_length_size(partition_indexes.size(), true);
  n += partition_indexes.size() * 4;
  n += 1;
  return n;
}

void list_partition_reassignments_response::ongoing_partition_reassignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = replicas;
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
      auto& v5 = adding_replicas;
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
      auto& v8 = removing_replicas;
      v8.clear();
      v8.reserve(static_cast<std::size_t>(n7));
      for (std::int32_t i9 = 0; i9 < n7 && r.ok(); ++i9) {
        v8.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void list_partition_reassignments_response::ongoing_partition_reassignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_array_length(replicas.size(), true);
  for (const auto& e10 : replicas) {
    w.write_int32(e10);
  }
  w.write_array_length(adding_replicas.size(), true);
  for (const auto& e11 : adding_replicas) {
    w.write_int32(e11);
  }
  w.write_array_length(removing_replicas.size(), true);
  for (const auto& e12 : removing_replicas) {
    w.write_int32(e12);
  }
  w.write_uvarint(0);
}

std::size_t list_partition_reassignments_response::ongoing_partition_reassignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(replicas.size(), true);
  n += replicas.size() * 4;
  n += ::gannet::protocol::wire::array_length_size(adding_replicas.size(), true);
  n += adding_replicas.size() * 4;
  n += ::gannet::protocol::wire::array_length_size(removing_replicas.size(), true);
  n += removing_replicas.size() * 4;
  n += 1;
  return n;
}

void list_partition_reassignments_response::ongoing_topic_reassignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  {
    const std::int32_t n13 = r.read_array_length(true);
    if (n13 < 0) {
      r.fail();
    } else {
      auto& v14 = partitions;
      v14.clear();
      for (std::int32_t i15 = 0; i15 < n13 && r.ok(); ++i15) {
        v14.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void list_partition_reassignments_response::ongoing_topic_reassignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_array_length(partitions.size(), true);
  for (const auto& e16 : partitions) {
    e16.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t list_partition_reassignments_response::ongoing_topic_reassignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e17 : partitions) {
    n += e17.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
