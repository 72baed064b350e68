// generated from DescribeQuorumRequest.json, DescribeQuorumResponse.json; do not edit
#include "gannet/protocol/messages/describe_quorum.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_quorum_request_partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  r.skip_tagged_fields();
}

void describe_quorum_request_partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_uvarint(0);
}

std::size_t describe_quorum_request_partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 1;
  return n;
}

void describe_quorum_request_topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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

void describe_quorum_request_topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic_name, true);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_quorum_request_topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic_name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void describe_quorum_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
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

void describe_quorum_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_array_length(this->topics.size(), true);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_quorum_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void describe_quorum_response_replica_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->replica_id = r.read_int32();
  if (version >= 2) {
    this->replica_directory_id = r.read_uuid();
  }
  this->log_end_offset = r.read_int64();
  if (version >= 1) {
    this->last_fetch_timestamp = r.read_int64();
  }
  if (version >= 1) {
    this->last_caught_up_timestamp = r.read_int64();
  }
  r.skip_tagged_fields();
}

void describe_quorum_response_replica_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->replica_id);
  if (!(version >= 2) && !(this->replica_directory_id == ::gannet::protocol::uuid{})) w.fail();
  if (version >= 2) {
    w.write_uuid(this->replica_directory_id);
  }
  w.write_int64(this->log_end_offset);
  if (version >= 1) {
    w.write_int64(this->last_fetch_timestamp);
  }
  if (version >= 1) {
    w.write_int64(this->last_caught_up_timestamp);
  }
  w.write_uvarint(0);
}

std::size_t describe_quorum_response_replica_state::size([[maybe_unused]] std::int16_t version) const {
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

void describe_quorum_response_partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 2) {
    this->error_message = r.read_nullable_string(true);
  }
  this->leader_id = r.read_int32();
  this->leader_epoch = r.read_int32();
  this->high_watermark = r.read_int64();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->current_voters;
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
      auto& v5 = this->observers;
      v5.clear();
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_quorum_response_partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 2) {
    w.write_nullable_string(this->error_message, true);
  }
  w.write_int32(this->leader_id);
  w.write_int32(this->leader_epoch);
  w.write_int64(this->high_watermark);
  w.write_array_length(this->current_voters.size(), true);
  for (const auto& e7 : this->current_voters) {
    e7.encode(w, version);
  }
  w.write_array_length(this->observers.size(), true);
  for (const auto& e8 : this->observers) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_quorum_response_partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version >= 2) {
    n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  }
  n += 4;
  n += 4;
  n += 8;
  n += ::gannet::protocol::wire::array_length_size(this->current_voters.size(), true);
  for (const auto& e9 : this->current_voters) {
    n += e9.size(version);
  }
  n += ::gannet::protocol::wire::array_length_size(this->observers.size(), true);
  for (const auto& e10 : this->observers) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void describe_quorum_response_topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_name = r.read_string(true);
  {
    const std::int32_t n11 = r.read_array_length(true);
    if (n11 < 0) {
      r.fail();
    } else {
      auto& v12 = this->partitions;
      v12.clear();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_quorum_response_topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic_name, true);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e14 : this->partitions) {
    e14.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_quorum_response_topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic_name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e15 : this->partitions) {
    n += e15.size(version);
  }
  n += 1;
  return n;
}

void describe_quorum_response_listener::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  this->host = r.read_string(true);
  this->port = r.read_uint16();
  r.skip_tagged_fields();
}

void describe_quorum_response_listener::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_string(this->host, true);
  w.write_uint16(this->port);
  w.write_uvarint(0);
}

std::size_t describe_quorum_response_listener::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::string_size(this->host, true);
  n += 2;
  n += 1;
  return n;
}

void describe_quorum_response_node::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->node_id = r.read_int32();
  {
    const std::int32_t n16 = r.read_array_length(true);
    if (n16 < 0) {
      r.fail();
    } else {
      auto& v17 = this->listeners;
      v17.clear();
      for (std::int32_t i18 = 0; i18 < n16 && r.ok(); ++i18) {
        v17.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_quorum_response_node::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->node_id);
  w.write_array_length(this->listeners.size(), true);
  for (const auto& e19 : this->listeners) {
    e19.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_quorum_response_node::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->listeners.size(), true);
  for (const auto& e20 : this->listeners) {
    n += e20.size(version);
  }
  n += 1;
  return n;
}

void describe_quorum_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 2) {
    this->error_message = r.read_nullable_string(true);
  }
  {
    const std::int32_t n21 = r.read_array_length(true);
    if (n21 < 0) {
      r.fail();
    } else {
      auto& v22 = this->topics;
      v22.clear();
      for (std::int32_t i23 = 0; i23 < n21 && r.ok(); ++i23) {
        v22.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 2) {
    {
      const std::int32_t n24 = r.read_array_length(true);
      if (n24 < 0) {
        r.fail();
      } else {
        auto& v25 = this->nodes;
        v25.clear();
        for (std::int32_t i26 = 0; i26 < n24 && r.ok(); ++i26) {
          v25.emplace_back().decode(r, version);
        }
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_quorum_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 2) {
    w.write_nullable_string(this->error_message, true);
  }
  w.write_array_length(this->topics.size(), true);
  for (const auto& e27 : this->topics) {
    e27.encode(w, version);
  }
  if (!(version >= 2) && !(this->nodes.empty())) w.fail();
  if (version >= 2) {
    w.write_array_length(this->nodes.size(), true);
    for (const auto& e28 : this->nodes) {
      e28.encode(w, version);
    }
  }
  w.write_uvarint(0);
}

std::size_t describe_quorum_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  if (version >= 2) {
    n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  }
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e29 : this->topics) {
    n += e29.size(version);
  }
  if (version >= 2) {
    n += ::gannet::protocol::wire::array_length_size(this->nodes.size(), true);
    for (const auto& e30 : this->nodes) {
      n += e30.size(version);
    }
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
