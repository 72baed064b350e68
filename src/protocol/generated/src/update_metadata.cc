// generated from UpdateMetadataRequest.json, UpdateMetadataResponse.json; do not edit
#include "gannet/protocol/messages/update_metadata.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void update_metadata_request::update_metadata_partition_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 4) {
    topic_name = r.read_string(false);
  }
  partition_index = r.read_int32();
  controller_epoch = r.read_int32();
  leader = r.read_int32();
  leader_epoch = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(version >= 6);
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
  zk_version = r.read_int32();
  {
    const std::int32_t n4 = r.read_array_length(version >= 6);
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
  if (version >= 4) {
    {
      const std::int32_t n7 = r.read_array_length(version >= 6);
      if (n7 < 0) {
        r.fail();
      } else {
        auto& v8 = offline_replicas;
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

void update_metadata_request::update_metadata_partition_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 4) {
    w.write_string(topic_name, false);
  }
  w.write_int32(partition_index);
  w.write_int32(controller_epoch);
  w.write_int32(leader);
  w.write_int32(leader_epoch);
  w.write_array_length(isr.size(), version >= 6);
  for (const auto& e10 : isr) {
    w.write_int32(e10);
  }
  w.write_int32(zk_version);
  w.write_array_length(replicas.size(), version >= 6);
  for (const auto& e11 : replicas) {
    w.write_int32(e11);
  }
  if (version >= 4) {
    w.write_array_length(offline_replicas.size(), version >= 6);
    for (const auto& e12 : offline_replicas) {
      w.write_int32(e12);
    }
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t update_metadata_request::update_metadata_partition_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 4) {
    n += ::gannet::protocol::wire::string_size(topic_name, false);
  }
  n += 4;
  n += 4;
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(isr.size(), version >= 6);
  n += isr.size() * 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(replicas.size(), version >= 6);
  n += replicas.size() * 4;
  if (version >= 4) {
    n += ::gannet::protocol::wire::array_length_size(offline_replicas.size(), version >= 6);
    n += offline_replicas.size() * 4;
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void update_metadata_request::update_metadata_topic_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(version >= 6);
  if (version >= 7) {
    topic_id = r.read_uuid();
  }
  {
    const std::int32_t n13 = r.read_array_length(version >= 6);
    if (n13 < 0) {
      r.fail();
    } else {
      auto& v14 = partition_states;
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

void update_metadata_request::update_metadata_topic_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, version >= 6);
  if (version >= 7) {
    w.write_uuid(topic_id);
  }
  w.write_array_length(partition_states.size(), version >= 6);
  for (const auto& e16 : partition_states) {
    e16.encode(w, version);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t update_metadata_request::update_metadata_topic_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, version >= 6);
  if (version >= 7) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(partition_states.size(), version >= 6);
  for (const auto& e17 : partition_states) {
    n += e17.size(version);
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void update_metadata_request::update_metadata_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  port = r.read_int32();
  host = r.read_string(version >= 6);
  if (version >= 3) {
    listener = r.read_string(version >= 6);
  }
  security_protocol = r.read_int16();
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void update_metadata_request::update_metadata_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(port);
  w.write_string(host, version >= 6);
  if (version >= 3) {
    w.write_string(listener, version >= 6);
  }
  w.write_int16(security_protocol);
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t update_metadata_request::update_metadata_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(host, version >= 6);
  if (version >= 3) {
    n += ::gannet::protocol::wire::string_size(listener, version >= 6);
  }
  n += 2;
  if (version >= 6) {
    n += 1;
  }
  return n;
}

void update_metadata_request::update_metadata_broker::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  id = r.read_int32();
  if (version <= 0) {
    v0_host = r.read_string(false);
  }
  if (version <= 0) {
    v0_port = r.read_int32();
  }
  if (version >= 1) {
    {
      const std::int32_t n18 = r.read_array_length(version >= 6);
      if (n18 < 0) {
        r.fail();
      } else {
        auto& v19 = endpoints;
        v19.clear();
        for (std::int32_t i20 = 0; i20 < n18 && r.ok(); ++i20) {
          v19.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 2) {
    rack = r.read_nullable_string(version >= 6);
  }
  if (version >= 6) {
    r.skip_tagged_fields();
  }
}

void update_metadata_request::update_metadata_broker::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(id);
  if (version <= 0) {
    w.write_string(v0_host, false);
  }
  if (version <= 0) {
    w.write_int32(v0_port);
  }
  if (version >= 1) {
    w.write_array_length(endpoints.size(), version >= 6);
    for (const auto& e21 : endpoints) {
      e21.encode(w, version);
    }
  }
  if (version >= 2) {
    w.write_nullable_string(rack, version >= 6);
  }
  if (version >= 6) {
    w.write_uvarint(0);
  }
}

std::size_t update_metadata_request::update_metadata_broker::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version <= 0) {
    n += ::gannet::protocol::wire::string_size(v0_host, false);
  }
  if (version <= 0) {
    n += 4;
  }
  if (version >= 1) {
    n += ::gannet::protocol::wire::array_length_size(endpoints.size(), version >= 6);
    for (const auto& e22 : endpoints) {
      n += e22.size(version);
    }
  }
  if (version >= 2) {
    n += ::gannet::protocol::wire::nullable_string_size(rack, version >= 6);
  }
  if (version >= 6) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
