// generated from LeaderAndIsrRequest.json, LeaderAndIsrResponse.json; do not edit
#include "gannet/protocol/messages/leader_and_isr.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void leader_and_isr_request::leader_and_isr_partition_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 1) {
    topic_name = r.read_string(false);
  }
  partition_index = r.read_int32();
  controller_epoch = r.read_int32();
  leader = r.read_int32();
  leader_epoch = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(version >= 4);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = isr;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  partition_epoch = r.read_int32();
  {
    const std::int32_t n4 = r.read_array_length(version >= 4);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = replicas;
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
        auto& v8 = adding_replicas;
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
        auto& v11 = removing_replicas;
        v11.clear();
        v11.reserve(static_cast<std::size_t>(n10));
        for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
          v11.emplace_back() = r.read_int32();
        }
      }
    }
  }
  if (version >= 1) {
    is_new = r.read_bool();
  }
  if (version >= 6) {
    leader_recovery_state = r.read_int8();
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void leader_and_isr_request::leader_and_isr_partition_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 1) {
    w.write_string(topic_name, false);
  }
  w.write_int32(partition_index);
  w.write_int32(controller_epoch);
  w.write_int32(leader);
  w.write_int32(leader_epoch);
  w.write_array_length(isr.size(), version >= 4);
  for (const auto& e13 : isr) {
    w.write_int32(e13);
  }
  w.write_int32(partition_epoch);
  w.write_array_length(replicas.size(), version >= 4);
  for (const auto& e14 : replicas) {
    w.write_int32(e14);
  }
  if (version >= 3) {
    w.write_array_length(adding_replicas.size(), version >= 4);
    for (const auto& e15 : adding_replicas) {
      w.write_int32(e15);
    }
  }
  if (version >= 3) {
    w.write_array_length(removing_replicas.size(), version >= 4);
    for (const auto& e16 : removing_replicas) {
      w.write_int32(e16);
    }
  }
  if (version >= 1) {
    w.write_bool(is_new);
  }
  if (!(version >= 6) && !(leader_recovery_state == 0)) w.fail();
  if (version >= 6) {
    w.write_int8(leader_recovery_state);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t leader_and_isr_request::leader_and_isr_partition_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 1) {
    n += ::gannet::protocol::wire::string_size(topic_name, false);
  }
  n += 4;
  n += 4;
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(isr.size(), version >= 4);
  n += isr.size() * 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(replicas.size(), version >= 4);
  n += replicas.size() * 4;
  if (version >= 3) {
    n += ::gannet::protocol::wire::array_length_size(adding_replicas.size(), version >= 4);
    n += adding_replicas.size() * 4;
  }
  if (version >= 3) {
    n += ::gannet::protocol::wire::array_length_size(removing_replicas.size(), version >= 4);
    n += removing_replicas.size() * 4;
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

void leader_and_isr_request::leader_and_isr_topic_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(version >= 4);
  if (version >= 5) {
    topic_id = r.read_uuid();
  }
  {
    const std::int32_t n17 = r.read_array_length(version >= 4);
    if (n17 < 0) {
      r.fail();
    } else {
      auto& v18 = partition_states;
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

void leader_and_isr_request::leader_and_isr_topic_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, version >= 4);
  if (version >= 5) {
    w.write_uuid(topic_id);
  }
  w.write_array_length(partition_states.size(), version >= 4);
  for (const auto& e20 : partition_states) {
    e20.encode(w, version);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t leader_and_isr_request::leader_and_isr_topic_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, version >= 4);
  if (version >= 5) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(partition_states.size(), version >= 4);
  for (const auto& e21 : partition_states) {
    n += e21.size(version);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void leader_and_isr_request::leader_and_isr_live_leader::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  broker_id = r.read_int32();
  host_name = r.read_string(version >= 4);
  port = r.read_int32();
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void leader_and_isr_request::leader_and_isr_live_leader::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(broker_id);
  w.write_string(host_name, version >= 4);
  w.write_int32(port);
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t leader_and_isr_request::leader_and_isr_live_leader::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(host_name, version >= 4);
  n += 4;
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void leader_and_isr_response::leader_and_isr_partition_error::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 4) {
    topic_name = r.read_string(version >= 4);
  }
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void leader_and_isr_response::leader_and_isr_partition_error::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 4) {
    w.write_string(topic_name, version >= 4);
  }
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t leader_and_isr_response::leader_and_isr_partition_error::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 4) {
    n += ::gannet::protocol::wire::string_size(topic_name, version >= 4);
  }
  n += 4;
  n += 2;
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void leader_and_isr_response::leader_and_isr_topic_error::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_id = r.read_uuid();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partition_errors;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void leader_and_isr_response::leader_and_isr_topic_error::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(topic_id);
  w.write_array_length(partition_errors.size(), true);
  for (const auto& e4 : partition_errors) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t leader_and_isr_response::leader_and_isr_topic_error::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(partition_errors.size(), true);
  for (const auto& e5 : partition_errors) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
