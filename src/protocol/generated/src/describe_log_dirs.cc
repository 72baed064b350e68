// generated from DescribeLogDirsRequest.json, DescribeLogDirsResponse.json; do not edit
#include "gannet/protocol/messages/describe_log_dirs.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_log_dirs_request::describable_log_dir_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic = r.read_string(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partitions;
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

void describe_log_dirs_request::describable_log_dir_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic, version >= 2);
  w.write_array_length(partitions.size(), version >= 2);
  for (const auto& e4 : partitions) {
    w.write_int32(e4);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_log_dirs_request::describable_log_dir_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 2);
  n += partitions.size() * 4;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void describe_log_dirs_response::describe_log_dirs_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  partition_size = r.read_int64();
  offset_lag = r.read_int64();
  is_future_key = r.read_bool();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_log_dirs_response::describe_log_dirs_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int64(partition_size);
  w.write_int64(offset_lag);
  w.write_bool(is_future_key);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_log_dirs_response::describe_log_dirs_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += 8;
  n += 1;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void describe_log_dirs_response::describe_log_dirs_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
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
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_log_dirs_response::describe_log_dirs_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 2);
  w.write_array_length(partitions.size(), version >= 2);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_log_dirs_response::describe_log_dirs_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 2);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void describe_log_dirs_response::describe_log_dirs_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  log_dir = r.read_string(version >= 2);
  {
    const std::int32_t n6 = r.read_array_length(version >= 2);
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
  if (version >= 4) {
    total_bytes = r.read_int64();
  }
  if (version >= 4) {
    usable_bytes = r.read_int64();
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_log_dirs_response::describe_log_dirs_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_string(log_dir, version >= 2);
  w.write_array_length(topics.size(), version >= 2);
  for (const auto& e9 : topics) {
    e9.encode(w, version);
  }
  if (version >= 4) {
    w.write_int64(total_bytes);
  }
  if (version >= 4) {
    w.write_int64(usable_bytes);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_log_dirs_response::describe_log_dirs_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::string_size(log_dir, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(topics.size(), version >= 2);
  for (const auto& e10 : topics) {
    n += e10.size(version);
  }
  if (version >= 4) {
    n += 8;
  }
  if (version >= 4) {
    n += 8;
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
