// generated from ListOffsetsRequest.json, ListOffsetsResponse.json; do not edit
#include "gannet/protocol/messages/list_offsets.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void list_offsets_request::list_offsets_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  if (version >= 4) {
    current_leader_epoch = r.read_int32();
  }
  timestamp = r.read_int64();
  if (version <= 0) {
    max_num_offsets = r.read_int32();
  }
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void list_offsets_request::list_offsets_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  if (version >= 4) {
    w.write_int32(current_leader_epoch);
  }
  w.write_int64(timestamp);
  if (!(version <= 0) && !(max_num_offsets == 1)) w.fail();
  if (version <= 0) {
    w.write_int32(max_num_offsets);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t list_offsets_request::list_offsets_partition::size([[maybe_unused]] std::int16_t version) const {
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

void list_offsets_request::list_offsets_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 6);
  {
    const std::int32_t n1 = r.read_array_length(version >= 6);
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
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void list_offsets_request::list_offsets_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 6);
  w.write_array_length(partitions.size(), version >= 6);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t list_offsets_request::list_offsets_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 6);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 6);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void list_offsets_response::list_offsets_partition_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version <= 0) {
    {
      const std::int32_t n1 = r.read_array_length(false);
      if (n1 < 0) {
        r.fail();
      } else {
        auto& v2 = old_style_offsets;
        v2.clear();
        v2.reserve(static_cast<std::size_t>(n1));
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back() = r.read_int64();
        }
      }
    }
  }
  if (version >= 1) {
    timestamp = r.read_int64();
  }
  if (version >= 1) {
    offset = r.read_int64();
  }
  if (version >= 4) {
    leader_epoch = r.read_int32();
  }
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void list_offsets_response::list_offsets_partition_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  if (!(version <= 0) && !(old_style_offsets.empty())) w.fail();
  if (version <= 0) {
    w.write_array_length(old_style_offsets.size(), false);
    for (const auto& e4 : old_style_offsets) {
      w.write_int64(e4);
    }
  }
  if (!(version >= 1) && !(timestamp == -1)) w.fail();
  if (version >= 1) {
    w.write_int64(timestamp);
  }
  if (!(version >= 1) && !(offset == -1)) w.fail();
  if (version >= 1) {
    w.write_int64(offset);
  }
  if (!(version >= 4) && !(leader_epoch == -1)) w.fail();
  if (version >= 4) {
    w.write_int32(leader_epoch);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t list_offsets_response::list_offsets_partition_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version <= 0) {
    n += ::gannet::protocol::wire::array_length_size(old_style_offsets.size(), false);
    n += old_style_offsets.size() * 8;
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

void list_offsets_response::list_offsets_topic_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 6);
  {
    const std::int32_t n5 = r.read_array_length(version >= 6);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = partitions;
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

void list_offsets_response::list_offsets_topic_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 6);
  w.write_array_length(partitions.size(), version >= 6);
  for (const auto& e8 : partitions) {
    e8.encode(w, version);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t list_offsets_response::list_offsets_topic_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 6);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 6);
  for (const auto& e9 : partitions) {
    n += e9.size(version);
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
