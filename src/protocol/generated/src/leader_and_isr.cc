// generated from LeaderAndIsrRequest.json, LeaderAndIsrResponse.json; do not edit
#include "gannet/protocol/messages/leader_and_isr.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void leader_and_isr_request_leader_and_isr_partition_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 1) {
    this->topic_name = r.read_string(false);
  }
  this->partition_index = r.read_int32();
  this->controller_epoch = r.read_int32();
  this->leader = r.read_int32();
  this->leader_epoch = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(version >= 4);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->isr;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  this->partition_epoch = r.read_int32();
  {
    const std::int32_t n4 = r.read_array_length(version >= 4);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = this->replicas;
      v5.clear();
      v5.reserve(static_cast<std::size_t>(n4));
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back() = r.read_int32();
      }
    }
  }
  if (version >= 3) {
    {
      const std::int32_t n7 = r.read_array_length(version >= 4);
      if (n7 < 0) {
        r.fail();
      } else {
        auto& v8 = this->adding_replicas;
        v8.clear();
        v8.reserve(static_cast<std::size_t>(n7));
        for (std::int32_t i9 = 0; i9 < n7 && r.ok(); ++i9) {
          v8.emplace_back() = r.read_int32();
        }
      }
    }
  }
  if (version >= 3) {
    {
      const std::int32_t n10 = r.read_array_length(version >= 4);
      if (n10 < 0) {
        r.fail();
      } else {
        auto& v11 = this->removing_replicas;
        v11.clear();
        v11.reserve(static_cast<std::size_t>(n10));
        for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
          v11.emplace_back() = r.read_int32();
        }
      }
    }
  }
  if (version >= 1) {
    this->is_new = r.read_bool();
  }
  if (version >= 6) {
    this->leader_recovery_state = r.read_int8();
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void leader_and_isr_request_leader_and_isr_partition_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 1) {
    w.write_string(this->topic_name, false);
  }
  w.write_int32(this->partition_index);
  w.write_int32(this->controller_epoch);
  w.write_int32(this->leader);
  w.write_int32(this->leader_epoch);
  w.write_array_length(this->isr.size(), version >= 4);
  for (const auto& e13 : this->isr) {
    w.write_int32(e13);
  }
  w.write_int32(this->partition_epoch);
  w.write_array_length(this->replicas.size(), version >= 4);
  for (const auto& e14 : this->replicas) {
    w.write_int32(e14);
  }
  if (version >= 3) {
    w.write_array_length(this->adding_replicas.size(), version >= 4);
    for (const auto& e15 : this->adding_replicas) {
      w.write_int32(e15);
    }
  }
  if (version >= 3) {
    w.write_array_length(this->removing_replicas.size(), version >= 4);
    for (const auto& e16 : this->removing_replicas) {
      w.write_int32(e16);
    }
  }
  if (version >= 1) {
    w.write_bool(this->is_new);
  }
  if (!(version >= 6) && !(this->leader_recovery_state == 0)) w.fail();
  if (version >= 6) {
    w.write_int8(this->leader_recovery_state);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t leader_and_isr_request_leader_and_isr_partition_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 1) {
    n += ::gannet::protocol::wire::string_size(this->topic_name, false);
  }
  n += 4;
  n += 4;
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->isr.size(), version >= 4);
  n += this->isr.size() * 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->replicas.size(), version >= 4);
  n += this->replicas.size() * 4;
  if (version >= 3) {
    n += ::gannet::protocol::wire::array_length_size(this->adding_replicas.size(), version >= 4);
    n += this->adding_replicas.size() * 4;
  }
  if (version >= 3) {
    n += ::gannet::protocol::wire::array_length_size(this->removing_replicas.size(), version >= 4);
    n += this->removing_replicas.size() * 4;
  }
  if (version >= 1) {
    n += 1;
  }
  if (version >= 6) {
    n += 1;
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void leader_and_isr_request_leader_and_isr_topic_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_name = r.read_string(version >= 4);
  if (version >= 5) {
    this->topic_id = r.read_uuid();
  }
  {
    const std::int32_t n17 = r.read_array_length(version >= 4);
    if (n17 < 0) {
      r.fail();
    } else {
      auto& v18 = this->partition_states;
      v18.clear();
      for (std::int32_t i19 = 0; i19 < n17 && r.ok(); ++i19) {
        v18.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void leader_and_isr_request_leader_and_isr_topic_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic_name, version >= 4);
  if (version >= 5) {
    w.write_uuid(this->topic_id);
  }
  w.write_array_length(this->partition_states.size(), version >= 4);
  for (const auto& e20 : this->partition_states) {
    e20.encode(w, version);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t leader_and_isr_request_leader_and_isr_topic_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic_name, version >= 4);
  if (version >= 5) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(this->partition_states.size(), version >= 4);
  for (const auto& e21 : this->partition_states) {
    n += e21.size(version);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void leader_and_isr_request_leader_and_isr_live_leader::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->broker_id = r.read_int32();
  this->host_name = r.read_string(version >= 4);
  this->port = r.read_int32();
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void leader_and_isr_request_leader_and_isr_live_leader::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->broker_id);
  w.write_string(this->host_name, version >= 4);
  w.write_int32(this->port);
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t leader_and_isr_request_leader_and_isr_live_leader::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->host_name, version >= 4);
  n += 4;
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void leader_and_isr_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 7) {
    r.fail();
    return;
  }
  this->controller_id = r.read_int32();
  if (version >= 7) {
    this->is_k_raft_controller = r.read_bool();
  }
  this->controller_epoch = r.read_int32();
  if (version >= 2) {
    this->broker_epoch = r.read_int64();
  }
  if (version >= 5) {
    this->type = r.read_int8();
  }
  if (version <= 1) {
    {
      const std::int32_t n22 = r.read_array_length(false);
      if (n22 < 0) {
        r.fail();
      } else {
        auto& v23 = this->ungrouped_partition_states;
        v23.clear();
        for (std::int32_t i24 = 0; i24 < n22 && r.ok(); ++i24) {
          v23.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 2) {
    {
      const std::int32_t n25 = r.read_array_length(version >= 4);
      if (n25 < 0) {
        r.fail();
      } else {
        auto& v26 = this->topic_states;
        v26.clear();
        for (std::int32_t i27 = 0; i27 < n25 && r.ok(); ++i27) {
          v26.emplace_back().decode(r, version);
        }
      }
    }
  }
  {
    const std::int32_t n28 = r.read_array_length(version >= 4);
    if (n28 < 0) {
      r.fail();
    } else {
      auto& v29 = this->live_leaders;
      v29.clear();
      for (std::int32_t i30 = 0; i30 < n28 && r.ok(); ++i30) {
        v29.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void leader_and_isr_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 7) {
    w.fail();
    return;
  }
  w.write_int32(this->controller_id);
  if (!(version >= 7) && !(this->is_k_raft_controller == false)) w.fail();
  if (version >= 7) {
    w.write_bool(this->is_k_raft_controller);
  }
  w.write_int32(this->controller_epoch);
  if (version >= 2) {
    w.write_int64(this->broker_epoch);
  }
  if (!(version >= 5) && !(this->type == 0)) w.fail();
  if (version >= 5) {
    w.write_int8(this->type);
  }
  if (!(version <= 1) && !(this->ungrouped_partition_states.empty())) w.fail();
  if (version <= 1) {
    w.write_array_length(this->ungrouped_partition_states.size(), false);
    for (const auto& e31 : this->ungrouped_partition_states) {
      e31.encode(w, version);
    }
  }
  if (!(version >= 2) && !(this->topic_states.empty())) w.fail();
  if (version >= 2) {
    w.write_array_length(this->topic_states.size(), version >= 4);
    for (const auto& e32 : this->topic_states) {
      e32.encode(w, version);
    }
  }
  w.write_array_length(this->live_leaders.size(), version >= 4);
  for (const auto& e33 : this->live_leaders) {
    e33.encode(w, version);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t leader_and_isr_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 7) {
    n += 1;
  }
  n += 4;
  if (version >= 2) {
    n += 8;
  }
  if (version >= 5) {
    n += 1;
  }
  if (version <= 1) {
    n += ::gannet::protocol::wire::array_length_size(this->ungrouped_partition_states.size(), false);
    for (const auto& e34 : this->ungrouped_partition_states) {
      n += e34.size(version);
    }
  }
  if (version >= 2) {
    n += ::gannet::protocol::wire::array_length_size(this->topic_states.size(), version >= 4);
    for (const auto& e35 : this->topic_states) {
      n += e35.size(version);
    }
  }
  n += ::gannet::protocol::wire::array_length_size(this->live_leaders.size(), version >= 4);
  for (const auto& e36 : this->live_leaders) {
    n += e36.size(version);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void leader_and_isr_response_leader_and_isr_partition_error::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 4) {
    this->topic_name = r.read_string(version >= 4);
  }
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void leader_and_isr_response_leader_and_isr_partition_error::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 4) {
    w.write_string(this->topic_name, version >= 4);
  }
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t leader_and_isr_response_leader_and_isr_partition_error::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 4) {
    n += ::gannet::protocol::wire::string_size(this->topic_name, version >= 4);
  }
  n += 4;
  n += 2;
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void leader_and_isr_response_leader_and_isr_topic_error::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_id = r.read_uuid();
  {
    const std::int32_t n1 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void leader_and_isr_response_leader_and_isr_topic_error::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->topic_id);
  w.write_array_length(this->partition_errors.size(), true);
  for (const auto& e4 : this->partition_errors) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t leader_and_isr_response_leader_and_isr_topic_error::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->partition_errors.size(), true);
  for (const auto& e5 : this->partition_errors) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void leader_and_isr_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 7) {
    r.fail();
    return;
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version <= 4) {
    {
      const std::int32_t n6 = r.read_array_length(version >= 4);
      if (n6 < 0) {
        r.fail();
      } else {
        auto& v7 = this->partition_errors;
        v7.clear();
        for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
          v7.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 5) {
    {
      const std::int32_t n9 = r.read_array_length(true);
      if (n9 < 0) {
        r.fail();
      } else {
        auto& v10 = this->topics;
        v10.clear();
        for (std::int32_t i11 = 0; i11 < n9 && r.ok(); ++i11) {
          v10.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void leader_and_isr_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 7) {
    w.fail();
    return;
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (!(version <= 4) && !(this->partition_errors.empty())) w.fail();
  if (version <= 4) {
    w.write_array_length(this->partition_errors.size(), version >= 4);
    for (const auto& e12 : this->partition_errors) {
      e12.encode(w, version);
    }
  }
  if (!(version >= 5) && !(this->topics.empty())) w.fail();
  if (version >= 5) {
    w.write_array_length(this->topics.size(), true);
    for (const auto& e13 : this->topics) {
      e13.encode(w, version);
    }
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t leader_and_isr_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  if (version <= 4) {
    n += ::gannet::protocol::wire::array_length_size(this->partition_errors.size(), version >= 4);
    for (const auto& e14 : this->partition_errors) {
      n += e14.size(version);
    }
  }
  if (version >= 5) {
    n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
    for (const auto& e15 : this->topics) {
      n += e15.size(version);
    }
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
