// generated from BeginQuorumEpochRequest.json, BeginQuorumEpochResponse.json; do not edit
#include "gannet/protocol/messages/begin_quorum_epoch.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void begin_quorum_epoch_request::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  if (version >= 1) {
    voter_directory_id = r.read_uuid();
  }
  leader_id = r.read_int32();
  leader_epoch = r.read_int32();
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void begin_quorum_epoch_request::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  if (version >= 1) {
    w.write_uuid(voter_directory_id);
  }
  w.write_int32(leader_id);
  w.write_int32(leader_epoch);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t begin_quorum_epoch_request::partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 1) {
    n += 16;
  }
  n += 4;
  n += 4;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void begin_quorum_epoch_request::topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(version >= 1);
  {
    const std::int32_t n1 = r.read_array_length(version >= 1);
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
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void begin_quorum_epoch_request::topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, version >= 1);
  w.write_array_length(partitions.size(), version >= 1);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t begin_quorum_epoch_request::topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, version >= 1);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 1);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void begin_quorum_epoch_request::leader_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  host = r.read_string(true);
  port = r.read_uint16();
  r.skip_tagged_fields();
}

void begin_quorum_epoch_request::leader_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_string(host, true);
  w.write_uint16(port);
  w.write_uvarint(0);
}

std::size_t begin_quorum_epoch_request::leader_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 2;
  n += 1;
  return n;
}

void begin_quorum_epoch_response::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  leader_id = r.read_int32();
  leader_epoch = r.read_int32();
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void begin_quorum_epoch_response::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_int32(leader_id);
  w.write_int32(leader_epoch);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t begin_quorum_epoch_response::partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 4;
  n += 4;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void begin_quorum_epoch_response::topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(version >= 1);
  {
    const std::int32_t n1 = r.read_array_length(version >= 1);
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
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void begin_quorum_epoch_response::topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, version >= 1);
  w.write_array_length(partitions.size(), version >= 1);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t begin_quorum_epoch_response::topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, version >= 1);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 1);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void begin_quorum_epoch_response::node_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  node_id = r.read_int32();
  host = r.read_string(true);
  port = r.read_uint16();
  r.skip_tagged_fields();
}

void begin_quorum_epoch_response::node_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(node_id);
  w.write_string(host, true);
  w.write_uint16(port);
  w.write_uvarint(0);
}

std::size_t begin_quorum_epoch_response::node_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 2;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
