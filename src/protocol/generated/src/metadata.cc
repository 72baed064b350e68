// generated from MetadataRequest.json, MetadataResponse.json; do not edit
#include "gannet/protocol/messages/metadata.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void metadata_request::metadata_request_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version >= 10) {
    topic_id = r.read_uuid();
  }
  name = r.read_nullable_string(version >= 9);
  if (!name && !(version >= 10)) r.fail();
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void metadata_request::metadata_request_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version >= 10) {
    w.write_uuid(topic_id);
  }
  if (!name && !(version >= 10)) w.fail();
  w.write_nullable_string(name, version >= 9);
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t metadata_request::metadata_request_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 10) {
    n += 16;
  }
  n += ::gannet::protocol::wire::nullable_string_size(name, version >= 9);
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void metadata_response::metadata_response_broker::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  node_id = r.read_int32();
  host = r.read_string(version >= 9);
  port = r.read_int32();
  if (version >= 1) {
    rack = r.read_nullable_string(version >= 9);
  }
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void metadata_response::metadata_response_broker::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(node_id);
  w.write_string(host, version >= 9);
  w.write_int32(port);
  if (version >= 1) {
    w.write_nullable_string(rack, version >= 9);
  }
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t metadata_response::metadata_response_broker::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(host, version >= 9);
  n += 4;
  if (version >= 1) {
    n += ::gannet::protocol::wire::nullable_string_size(rack, version >= 9);
  }
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void metadata_response::metadata_response_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  partition_index = r.read_int32();
  leader_id = r.read_int32();
  if (version >= 7) {
    leader_epoch = r.read_int32();
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 9);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = replica_nodes;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  {
    const std::int32_t n4 = r.read_array_length(version >= 9);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = isr_nodes;
      v5.clear();
      v5.reserve(static_cast<std::size_t>(n4));
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back() = r.read_int32();
      }
    }
  }
  if (version >= 5) {
    {
      const std::int32_t n7 = r.read_array_length(version >= 9);
      if (n7 < 0) {
        r.fail();
      } else {
        auto& v8 = offline_replicas;
        v8.clear();
        v8.reserve(static_cast<std::size_t>(n7));
        for (std::int32_t i9 = 0; i9 < n7 && r.ok(); ++i9) {
          v8.emplace_back() = r.read_int32();
        }
      }
    }
  }
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void metadata_response::metadata_response_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_int32(partition_index);
  w.write_int32(leader_id);
  if (version >= 7) {
    w.write_int32(leader_epoch);
  }
  w.write_array_length(replica_nodes.size(), version >= 9);
  for (const auto& e10 : replica_nodes) {
    w.write_int32(e10);
  }
  w.write_array_length(isr_nodes.size(), version >= 9);
  for (const auto& e11 : isr_nodes) {
    w.write_int32(e11);
  }
  if (version >= 5) {
    w.write_array_length(offline_replicas.size(), version >= 9);
    for (const auto& e12 : offline_replicas) {
      w.write_int32(e12);
    }
  }
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t metadata_response::metadata_response_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 4;
  n += 4;
  if (version >= 7) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(replica_nodes.size(), version >= 9);
  n += replica_nodes.size() * 4;
  n += ::gannet::protocol::wire::array_length_size(isr_nodes.size(), version >= 9);
  n += isr_nodes.size() * 4;
  if (version >= 5) {
    n += ::gannet::protocol::wire::array_length_size(offline_replicas.size(), version >= 9);
    n += offline_replicas.size() * 4;
  }
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void metadata_response::metadata_response_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  name = r.read_nullable_string(version >= 9);
  if (!name && !(version >= 12)) r.fail();
  if (version >= 10) {
    topic_id = r.read_uuid();
  }
  if (version >= 1) {
    is_internal = r.read_bool();
  }
  {
    const std::int32_t n13 = r.read_array_length(version >= 9);
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
  if (version >= 8) {
    topic_authorized_operations = r.read_int32();
  }
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void metadata_response::metadata_response_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(error_code));
  if (!name && !(version >= 12)) w.fail();
  w.write_nullable_string(name, version >= 9);
  if (version >= 10) {
    w.write_uuid(topic_id);
  }
  if (version >= 1) {
    w.write_bool(is_internal);
  }
  w.write_array_length(partitions.size(), version >= 9);
  for (const auto& e16 : partitions) {
    e16.encode(w, version);
  }
  if (!(version >= 8) && !(topic_authorized_operations == (-2147483647 - 1))) w.fail();
  if (version >= 8) {
    w.write_int32(topic_authorized_operations);
  }
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t metadata_response::metadata_response_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(name, version >= 9);
  if (version >= 10) {
    n += 16;
  }
  if (version >= 1) {
    n += 1;
  }
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 9);
  for (const auto& e17 : partitions) {
    n += e17.size(version);
  }
  if (version >= 8) {
    n += 4;
  }
  if (version >= 9) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
