// generated from OffsetFetchRequest.json, OffsetFetchResponse.json; do not edit
#include "gannet/protocol/messages/offset_fetch.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void offset_fetch_request_offset_fetch_request_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 6);
  {
    const std::int32_t n1 = r.read_array_length(version >= 6);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partition_indexes;
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

void offset_fetch_request_offset_fetch_request_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 6);
  w.write_array_length(this->partition_indexes.size(), version >= 6);
  for (const auto& e4 : this->partition_indexes) {
    w.write_int32(e4);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t offset_fetch_request_offset_fetch_request_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 6);
  n += ::gannet::protocol::wire::array_length_size(this->partition_indexes.size(), version >= 6);
  n += this->partition_indexes.size() * 4;
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void offset_fetch_request_offset_fetch_request_topics::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = this->partition_indexes;
      v6.clear();
      v6.reserve(static_cast<std::size_t>(n5));
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void offset_fetch_request_offset_fetch_request_topics::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_array_length(this->partition_indexes.size(), true);
  for (const auto& e8 : this->partition_indexes) {
    w.write_int32(e8);
  }
  w.write_uvarint(0);
}

std::size_t offset_fetch_request_offset_fetch_request_topics::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partition_indexes.size(), true);
  n += this->partition_indexes.size() * 4;
  n += 1;
  return n;
}

void offset_fetch_request_offset_fetch_request_group::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->group_id = r.read_string(true);
  if (version >= 9) {
    this->member_id = r.read_nullable_string(true);
  }
  if (version >= 9) {
    this->member_epoch = r.read_int32();
  }
  {
    const std::int32_t n9 = r.read_array_length(true);
    if (n9 < 0) {
      this->topics.reset();
    } else {
      auto& v10 = this->topics.emplace();
      for (std::int32_t i11 = 0; i11 < n9 && r.ok(); ++i11) {
        v10.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void offset_fetch_request_offset_fetch_request_group::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->group_id, true);
  if (version >= 9) {
    w.write_nullable_string(this->member_id, true);
  }
  if (version >= 9) {
    w.write_int32(this->member_epoch);
  }
  if (!this->topics) {
    w.write_null_array_length(true);
  } else {
    w.write_array_length((*this->topics).size(), true);
    for (const auto& e12 : (*this->topics)) {
      e12.encode(w, version);
    }
  }
  w.write_uvarint(0);
}

std::size_t offset_fetch_request_offset_fetch_request_group::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group_id, true);
  if (version >= 9) {
    n += ::gannet::protocol::wire::nullable_string_size(this->member_id, true);
  }
  if (version >= 9) {
    n += 4;
  }
  if (!this->topics) {
    n += ::gannet::protocol::wire::null_array_length_size(true);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->topics).size(), true);
    for (const auto& e13 : (*this->topics)) {
      n += e13.size(version);
    }
  }
  n += 1;
  return n;
}

