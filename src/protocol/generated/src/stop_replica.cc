// generated from StopReplicaRequest.json, StopReplicaResponse.json; do not edit
#include "gannet/protocol/messages/stop_replica.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void stop_replica_request_stop_replica_partition_v0::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_name = r.read_string(false);
  this->partition_index = r.read_int32();
}

void stop_replica_request_stop_replica_partition_v0::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic_name, false);
  w.write_int32(this->partition_index);
}

std::size_t stop_replica_request_stop_replica_partition_v0::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic_name, false);
  n += 4;
  return n;
}

void stop_replica_request_stop_replica_topic_v1::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
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
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void stop_replica_request_stop_replica_topic_v1::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 2);
  w.write_array_length(this->partition_indexes.size(), version >= 2);
  for (const auto& e4 : this->partition_indexes) {
    w.write_int32(e4);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t stop_replica_request_stop_replica_topic_v1::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(this->partition_indexes.size(), version >= 2);
  n += this->partition_indexes.size() * 4;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void stop_replica_request_stop_replica_partition_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->leader_epoch = r.read_int32();
  this->delete_partition = r.read_bool();
  r.skip_tagged_fields();
}

void stop_replica_request_stop_replica_partition_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int32(this->leader_epoch);
  w.write_bool(this->delete_partition);
  w.write_uvarint(0);
}

std::size_t stop_replica_request_stop_replica_partition_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += 1;
  n += 1;
  return n;
}

void stop_replica_request_stop_replica_topic_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_name = r.read_string(true);
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = this->partition_states;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void stop_replica_request_stop_replica_topic_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic_name, true);
  w.write_array_length(this->partition_states.size(), true);
  for (const auto& e8 : this->partition_states) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t stop_replica_request_stop_replica_topic_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic_name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partition_states.size(), true);
  for (const auto& e9 : this->partition_states) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void stop_replica_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->controller_id = r.read_int32();
  if (version >= 4) {
    this->is_k_raft_controller = r.read_bool();
  }
  this->controller_epoch = r.read_int32();
  if (version >= 1) {
    this->broker_epoch = r.read_int64();
  }
  if (version <= 2) {
    this->delete_partitions = r.read_bool();
  }
  if (version <= 0) {
    {
      const std::int32_t n10 = r.read_array_length(false);
      if (n10 < 0) {
        r.fail();
      } else {
        auto& v11 = this->ungrouped_partitions;
        v11.clear();
        for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
          v11.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 1 && version <= 2) {
    {
      const std::int32_t n13 = r.read_array_length(version >= 2);
      if (n13 < 0) {
        r.fail();
      } else {
        auto& v14 = this->topics;
        v14.clear();
        for (std::int32_t i15 = 0; i15 < n13 && r.ok(); ++i15) {
          v14.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 3) {
    {
      const std::int32_t n16 = r.read_array_length(true);
      if (n16 < 0) {
        r.fail();
      } else {
        auto& v17 = this->topic_states;
        v17.clear();
        for (std::int32_t i18 = 0; i18 < n16 && r.ok(); ++i18) {
          v17.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void stop_replica_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_int32(this->controller_id);
  if (!(version >= 4) && !(this->is_k_raft_controller == false)) w.fail();
  if (version >= 4) {
    w.write_bool(this->is_k_raft_controller);
  }
  w.write_int32(this->controller_epoch);
  if (version >= 1) {
    w.write_int64(this->broker_epoch);
  }
  if (!(version <= 2) && !(this->delete_partitions == false)) w.fail();
  if (version <= 2) {
    w.write_bool(this->delete_partitions);
  }
  if (!(version <= 0) && !(this->ungrouped_partitions.empty())) w.fail();
  if (version <= 0) {
    w.write_array_length(this->ungrouped_partitions.size(), false);
    for (const auto& e19 : this->ungrouped_partitions) {
      e19.encode(w, version);
    }
  }
  if (!(version >= 1 && version <= 2) && !(this->topics.empty())) w.fail();
  if (version >= 1 && version <= 2) {
    w.write_array_length(this->topics.size(), version >= 2);
    for (const auto& e20 : this->topics) {
      e20.encode(w, version);
    }
  }
  if (!(version >= 3) && !(this->topic_states.empty())) w.fail();
  if (version >= 3) {
    w.write_array_length(this->topic_states.size(), true);
    for (const auto& e21 : this->topic_states) {
      e21.encode(w, version);
    }
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t stop_replica_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 4) {
    n += 1;
  }
  n += 4;
  if (version >= 1) {
    n += 8;
  }
  if (version <= 2) {
    n += 1;
  }
  if (version <= 0) {
    n += ::gannet::protocol::wire::array_length_size(this->ungrouped_partitions.size(), false);
    for (const auto& e22 : this->ungrouped_partitions) {
      n += e22.size(version);
    }
  }
  if (version >= 1 && version <= 2) {
    n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 2);
    for (const auto& e23 : this->topics) {
      n += e23.size(version);
    }
  }
  if (version >= 3) {
    n += ::gannet::protocol::wire::array_length_size(this->topic_states.size(), true);
    for (const auto& e24 : this->topic_states) {
      n += e24.size(version);
    }
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void stop_replica_response_stop_replica_partition_error::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_name = r.read_string(version >= 2);
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void stop_replica_response_stop_replica_partition_error::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic_name, version >= 2);
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t stop_replica_response_stop_replica_partition_error::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic_name, version >= 2);
  n += 4;
  n += 2;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void stop_replica_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partition_errors;
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

void stop_replica_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_array_length(this->partition_errors.size(), version >= 2);
  for (const auto& e4 : this->partition_errors) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t stop_replica_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->partition_errors.size(), version >= 2);
  for (const auto& e5 : this->partition_errors) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
