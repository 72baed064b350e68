// generated from DescribeLogDirsRequest.json, DescribeLogDirsResponse.json; do not edit
#include "gannet/protocol/messages/describe_log_dirs.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_log_dirs_request_describable_log_dir_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic = r.read_string(version >= 2);
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

void describe_log_dirs_request_describable_log_dir_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic, version >= 2);
  w.write_array_length(this->partitions.size(), version >= 2);
  for (const auto& e4 : this->partitions) {
    w.write_int32(e4);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_log_dirs_request_describable_log_dir_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 2);
  n += this->partitions.size() * 4;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void describe_log_dirs_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  {
    const std::int32_t n5 = r.read_array_length(version >= 2);
    if (n5 < 0) {
      this->topics.reset();
    } else {
      auto& v6 = this->topics.emplace();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_log_dirs_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  if (!this->topics) {
    w.write_null_array_length(version >= 2);
  } else {
    w.write_array_length((*this->topics).size(), version >= 2);
    for (const auto& e8 : (*this->topics)) {
      e8.encode(w, version);
    }
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_log_dirs_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (!this->topics) {
    n += ::gannet::protocol::wire::null_array_length_size(version >= 2);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->topics).size(), version >= 2);
    for (const auto& e9 : (*this->topics)) {
      n += e9.size(version);
    }
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void describe_log_dirs_response_describe_log_dirs_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->partition_size = r.read_int64();
  this->offset_lag = r.read_int64();
  this->is_future_key = r.read_bool();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_log_dirs_response_describe_log_dirs_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int64(this->partition_size);
  w.write_int64(this->offset_lag);
  w.write_bool(this->is_future_key);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_log_dirs_response_describe_log_dirs_partition::size([[maybe_unused]] std::int16_t version) const {
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

void describe_log_dirs_response_describe_log_dirs_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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

void describe_log_dirs_response_describe_log_dirs_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 2);
  w.write_array_length(this->partitions.size(), version >= 2);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_log_dirs_response_describe_log_dirs_topic::size([[maybe_unused]] std::int16_t version) const {
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

void describe_log_dirs_response_describe_log_dirs_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->log_dir = r.read_string(version >= 2);
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
  if (version >= 4) {
    this->total_bytes = r.read_int64();
  }
  if (version >= 4) {
    this->usable_bytes = r.read_int64();
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_log_dirs_response_describe_log_dirs_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_string(this->log_dir, version >= 2);
  w.write_array_length(this->topics.size(), version >= 2);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  if (version >= 4) {
    w.write_int64(this->total_bytes);
  }
  if (version >= 4) {
    w.write_int64(this->usable_bytes);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_log_dirs_response_describe_log_dirs_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::string_size(this->log_dir, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 2);
  for (const auto& e10 : this->topics) {
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

void describe_log_dirs_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  if (version >= 3) {
    this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  }
  {
    const std::int32_t n11 = r.read_array_length(version >= 2);
    if (n11 < 0) {
      r.fail();
    } else {
      auto& v12 = this->results;
      v12.clear();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_log_dirs_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  if (version >= 3) {
    w.write_int16(static_cast<std::int16_t>(this->error_code));
  }
  w.write_array_length(this->results.size(), version >= 2);
  for (const auto& e14 : this->results) {
    e14.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_log_dirs_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 3) {
    n += 2;
  }
  n += ::gannet::protocol::wire::array_length_size(this->results.size(), version >= 2);
  for (const auto& e15 : this->results) {
    n += e15.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
