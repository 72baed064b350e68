// generated from MetadataRequest.json, MetadataResponse.json; do not edit
#include "gannet/protocol/messages/metadata.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void metadata_request_metadata_request_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version >= 10) {
    this->topic_id = r.read_uuid();
  }
  this->name = r.read_nullable_string(version >= 9);
  if (!this->name && !(version >= 10)) r.fail();
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void metadata_request_metadata_request_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version >= 10) {
    w.write_uuid(this->topic_id);
  }
  if (!this->name && !(version >= 10)) w.fail();
  w.write_nullable_string(this->name, version >= 9);
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t metadata_request_metadata_request_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 10) {
    n += 16;
  }
  n += ::gannet::protocol::wire::nullable_string_size(this->name, version >= 9);
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void metadata_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 12) {
    r.fail();
    return;
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 9);
    if (n1 < 0) {
      this->topics.reset();
      if (!(version >= 1)) r.fail();
    } else {
      auto& v2 = this->topics.emplace();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 4) {
    this->allow_auto_topic_creation = r.read_bool();
  }
  if (version >= 8 && version <= 10) {
    this->include_cluster_authorized_operations = r.read_bool();
  }
  if (version >= 8) {
    this->include_topic_authorized_operations = r.read_bool();
  }
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void metadata_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 12) {
    w.fail();
    return;
  }
  if (!this->topics) {
    if (version >= 1) w.write_null_array_length(version >= 9); else w.fail();
  } else {
    w.write_array_length((*this->topics).size(), version >= 9);
    for (const auto& e4 : (*this->topics)) {
      e4.encode(w, version);
    }
  }
  if (!(version >= 4) && !(this->allow_auto_topic_creation == true)) w.fail();
  if (version >= 4) {
    w.write_bool(this->allow_auto_topic_creation);
  }
  if (!(version >= 8 && version <= 10) && !(this->include_cluster_authorized_operations == false)) w.fail();
  if (version >= 8 && version <= 10) {
    w.write_bool(this->include_cluster_authorized_operations);
  }
  if (!(version >= 8) && !(this->include_topic_authorized_operations == false)) w.fail();
  if (version >= 8) {
    w.write_bool(this->include_topic_authorized_operations);
  }
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t metadata_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (!this->topics) {
    n += ::gannet::protocol::wire::null_array_length_size(version >= 9);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->topics).size(), version >= 9);
    for (const auto& e5 : (*this->topics)) {
      n += e5.size(version);
    }
  }
  if (version >= 4) {
    n += 1;
  }
  if (version >= 8 && version <= 10) {
    n += 1;
  }
  if (version >= 8) {
    n += 1;
  }
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void metadata_response_metadata_response_broker::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->node_id = r.read_int32();
  this->host = r.read_string(version >= 9);
  this->port = r.read_int32();
  if (version >= 1) {
    this->rack = r.read_nullable_string(version >= 9);
  }
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void metadata_response_metadata_response_broker::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->node_id);
  w.write_string(this->host, version >= 9);
  w.write_int32(this->port);
  if (version >= 1) {
    w.write_nullable_string(this->rack, version >= 9);
  }
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t metadata_response_metadata_response_broker::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->host, version >= 9);
  n += 4;
  if (version >= 1) {
    n += ::gannet::protocol::wire::nullable_string_size(this->rack, version >= 9);
  }
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void metadata_response_metadata_response_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->partition_index = r.read_int32();
  this->leader_id = r.read_int32();
  if (version >= 7) {
    this->leader_epoch = r.read_int32();
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 9);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->replica_nodes;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  {
    const std::int32_t n4 = r.read_array_length(version >= 9);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = this->isr_nodes;
      v5.clear();
      v5.reserve(static_cast<std::size_t>(n4));
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back() = r.read_int32();
      }
    }
  }
  if (version >= 5) {
    {
      const std::int32_t n7 = r.read_array_length(version >= 9);
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
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void metadata_response_metadata_response_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_int32(this->partition_index);
  w.write_int32(this->leader_id);
  if (version >= 7) {
    w.write_int32(this->leader_epoch);
  }
  w.write_array_length(this->replica_nodes.size(), version >= 9);
  for (const auto& e10 : this->replica_nodes) {
    w.write_int32(e10);
  }
  w.write_array_length(this->isr_nodes.size(), version >= 9);
  for (const auto& e11 : this->isr_nodes) {
    w.write_int32(e11);
  }
  if (version >= 5) {
    w.write_array_length(this->offline_replicas.size(), version >= 9);
    for (const auto& e12 : this->offline_replicas) {
      w.write_int32(e12);
    }
  }
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t metadata_response_metadata_response_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 4;
  n += 4;
  if (version >= 7) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->replica_nodes.size(), version >= 9);
  n += this->replica_nodes.size() * 4;
  n += ::gannet::protocol::wire::array_length_size(this->isr_nodes.size(), version >= 9);
  n += this->isr_nodes.size() * 4;
  if (version >= 5) {
    n += ::gannet::protocol::wire::array_length_size(this->offline_replicas.size(), version >= 9);
    n += this->offline_replicas.size() * 4;
  }
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void metadata_response_metadata_response_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->name = r.read_nullable_string(version >= 9);
  if (!this->name && !(version >= 12)) r.fail();
  if (version >= 10) {
    this->topic_id = r.read_uuid();
  }
  if (version >= 1) {
    this->is_internal = r.read_bool();
  }
  {
    const std::int32_t n13 = r.read_array_length(version >= 9);
    if (n13 < 0) {
      r.fail();
    } else {
      auto& v14 = this->partitions;
      v14.clear();
      for (std::int32_t i15 = 0; i15 < n13 && r.ok(); ++i15) {
        v14.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 8) {
    this->topic_authorized_operations = r.read_int32();
  }
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void metadata_response_metadata_response_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (!this->name && !(version >= 12)) w.fail();
  w.write_nullable_string(this->name, version >= 9);
  if (version >= 10) {
    w.write_uuid(this->topic_id);
  }
  if (version >= 1) {
    w.write_bool(this->is_internal);
  }
  w.write_array_length(this->partitions.size(), version >= 9);
  for (const auto& e16 : this->partitions) {
    e16.encode(w, version);
  }
  if (!(version >= 8) && !(this->topic_authorized_operations == (-2147483647 - 1))) w.fail();
  if (version >= 8) {
    w.write_int32(this->topic_authorized_operations);
  }
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t metadata_response_metadata_response_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->name, version >= 9);
  if (version >= 10) {
    n += 16;
  }
  if (version >= 1) {
    n += 1;
  }
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 9);
  for (const auto& e17 : this->partitions) {
    n += e17.size(version);
  }
  if (version >= 8) {
    n += 4;
  }
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void metadata_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 12) {
    r.fail();
    return;
  }
  if (version >= 3) {
    this->throttle_time_ms = r.read_int32();
  }
  {
    const std::int32_t n18 = r.read_array_length(version >= 9);
    if (n18 < 0) {
      r.fail();
    } else {
      auto& v19 = this->brokers;
      v19.clear();
      for (std::int32_t i20 = 0; i20 < n18 && r.ok(); ++i20) {
        v19.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 2) {
    this->cluster_id = r.read_nullable_string(version >= 9);
  }
  if (version >= 1) {
    this->controller_id = r.read_int32();
  }
  {
    const std::int32_t n21 = r.read_array_length(version >= 9);
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
  if (version >= 8 && version <= 10) {
    this->cluster_authorized_operations = r.read_int32();
  }
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void metadata_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 12) {
    w.fail();
    return;
  }
  if (version >= 3) {
    w.write_int32(this->throttle_time_ms);
  }
  w.write_array_length(this->brokers.size(), version >= 9);
  for (const auto& e24 : this->brokers) {
    e24.encode(w, version);
  }
  if (version >= 2) {
    w.write_nullable_string(this->cluster_id, version >= 9);
  }
  if (version >= 1) {
    w.write_int32(this->controller_id);
  }
  w.write_array_length(this->topics.size(), version >= 9);
  for (const auto& e25 : this->topics) {
    e25.encode(w, version);
  }
  if (!(version >= 8 && version <= 10) && !(this->cluster_authorized_operations == (-2147483647 - 1))) w.fail();
  if (version >= 8 && version <= 10) {
    w.write_int32(this->cluster_authorized_operations);
  }
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t metadata_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 3) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->brokers.size(), version >= 9);
  for (const auto& e26 : this->brokers) {
    n += e26.size(version);
  }
  if (version >= 2) {
    n += ::gannet::protocol::wire::nullable_string_size(this->cluster_id, version >= 9);
  }
  if (version >= 1) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 9);
  for (const auto& e27 : this->topics) {
    n += e27.size(version);
  }
  if (version >= 8 && version <= 10) {
    n += 4;
  }
  if (version >= 9) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
