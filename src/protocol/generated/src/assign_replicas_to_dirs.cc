// generated from AssignReplicasToDirsRequest.json, AssignReplicasToDirsResponse.json; do not edit
#include "gannet/protocol/messages/assign_replicas_to_dirs.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void assign_replicas_to_dirs_request::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  r.skip_tagged_fields();
}

void assign_replicas_to_dirs_request::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_request::partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 1;
  return n;
}

void assign_replicas_to_dirs_request::topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_id = r.read_uuid();
  {
    const std::int32_t n1 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void assign_replicas_to_dirs_request::topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(topic_id);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_request::topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void assign_replicas_to_dirs_request::directory_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  id = r.read_uuid();
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = topics;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void assign_replicas_to_dirs_request::directory_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(id);
  w.write_array_length(topics.size(), true);
  for (const auto& e9 : topics) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_request::directory_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(topics.size(), true);
  for (const auto& e10 : topics) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void assign_replicas_to_dirs_response::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  r.skip_tagged_fields();
}

void assign_replicas_to_dirs_response::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_response::partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 1;
  return n;
}

void assign_replicas_to_dirs_response::topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_id = r.read_uuid();
  {
    const std::int32_t n1 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void assign_replicas_to_dirs_response::topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(topic_id);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_response::topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void assign_replicas_to_dirs_response::directory_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  id = r.read_uuid();
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = topics;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void assign_replicas_to_dirs_response::directory_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(id);
  w.write_array_length(topics.size(), true);
  for (const auto& e9 : topics) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_response::directory_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(topics.size(), true);
  for (const auto& e10 : topics) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
