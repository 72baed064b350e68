// generated from AlterReplicaLogDirsRequest.json, AlterReplicaLogDirsResponse.json; do not edit
#include "gannet/protocol/messages/alter_replica_log_dirs.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void alter_replica_log_dirs_request_alter_replica_log_dir_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partitions;
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

void alter_replica_log_dirs_request_alter_replica_log_dir_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 2);
  w.write_array_length(this->partitions.size(), version >= 2);
  for (const auto& e4 : this->partitions) {
    w.write_int32(e4);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_replica_log_dirs_request_alter_replica_log_dir_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 2);
  n += this->partitions.size() * 4;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void alter_replica_log_dirs_request_alter_replica_log_dir::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->path = r.read_string(version >= 2);
  {
    const std::int32_t n5 = r.read_array_length(version >= 2);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = this->topics;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void alter_replica_log_dirs_request_alter_replica_log_dir::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->path, version >= 2);
  w.write_array_length(this->topics.size(), version >= 2);
  for (const auto& e8 : this->topics) {
    e8.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_replica_log_dirs_request_alter_replica_log_dir::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->path, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 2);
  for (const auto& e9 : this->topics) {
    n += e9.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void alter_replica_log_dirs_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  {
    const std::int32_t n10 = r.read_array_length(version >= 2);
    if (n10 < 0) {
      r.fail();
    } else {
      auto& v11 = this->dirs;
      v11.clear();
      for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
        v11.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void alter_replica_log_dirs_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_array_length(this->dirs.size(), version >= 2);
  for (const auto& e13 : this->dirs) {
    e13.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_replica_log_dirs_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->dirs.size(), version >= 2);
  for (const auto& e14 : this->dirs) {
    n += e14.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void alter_replica_log_dirs_response_alter_replica_log_dir_partition_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void alter_replica_log_dirs_response_alter_replica_log_dir_partition_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_replica_log_dirs_response_alter_replica_log_dir_partition_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void alter_replica_log_dirs_response_alter_replica_log_dir_topic_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_name = r.read_string(version >= 2);
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

void alter_replica_log_dirs_response_alter_replica_log_dir_topic_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic_name, version >= 2);
  w.write_array_length(this->partitions.size(), version >= 2);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_replica_log_dirs_response_alter_replica_log_dir_topic_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic_name, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 2);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void alter_replica_log_dirs_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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
      auto& v7 = this->results;
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

void alter_replica_log_dirs_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->results.size(), version >= 2);
  for (const auto& e9 : this->results) {
    e9.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_replica_log_dirs_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->results.size(), version >= 2);
  for (const auto& e10 : this->results) {
    n += e10.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
