// generated from StopReplicaRequest.json, StopReplicaResponse.json; do not edit
#include "gannet/protocol/messages/stop_replica.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void stop_replica_request::stop_replica_partition_v0::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(false);
  partition_index = r.read_int32();
}

void stop_replica_request::stop_replica_partition_v0::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, false);
  w.write_int32(partition_index);
}

std::size_t stop_replica_request::stop_replica_partition_v0::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, false);
  n += 4;
  return n;
}

void stop_replica_request::stop_replica_topic_v1::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
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
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void stop_replica_request::stop_replica_topic_v1::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 2);
  w.write_array_length(partition_indexes.size(), version >= 2);
  for (const auto& e4 : partition_indexes) {
    w.write_int32(e4);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t stop_replica_request::stop_replica_topic_v1::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(partition_indexes.size(), version >= 2);
  n += partition_indexes.size() * 4;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void stop_replica_request::stop_replica_partition_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  leader_epoch = r.read_int32();
  delete_partition = r.read_bool();
  r.skip_tagged_fields();
}

void stop_replica_request::stop_replica_partition_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int32(leader_epoch);
  w.write_bool(delete_partition);
  w.write_uvarint(0);
}

std::size_t stop_replica_request::stop_replica_partition_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += 1;
  n += 1;
  return n;
}

void stop_replica_request::stop_replica_topic_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(true);
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = partition_states;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void stop_replica_request::stop_replica_topic_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, true);
  w.write_array_length(partition_states.size(), true);
  for (const auto& e8 : partition_states) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t stop_replica_request::stop_replica_topic_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, true);
  n += ::gannet::protocol::wire::array_length_size(partition_states.size(), true);
  for (const auto& e9 : partition_states) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void stop_replica_response::stop_replica_partition_error::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(version >= 2);
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void stop_replica_response::stop_replica_partition_error::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, version >= 2);
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t stop_replica_response::stop_replica_partition_error::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, version >= 2);
  n += 4;
  n += 2;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
