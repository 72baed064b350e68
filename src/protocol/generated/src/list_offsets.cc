// generated from ListOffsetsRequest.json, ListOffsetsResponse.json; do not edit
#include "gannet/protocol/messages/list_offsets.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void list_offsets_request_list_offsets_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  if (version >= 4) {
    this->current_leader_epoch = r.read_int32();
  }
  this->timestamp = r.read_int64();
  if (version <= 0) {
    this->max_num_offsets = r.read_int32();
  }
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void list_offsets_request_list_offsets_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  if (version >= 4) {
    w.write_int32(this->current_leader_epoch);
  }
  w.write_int64(this->timestamp);
  if (!(version <= 0) && !(this->max_num_offsets == 1)) w.fail();
  if (version <= 0) {
    w.write_int32(this->max_num_offsets);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t list_offsets_request_list_offsets_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 4) {
    n += 4;
  }
  n += 8;
  if (version <= 0) {
    n += 4;
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void list_offsets_request_list_offsets_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 6);
  {
    const std::int32_t n1 = r.read_array_length(version >= 6);
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
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void list_offsets_request_list_offsets_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 6);
  w.write_array_length(this->partitions.size(), version >= 6);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t list_offsets_request_list_offsets_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 6);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 6);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void list_offsets_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 9) {
    r.fail();
    return;
  }
  this->replica_id = r.read_int32();
  if (version >= 2) {
    this->isolation_level = r.read_int8();
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 6);
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
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void list_offsets_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 9) {
    w.fail();
    return;
  }
  w.write_int32(this->replica_id);
  if (!(version >= 2) && !(this->isolation_level == 0)) w.fail();
  if (version >= 2) {
    w.write_int8(this->isolation_level);
  }
  w.write_array_length(this->topics.size(), version >= 6);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t list_offsets_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 2) {
    n += 1;
  }
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 6);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void list_offsets_response_list_offsets_partition_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version <= 0) {
    {
      const std::int32_t n1 = r.read_array_length(false);
      if (n1 < 0) {
        r.fail();
      } else {
        auto& v2 = this->old_style_offsets;
        v2.clear();
        v2.reserve(static_cast<std::size_t>(n1));
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back() = r.read_int64();
        }
      }
    }
  }
  if (version >= 1) {
    this->timestamp = r.read_int64();
  }
  if (version >= 1) {
    this->offset = r.read_int64();
  }
  if (version >= 4) {
    this->leader_epoch = r.read_int32();
  }
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void list_offsets_response_list_offsets_partition_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (!(version <= 0) && !(this->old_style_offsets.empty())) w.fail();
  if (version <= 0) {
    w.write_array_length(this->old_style_offsets.size(), false);
    for (const auto& e4 : this->old_style_offsets) {
      w.write_int64(e4);
    }
  }
  if (!(version >= 1) && !(this->timestamp == -1)) w.fail();
  if (version >= 1) {
    w.write_int64(this->timestamp);
  }
  if (!(version >= 1) && !(this->offset == -1)) w.fail();
  if (version >= 1) {
    w.write_int64(this->offset);
  }
  if (!(version >= 4) && !(this->leader_epoch == -1)) w.fail();
  if (version >= 4) {
    w.write_int32(this->leader_epoch);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t list_offsets_response_list_offsets_partition_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version <= 0) {
    n += ::gannet::protocol::wire::array_length_size(this->old_style_offsets.size(), false);
    n += this->old_style_offsets.size() * 8;
  }
  if (version >= 1) {
    n += 8;
  }
  if (version >= 1) {
    n += 8;
  }
  if (version >= 4) {
    n += 4;
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void list_offsets_response_list_offsets_topic_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 6);
  {
    const std::int32_t n5 = r.read_array_length(version >= 6);
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
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void list_offsets_response_list_offsets_topic_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 6);
  w.write_array_length(this->partitions.size(), version >= 6);
  for (const auto& e8 : this->partitions) {
    e8.encode(w, version);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t list_offsets_response_list_offsets_topic_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 6);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 6);
  for (const auto& e9 : this->partitions) {
    n += e9.size(version);
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void list_offsets_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 9) {
    r.fail();
    return;
  }
  if (version >= 2) {
    this->throttle_time_ms = r.read_int32();
  }
  {
    const std::int32_t n10 = r.read_array_length(version >= 6);
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
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void list_offsets_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 9) {
    w.fail();
    return;
  }
  if (version >= 2) {
    w.write_int32(this->throttle_time_ms);
  }
  w.write_array_length(this->topics.size(), version >= 6);
  for (const auto& e13 : this->topics) {
    e13.encode(w, version);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t list_offsets_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 2) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 6);
  for (const auto& e14 : this->topics) {
    n += e14.size(version);
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
