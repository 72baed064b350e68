// generated from VoteRequest.json, VoteResponse.json; do not edit
#include "gannet/protocol/messages/vote.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void vote_request_partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->candidate_epoch = r.read_int32();
  this->candidate_id = r.read_int32();
  if (version >= 1) {
    this->candidate_directory_id = r.read_uuid();
  }
  if (version >= 1) {
    this->voter_directory_id = r.read_uuid();
  }
  this->last_offset_epoch = r.read_int32();
  this->last_offset = r.read_int64();
  r.skip_tagged_fields();
}

void vote_request_partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int32(this->candidate_epoch);
  w.write_int32(this->candidate_id);
  if (version >= 1) {
    w.write_uuid(this->candidate_directory_id);
  }
  if (version >= 1) {
    w.write_uuid(this->voter_directory_id);
  }
  w.write_int32(this->last_offset_epoch);
  w.write_int64(this->last_offset);
  w.write_uvarint(0);
}

std::size_t vote_request_partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += 4;
  if (version >= 1) {
    n += 16;
  }
  if (version >= 1) {
    n += 16;
  }
  n += 4;
  n += 8;
  n += 1;
  return n;
}

void vote_request_topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_name = r.read_string(true);
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

void vote_request_topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic_name, true);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t vote_request_topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic_name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void vote_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->cluster_id = r.read_nullable_string(true);
  if (version >= 1) {
    this->voter_id = r.read_int32();
  }
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

void vote_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_nullable_string(this->cluster_id, true);
  if (version >= 1) {
    w.write_int32(this->voter_id);
  }
  w.write_array_length(this->topics.size(), true);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t vote_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::nullable_string_size(this->cluster_id, true);
  if (version >= 1) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void vote_response_partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->leader_id = r.read_int32();
  this->leader_epoch = r.read_int32();
  this->vote_granted = r.read_bool();
  r.skip_tagged_fields();
}

void vote_response_partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_int32(this->leader_id);
  w.write_int32(this->leader_epoch);
  w.write_bool(this->vote_granted);
  w.write_uvarint(0);
}

std::size_t vote_response_partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 4;
  n += 4;
  n += 1;
  n += 1;
  return n;
}

void vote_response_topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_name = r.read_string(true);
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

void vote_response_topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic_name, true);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t vote_response_topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic_name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void vote_response_node_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->node_id = r.read_int32();
  this->host = r.read_string(true);
  this->port = r.read_uint16();
  r.skip_tagged_fields();
}

void vote_response_node_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->node_id);
  w.write_string(this->host, true);
  w.write_uint16(this->port);
  w.write_uvarint(0);
}

std::size_t vote_response_node_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->host, true);
  n += 2;
  n += 1;
  return n;
}

void vote_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
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
  const std::uint32_t tagged_count = r.read_uvarint();
  for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
    const std::uint32_t tag = r.read_uvarint();
    ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
    switch (tag) {
      case 0: {
        if (version >= 1) {
          {
            const std::int32_t n9 = tr.read_array_length(true);
            if (n9 < 0) {
              tr.fail();
            } else {
              auto& v10 = this->node_endpoints;
              v10.clear();
              for (std::int32_t i11 = 0; i11 < n9 && tr.ok(); ++i11) {
                v10.emplace_back().decode(tr, version);
              }
            }
          }
        }
        break;
      }
      default:
        break;
    }
    if (!tr.ok()) r.fail();
  }
}

void vote_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_array_length(this->topics.size(), true);
  for (const auto& e12 : this->topics) {
    e12.encode(w, version);
  }
  if (!(version >= 1) && !(this->node_endpoints.empty())) w.fail();
  std::uint32_t tagged_count = 0;
  if ((version >= 1) && !(this->node_endpoints.empty())) ++tagged_count;
  w.write_uvarint(tagged_count);
  if ((version >= 1) && !(this->node_endpoints.empty())) {
    w.write_uvarint(0);
    std::size_t fs = 0;
    fs += ::gannet::protocol::wire::array_length_size(this->node_endpoints.size(), true);
    for (const auto& e13 : this->node_endpoints) {
      fs += e13.size(version);
    }
    w.write_uvarint(static_cast<std::uint32_t>(fs));
    w.write_array_length(this->node_endpoints.size(), true);
    for (const auto& e14 : this->node_endpoints) {
      e14.encode(w, version);
    }
  }
}

std::size_t vote_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e15 : this->topics) {
    n += e15.size(version);
  }
  std::uint32_t tagged_count = 0;
  if ((version >= 1) && !(this->node_endpoints.empty())) {
    std::size_t fs = 0;
    fs += ::gannet::protocol::wire::array_length_size(this->node_endpoints.size(), true);
    for (const auto& e16 : this->node_endpoints) {
      fs += e16.size(version);
    }
    n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
    ++tagged_count;
  }
  n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  return n;
}

}  // namespace gannet::protocol
