// generated from UpdateMetadataRequest.json, UpdateMetadataResponse.json; do not edit
#include "gannet/protocol/messages/update_metadata.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void update_metadata_request_update_metadata_partition_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 4) {
    this->topic_name = r.read_string(false);
  }
  this->partition_index = r.read_int32();
  this->controller_epoch = r.read_int32();
  this->leader = r.read_int32();
  this->leader_epoch = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(version >= 6);
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
  this->zk_version = r.read_int32();
  {
    const std::int32_t n4 = r.read_array_length(version >= 6);
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
  if (version >= 4) {
    {
      const std::int32_t n7 = r.read_array_length(version >= 6);
      if (n7 < 0) {
        r.fail();
      } else {
        auto& v8 = this->offline_replicas;
        v8.clear();
        v8.reserve(static_cast<std::size_t>(n7));
        for (std::int32_t i9 = 0; i9 < n7 && r.ok(); ++i9) {
          v8.emplace_back() = r.read_int32();
        }
      }
    }
  }
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void update_metadata_request_update_metadata_partition_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 4) {
    w.write_string(this->topic_name, false);
  }
  w.write_int32(this->partition_index);
  w.write_int32(this->controller_epoch);
  w.write_int32(this->leader);
  w.write_int32(this->leader_epoch);
  w.write_array_length(this->isr.size(), version >= 6);
  for (const auto& e10 : this->isr) {
    w.write_int32(e10);
  }
  w.write_int32(this->zk_version);
  w.write_array_length(this->replicas.size(), version >= 6);
  for (const auto& e11 : this->replicas) {
    w.write_int32(e11);
  }
  if (version >= 4) {
    w.write_array_length(this->offline_replicas.size(), version >= 6);
    for (const auto& e12 : this->offline_replicas) {
      w.write_int32(e12);
    }
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t update_metadata_request_update_metadata_partition_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 4) {
    n += ::gannet::protocol::wire::string_size(this->topic_name, false);
  }
  n += 4;
  n += 4;
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->isr.size(), version >= 6);
  n += this->isr.size() * 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->replicas.size(), version >= 6);
  n += this->replicas.size() * 4;
  if (version >= 4) {
    n += ::gannet::protocol::wire::array_length_size(this->offline_replicas.size(), version >= 6);
    n += this->offline_replicas.size() * 4;
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void update_metadata_request_update_metadata_topic_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_name = r.read_string(version >= 6);
  if (version >= 7) {
    this->topic_id = r.read_uuid();
  }
  {
    const std::int32_t n13 = r.read_array_length(version >= 6);
    if (n13 < 0) {
      r.fail();
    } else {
      auto& v14 = this->partition_states;
      v14.clear();
      for (std::int32_t i15 = 0; i15 < n13 && r.ok(); ++i15) {
        v14.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void update_metadata_request_update_metadata_topic_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic_name, version >= 6);
  if (version >= 7) {
    w.write_uuid(this->topic_id);
  }
  w.write_array_length(this->partition_states.size(), version >= 6);
  for (const auto& e16 : this->partition_states) {
    e16.encode(w, version);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t update_metadata_request_update_metadata_topic_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic_name, version >= 6);
  if (version >= 7) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(this->partition_states.size(), version >= 6);
  for (const auto& e17 : this->partition_states) {
    n += e17.size(version);
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void update_metadata_request_update_metadata_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->port = r.read_int32();
  this->host = r.read_string(version >= 6);
  if (version >= 3) {
    this->listener = r.read_string(version >= 6);
  }
  this->security_protocol = r.read_int16();
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void update_metadata_request_update_metadata_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->port);
  w.write_string(this->host, version >= 6);
  if (version >= 3) {
    w.write_string(this->listener, version >= 6);
  }
  w.write_int16(this->security_protocol);
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t update_metadata_request_update_metadata_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->host, version >= 6);
  if (version >= 3) {
    n += ::gannet::protocol::wire::string_size(this->listener, version >= 6);
  }
  n += 2;
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void update_metadata_request_update_metadata_broker::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->id = r.read_int32();
  if (version <= 0) {
    this->v0_host = r.read_string(false);
  }
  if (version <= 0) {
    this->v0_port = r.read_int32();
  }
  if (version >= 1) {
    {
      const std::int32_t n18 = r.read_array_length(version >= 6);
      if (n18 < 0) {
        r.fail();
      } else {
        auto& v19 = this->endpoints;
        v19.clear();
        for (std::int32_t i20 = 0; i20 < n18 && r.ok(); ++i20) {
          v19.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 2) {
    this->rack = r.read_nullable_string(version >= 6);
  }
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void update_metadata_request_update_metadata_broker::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->id);
  if (version <= 0) {
    w.write_string(this->v0_host, false);
  }
  if (version <= 0) {
    w.write_int32(this->v0_port);
  }
  if (version >= 1) {
    w.write_array_length(this->endpoints.size(), version >= 6);
    for (const auto& e21 : this->endpoints) {
      e21.encode(w, version);
    }
  }
  if (version >= 2) {
    w.write_nullable_string(this->rack, version >= 6);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t update_metadata_request_update_metadata_broker::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version <= 0) {
    n += ::gannet::protocol::wire::string_size(this->v0_host, false);
  }
  if (version <= 0) {
    n += 4;
  }
  if (version >= 1) {
    n += ::gannet::protocol::wire::array_length_size(this->endpoints.size(), version >= 6);
    for (const auto& e22 : this->endpoints) {
      n += e22.size(version);
    }
  }
  if (version >= 2) {
    n += ::gannet::protocol::wire::nullable_string_size(this->rack, version >= 6);
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void update_metadata_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 8) {
    r.fail();
    return;
  }
  this->controller_id = r.read_int32();
  if (version >= 8) {
    this->is_k_raft_controller = r.read_bool();
  }
  this->controller_epoch = r.read_int32();
  if (version >= 5) {
    this->broker_epoch = r.read_int64();
  }
  if (version <= 4) {
    {
      const std::int32_t n23 = r.read_array_length(false);
      if (n23 < 0) {
        r.fail();
      } else {
        auto& v24 = this->ungrouped_partition_states;
        v24.clear();
        for (std::int32_t i25 = 0; i25 < n23 && r.ok(); ++i25) {
          v24.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 5) {
    {
      const std::int32_t n26 = r.read_array_length(version >= 6);
      if (n26 < 0) {
        r.fail();
      } else {
        auto& v27 = this->topic_states;
        v27.clear();
        for (std::int32_t i28 = 0; i28 < n26 && r.ok(); ++i28) {
          v27.emplace_back().decode(r, version);
        }
      }
    }
  }
  {
    const std::int32_t n29 = r.read_array_length(version >= 6);
    if (n29 < 0) {
      r.fail();
    } else {
      auto& v30 = this->live_brokers;
      v30.clear();
      for (std::int32_t i31 = 0; i31 < n29 && r.ok(); ++i31) {
        v30.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 6) {
    const std::uint32_t tagged_count = r.read_uvarint();
    for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
      const std::uint32_t tag = r.read_uvarint();
      ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
      switch (tag) {
        case 0: {
          if (version >= 8) {
            this->type = tr.read_int8();
          }
          break;
        }
        default:
          break;
      }
      if (!tr.ok()) r.fail();
    }
  }
}

void update_metadata_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 8) {
    w.fail();
    return;
  }
  w.write_int32(this->controller_id);
  if (!(version >= 8) && !(this->is_k_raft_controller == false)) w.fail();
  if (version >= 8) {
    w.write_bool(this->is_k_raft_controller);
  }
  if (!(version >= 8) && !(this->type == 0)) w.fail();
  w.write_int32(this->controller_epoch);
  if (version >= 5) {
    w.write_int64(this->broker_epoch);
  }
  if (!(version <= 4) && !(this->ungrouped_partition_states.empty())) w.fail();
  if (version <= 4) {
    w.write_array_length(this->ungrouped_partition_states.size(), false);
    for (const auto& e32 : this->ungrouped_partition_states) {
      e32.encode(w, version);
    }
  }
  if (!(version >= 5) && !(this->topic_states.empty())) w.fail();
  if (version >= 5) {
    w.write_array_length(this->topic_states.size(), version >= 6);
    for (const auto& e33 : this->topic_states) {
      e33.encode(w, version);
    }
  }
  w.write_array_length(this->live_brokers.size(), version >= 6);
  for (const auto& e34 : this->live_brokers) {
    e34.encode(w, version);
  }
  if (version >= 6) {
    std::uint32_t tagged_count = 0;
    if ((version >= 8) && !(this->type == 0)) ++tagged_count;
    w.write_uvarint(tagged_count);
    if ((version >= 8) && !(this->type == 0)) {
      w.write_uvarint(0);
      std::size_t fs = 0;
      fs += 1;
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      w.write_int8(this->type);
    }
  }
}

std::size_t update_metadata_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 8) {
    n += 1;
  }
  n += 4;
  if (version >= 5) {
    n += 8;
  }
  if (version <= 4) {
    n += ::gannet::protocol::wire::array_length_size(this->ungrouped_partition_states.size(), false);
    for (const auto& e35 : this->ungrouped_partition_states) {
      n += e35.size(version);
    }
  }
  if (version >= 5) {
    n += ::gannet::protocol::wire::array_length_size(this->topic_states.size(), version >= 6);
    for (const auto& e36 : this->topic_states) {
      n += e36.size(version);
    }
  }
  n += ::gannet::protocol::wire::array_length_size(this->live_brokers.size(), version >= 6);
  for (const auto& e37 : this->live_brokers) {
    n += e37.size(version);
  }
  if (version >= 6) {
    std::uint32_t tagged_count = 0;
    if ((version >= 8) && !(this->type == 0)) {
      std::size_t fs = 0;
      fs += 1;
      n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  }
  return n;
}

void update_metadata_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 8) {
    r.fail();
    return;
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void update_metadata_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 8) {
    w.fail();
    return;
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t update_metadata_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  if (version >= 6) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
