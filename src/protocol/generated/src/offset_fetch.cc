// generated from OffsetFetchRequest.json, OffsetFetchResponse.json; do not edit
#include "gannet/protocol/messages/offset_fetch.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void offset_fetch_request::offset_fetch_request_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 6);
  {
    const std::int32_t n1 = r.read_array_length(version >= 6);
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
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void offset_fetch_request::offset_fetch_request_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 6);
  w.write_array_length(partition_indexes.size(), version >= 6);
  for (const auto& e4 : partition_indexes) {
    w.write_int32(e4);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t offset_fetch_request::offset_fetch_request_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 6);
  n += ::gannet::protocol::wire::array_length_size(partition_indexes.size(), version >= 6);
  n += partition_indexes.size() * 4;
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void offset_fetch_request::offset_fetch_request_topics::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = partition_indexes;
      v6.clear();
      v6.reserve(static_cast<std::size_t>(n5));
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void offset_fetch_request::offset_fetch_request_topics::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_array_length(partition_indexes.size(), true);
  for (const auto& e8 : partition_indexes) {
    w.write_int32(e8);
  }
  w.write_uvarint(0);
}

std::size_t offset_fetch_request::offset_fetch_request_topics::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::array_length_size(partition_indexes.size(), true);
  n += partition_indexes.size() * 4;
  n += 1;
  return n;
}

void offset_fetch_request::offset_fetch_request_group::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  group_id = r.read_string(true);
  if (version >= 9) {
    member_id = r.read_nullable_string(true);
  }
  if (version >= 9) {
    member_epoch = r.read_int32();
  }
  {
    const std::int32_t n9 = r.read_array_length(true);
    if (n9 < 0) {
      topics.reset();
    } else {
      auto& v10 = topics.emplace();
      for (std::int32_t i11 = 0; i11 < n9 && r.ok(); ++i11) {
        v10.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void offset_fetch_request::offset_fetch_request_group::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(group_id, true);
  if (version >= 9) {
    w.write_nullable_string(member_id, true);
  }
  if (version >= 9) {
    w.write_int32(member_epoch);
  }
  if (!topics) {
    w.write_null_array_length(true);
  } else {
    w.write_array_length((*topics).size(), true);
    for (const auto& e12 : (*topics)) {
      e12.encode(w, version);
    }
  }
  w.write_uvarint(0);
}

std::size_t offset_fetch_request::offset_fetch_request_group::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(group_id, true);
  if (version >= 9) {
    n += ::gannet::protocol::wire::nullable_string_size(member_id, true);
  }
  if (version >= 9) {
    n += 4;
  }
  if (!topics) {
    n += ::gannet::protocol::wire::null_array_length_size(true);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*topics).size(), true);
    for (const auto& e13 : (*topics)) {
      n += e13.size(version);
    }
  }
  n += 1;
  return n;
}

void offset_fetch_response::offset_fetch_response_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  committed_offset = r.read_int64();
  if (version >= 5) {
    committed_leader_epoch = r.read_int32();
  }
  metadata = r.read_nullable_string(version >= 6);
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void offset_fetch_response::offset_fetch_response_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int64(committed_offset);
  if (version >= 5) {
    w.write_int32(committed_leader_epoch);
  }
  w.write_nullable_string(metadata, version >= 6);
  w.write_int16(static_cast<std::int16_t>(error_code));
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t offset_fetch_response::offset_fetch_response_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  if (version >= 5) {
    n += 4;
  }
  n += ::gannet::protocol::wire::nullable_string_size(metadata, version >= 6);
  n += 2;
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void offset_fetch_response::offset_fetch_response_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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

void offset_fetch_response::offset_fetch_response_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 6);
  w.write_array_length(partitions.size(), version >= 6);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t offset_fetch_response::offset_fetch_response_topic::size([[maybe_unused]] std::int16_t version) const {
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

void offset_fetch_response::offset_fetch_response_partitions::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  committed_offset = r.read_int64();
  committed_leader_epoch = r.read_int32();
  metadata = r.read_nullable_string(true);
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  r.skip_tagged_fields();
}

void offset_fetch_response::offset_fetch_response_partitions::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int64(committed_offset);
  w.write_int32(committed_leader_epoch);
  w.write_nullable_string(metadata, true);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_uvarint(0);
}

std::size_t offset_fetch_response::offset_fetch_response_partitions::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(metadata, true);
  n += 2;
  n += 1;
  return n;
}

void offset_fetch_response::offset_fetch_response_topics::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = partitions;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void offset_fetch_response::offset_fetch_response_topics::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_array_length(partitions.size(), true);
  for (const auto& e9 : partitions) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t offset_fetch_response::offset_fetch_response_topics::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e10 : partitions) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void offset_fetch_response::offset_fetch_response_group::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  group_id = r.read_string(true);
  {
    const std::int32_t n11 = r.read_array_length(true);
    if (n11 < 0) {
      r.fail();
    } else {
      auto& v12 = topics;
      v12.clear();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  r.skip_tagged_fields();
}

void offset_fetch_response::offset_fetch_response_group::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(group_id, true);
  w.write_array_length(topics.size(), true);
  for (const auto& e14 : topics) {
    e14.encode(w, version);
  }
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_uvarint(0);
}

std::size_t offset_fetch_response::offset_fetch_response_group::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(group_id, true);
  n += ::gannet::protocol::wire::array_length_size(topics.size(), true);
  for (const auto& e15 : topics) {
    n += e15.size(version);
  }
  n += 2;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