void offset_fetch_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 9) {
    r.fail();
    return;
  }
  if (version <= 7) {
    this->group_id = r.read_string(version >= 6);
  }
  if (version <= 7) {
    {
      const std::int32_t n14 = r.read_array_length(version >= 6);
      if (n14 < 0) {
        this->topics.reset();
        if (!(version >= 2)) r.fail();
      } else {
        auto& v15 = this->topics.emplace();
        for (std::int32_t i16 = 0; i16 < n14 && r.ok(); ++i16) {
          v15.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 8) {
    {
      const std::int32_t n17 = r.read_array_length(true);
      if (n17 < 0) {
        r.fail();
      } else {
        auto& v18 = this->groups;
        v18.clear();
        for (std::int32_t i19 = 0; i19 < n17 && r.ok(); ++i19) {
          v18.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 7) {
    this->require_stable = r.read_bool();
  }
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void offset_fetch_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 9) {
    w.fail();
    return;
  }
  if (!(version <= 7) && !(this->group_id.empty())) w.fail();
  if (version <= 7) {
    w.write_string(this->group_id, version >= 6);
  }
  if (!(version <= 7) && !(this->topics.has_value() && (*this->topics).empty())) w.fail();
  if (version <= 7) {
    if (!this->topics) {
      if (version >= 2) w.write_null_array_length(version >= 6); else w.fail();
    } else {
      w.write_array_length((*this->topics).size(), version >= 6);
      for (const auto& e20 : (*this->topics)) {
        e20.encode(w, version);
      }
    }
  }
  if (!(version >= 8) && !(this->groups.empty())) w.fail();
  if (version >= 8) {
    w.write_array_length(this->groups.size(), true);
    for (const auto& e21 : this->groups) {
      e21.encode(w, version);
    }
  }
  if (!(version >= 7) && !(this->require_stable == false)) w.fail();
  if (version >= 7) {
    w.write_bool(this->require_stable);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t offset_fetch_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 7) {
    n += ::gannet::protocol::wire::string_size(this->group_id, version >= 6);
  }
  if (version <= 7) {
    if (!this->topics) {
      n += ::gannet::protocol::wire::null_array_length_size(version >= 6);
    } else {
      n += ::gannet::protocol::wire::array_length_size((*this->topics).size(), version >= 6);
      for (const auto& e22 : (*this->topics)) {
        n += e22.size(version);
      }
    }
  }
  if (version >= 8) {
    n += ::gannet::protocol::wire::array_length_size(this->groups.size(), true);
    for (const auto& e23 : this->groups) {
      n += e23.size(version);
    }
  }
  if (version >= 7) {
    n += 1;
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void offset_fetch_response_offset_fetch_response_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->committed_offset = r.read_int64();
  if (version >= 5) {
    this->committed_leader_epoch = r.read_int32();
  }
  this->metadata = r.read_nullable_string(version >= 6);
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void offset_fetch_response_offset_fetch_response_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int64(this->committed_offset);
  if (version >= 5) {
    w.write_int32(this->committed_leader_epoch);
  }
  w.write_nullable_string(this->metadata, version >= 6);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t offset_fetch_response_offset_fetch_response_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  if (version >= 5) {
    n += 4;
  }
  n += ::gannet::protocol::wire::nullable_string_size(this->metadata, version >= 6);
  n += 2;
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void offset_fetch_response_offset_fetch_response_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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

void offset_fetch_response_offset_fetch_response_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 6);
  w.write_array_length(this->partitions.size(), version >= 6);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t offset_fetch_response_offset_fetch_response_topic::size([[maybe_unused]] std::int16_t version) const {
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

void offset_fetch_response_offset_fetch_response_partitions::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->committed_offset = r.read_int64();
  this->committed_leader_epoch = r.read_int32();
  this->metadata = r.read_nullable_string(true);
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  r.skip_tagged_fields();
}

void offset_fetch_response_offset_fetch_response_partitions::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int64(this->committed_offset);
  w.write_int32(this->committed_leader_epoch);
  w.write_nullable_string(this->metadata, true);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_uvarint(0);
}

std::size_t offset_fetch_response_offset_fetch_response_partitions::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(this->metadata, true);
  n += 2;
  n += 1;
  return n;
}

void offset_fetch_response_offset_fetch_response_topics::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->partitions;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void offset_fetch_response_offset_fetch_response_topics::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e9 : this->partitions) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t offset_fetch_response_offset_fetch_response_topics::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e10 : this->partitions) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void offset_fetch_response_offset_fetch_response_group::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->group_id = r.read_string(true);
  {
    const std::int32_t n11 = r.read_array_length(true);
    if (n11 < 0) {
      r.fail();
    } else {
      auto& v12 = this->topics;
      v12.clear();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  r.skip_tagged_fields();
}

void offset_fetch_response_offset_fetch_response_group::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->group_id, true);
  w.write_array_length(this->topics.size(), true);
  for (const auto& e14 : this->topics) {
    e14.encode(w, version);
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_uvarint(0);
}

std::size_t offset_fetch_response_offset_fetch_response_group::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group_id, true);
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e15 : this->topics) {
    n += e15.size(version);
  }
  n += 2;
  n += 1;
  return n;
}

void offset_fetch_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 9) {
    r.fail();
    return;
  }
  if (version >= 3) {
    this->throttle_time_ms = r.read_int32();
  }
  if (version <= 7) {
    {
      const std::int32_t n16 = r.read_array_length(version >= 6);
      if (n16 < 0) {
        r.fail();
      } else {
        auto& v17 = this->topics;
        v17.clear();
        for (std::int32_t i18 = 0; i18 < n16 && r.ok(); ++i18) {
          v17.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 2 && version <= 7) {
    this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  }
  if (version >= 8) {
    {
      const std::int32_t n19 = r.read_array_length(true);
      if (n19 < 0) {
        r.fail();
      } else {
        auto& v20 = this->groups;
        v20.clear();
        for (std::int32_t i21 = 0; i21 < n19 && r.ok(); ++i21) {
          v20.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void offset_fetch_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 9) {
    w.fail();
    return;
  }
  if (version >= 3) {
    w.write_int32(this->throttle_time_ms);
  }
  if (!(version <= 7) && !(this->topics.empty())) w.fail();
  if (version <= 7) {
    w.write_array_length(this->topics.size(), version >= 6);
    for (const auto& e22 : this->topics) {
      e22.encode(w, version);
    }
  }
  if (version >= 2 && version <= 7) {
    w.write_int16(static_cast<std::int16_t>(this->error_code));
  }
  if (!(version >= 8) && !(this->groups.empty())) w.fail();
  if (version >= 8) {
    w.write_array_length(this->groups.size(), true);
    for (const auto& e23 : this->groups) {
      e23.encode(w, version);
    }
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t offset_fetch_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 3) {
    n += 4;
  }
  if (version <= 7) {
    n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 6);
    for (const auto& e24 : this->topics) {
      n += e24.size(version);
    }
  }
  if (version >= 2 && version <= 7) {
    n += 2;
  }
  if (version >= 8) {
    n += ::gannet::protocol::wire::array_length_size(this->groups.size(), true);
    for (const auto& e25 : this->groups) {
      n += e25.size(version);
    }
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
