// generated from DescribeQuorumRequest.json, DescribeQuorumResponse.json; do not edit
#include "gannet/protocol/messages/describe_quorum.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_quorum_request::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  r.skip_tagged_fields();
}

void describe_quorum_request::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_uvarint(0);
}

std::size_t describe_quorum_request::partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 1;
  return n;
}

void describe_quorum_request::topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void describe_quorum_request::topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, true);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_quorum_request::topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, true);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void describe_quorum_response::replica_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  replica_id = r.read_int32();
  if (version >= 2) {
    replica_directory_id = r.read_uuid();
  }
  log_end_offset = r.read_int64();
  if (version >= 1) {
    last_fetch_timestamp = r.read_int64();
  }
  if (version >= 1) {
    last_caught_up_timestamp = r.read_int64();
  }
  r.skip_tagged_fields();
}

void describe_quorum_response::replica_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(replica_id);
  if (!(version >= 2) && !(replica_directory_id == ::gannet::protocol::uuid{})) w.fail();
  if (version >= 2) {
    w.write_uuid(replica_directory_id);
  }
  w.write_int64(log_end_offset);
  if (version >= 1) {
    w.write_int64(last_fetch_timestamp);
  }
  if (version >= 1) {
    w.write_int64(last_caught_up_timestamp);
  }
  w.write_uvarint(0);
}

std::size_t describe_quorum_response::replica_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 2) {
    n += 16;
  }
  n += 8;
  if (version >= 1) {
    n += 8;
  }
  if (version >= 1) {
    n += 8;
  }
  n += 1;
  return n;
}

void describe_quorum_response::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 2) {
    error_message = r.read_nullable_string(true);
  }
  leader_id = r.read_int32();
  leader_epoch = r.read_int32();
  high_watermark = r.read_int64();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = current_voters;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  {
    const std::int32_t n4 = r.read_array_length(true);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = observers;
      v5.clear();
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_quorum_response::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  if (version >= 2) {
    w.write_nullable_string(error_message, true);
  }
  w.write_int32(leader_id);
  w.write_int32(leader_epoch);
  w.write_int64(high_watermark);
  w.write_array_length(current_voters.size(), true);
  for (const auto& e7 : current_voters) {
    e7.encode(w, version);
  }
  w.write_array_length(observers.size(), true);
  for (const auto& e8 : observers) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_quorum_response::partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version >= 2) {
    n += ::gannet::protocol::wire::nullable_string_size(error_message, true);
  }
  n += 4;
  n += 4;
  n += 8;
  n += ::gannet::protocol::wire::array_length_size(current_voters.size(), true);
  for (const auto& e9 : current_voters) {
    n += e9.size(version);
  }
  n += ::gannet::protocol::wire::array_length_size(observers.size(), true);
  for (const auto& e10 : observers) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void describe_quorum_response::topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(true);
  {
    const std::int32_t n11 = r.read_array_length(true);
    if (n11 < 0) {
      r.fail();
    } else {
      auto& v12 = partitions;
      v12.clear();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_quorum_response::topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, true);
  w.write_array_length(partitions.size(), true);
  for (const auto& e14 : partitions) {
    e14.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_quorum_response::topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, true);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e15 : partitions) {
    n += e15.size(version);
  }
  n += 1;
  return n;
}

void describe_quorum_response::listener::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  host = r.read_string(true);
  port = r.read_uint16();
  r.skip_tagged_fields();
}

void describe_quorum_response::listener::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_string(host, true);
  w.write_uint16(port);
  w.write_uvarint(0);
}

std::size_t describe_quorum_response::listener::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 2;
  n += 1;
  return n;
}

void describe_quorum_response::node::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  node_id = r.read_int32();
  {
    const std::int32_t n16 = r.read_array_length(true);
    if (n16 < 0) {
      r.fail();
    } else {
      auto& v17 = listeners;
      v17.clear();
      for (std::int32_t i18 = 0; i18 < n16 && r.ok(); ++i18) {
        v17.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_quorum_response::node::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(node_id);
  w.write_array_length(listeners.size(), true);
  for (const auto& e19 : listeners) {
    e19.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_quorum_response::node::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(listeners.size(), true);
  for (const auto& e20 : listeners) {
    n += e20.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
