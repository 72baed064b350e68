// generated from AssignReplicasToDirsRequest.json, AssignReplicasToDirsResponse.json; do not edit
#include "gannet/protocol/messages/assign_replicas_to_dirs.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void assign_replicas_to_dirs_request_partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  r.skip_tagged_fields();
}

void assign_replicas_to_dirs_request_partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_request_partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 1;
  return n;
}

void assign_replicas_to_dirs_request_topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_id = r.read_uuid();
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

void assign_replicas_to_dirs_request_topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->topic_id);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_request_topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void assign_replicas_to_dirs_request_directory_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->id = r.read_uuid();
  {
    const std::int32_t n6 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void assign_replicas_to_dirs_request_directory_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->id);
  w.write_array_length(this->topics.size(), true);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_request_directory_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void assign_replicas_to_dirs_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->broker_id = r.read_int32();
  this->broker_epoch = r.read_int64();
  {
    const std::int32_t n11 = r.read_array_length(true);
    if (n11 < 0) {
      r.fail();
    } else {
      auto& v12 = this->directories;
      v12.clear();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void assign_replicas_to_dirs_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->broker_id);
  w.write_int64(this->broker_epoch);
  w.write_array_length(this->directories.size(), true);
  for (const auto& e14 : this->directories) {
    e14.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += ::gannet::protocol::wire::array_length_size(this->directories.size(), true);
  for (const auto& e15 : this->directories) {
    n += e15.size(version);
  }
  n += 1;
  return n;
}

void assign_replicas_to_dirs_response_partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  r.skip_tagged_fields();
}

void assign_replicas_to_dirs_response_partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_response_partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 1;
  return n;
}

void assign_replicas_to_dirs_response_topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_id = r.read_uuid();
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

void assign_replicas_to_dirs_response_topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->topic_id);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_response_topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void assign_replicas_to_dirs_response_directory_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->id = r.read_uuid();
  {
    const std::int32_t n6 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void assign_replicas_to_dirs_response_directory_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->id);
  w.write_array_length(this->topics.size(), true);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_response_directory_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void assign_replicas_to_dirs_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  {
    const std::int32_t n11 = r.read_array_length(true);
    if (n11 < 0) {
      r.fail();
    } else {
      auto& v12 = this->directories;
      v12.clear();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void assign_replicas_to_dirs_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_array_length(this->directories.size(), true);
  for (const auto& e14 : this->directories) {
    e14.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t assign_replicas_to_dirs_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->directories.size(), true);
  for (const auto& e15 : this->directories) {
    n += e15.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
