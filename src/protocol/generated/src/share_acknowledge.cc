// generated from ShareAcknowledgeRequest.json, ShareAcknowledgeResponse.json; do not edit
#include "gannet/protocol/messages/share_acknowledge.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void share_acknowledge_request::acknowledgement_batch::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  first_offset = r.read_int64();
  last_offset = r.read_int64();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = acknowledge_types;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int8();
      }
    }
  }
  r.skip_tagged_fields();
}

void share_acknowledge_request::acknowledgement_batch::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(first_offset);
  w.write_int64(last_offset);
  w.write_array_length(acknowledge_types.size(), true);
  for (const auto& e4 : acknowledge_types) {
    w.write_int8(e4);
  }
  w.write_uvarint(0);
}

std::size_t share_acknowledge_request::acknowledgement_batch::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += 8;
  n += ::gannet::protocol::wire::array_length_size(acknowledge_types.size(), true);
  n += acknowledge_types.size() * 1;
  n += 1;
  return n;
}

void share_acknowledge_request::acknowledge_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = acknowledgement_batches;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void share_acknowledge_request::acknowledge_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_array_length(acknowledgement_batches.size(), true);
  for (const auto& e8 : acknowledgement_batches) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t share_acknowledge_request::acknowledge_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(acknowledgement_batches.size(), true);
  for (const auto& e9 : acknowledgement_batches) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void share_acknowledge_request::acknowledge_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_id = r.read_uuid();
  {
    const std::int32_t n10 = r.read_array_length(true);
    if (n10 < 0) {
      r.fail();
    } else {
      auto& v11 = partitions;
      v11.clear();
      for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
        v11.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void share_acknowledge_request::acknowledge_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(topic_id);
  w.write_array_length(partitions.size(), true);
  for (const auto& e13 : partitions) {
    e13.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t share_acknowledge_request::acknowledge_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e14 : partitions) {
    n += e14.size(version);
  }
  n += 1;
  return n;
}

void share_acknowledge_response::leader_id_and_epoch::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  leader_id = r.read_int32();
  leader_epoch = r.read_int32();
  r.skip_tagged_fields();
}

void share_acknowledge_response::leader_id_and_epoch::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(leader_id);
  w.write_int32(leader_epoch);
  w.write_uvarint(0);
}

std::size_t share_acknowledge_response::leader_id_and_epoch::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += 1;
  return n;
}

void share_acknowledge_response::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(true);
  current_leader.decode(r, version);
  r.skip_tagged_fields();
}

void share_acknowledge_response::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, true);
  current_leader.encode(w, version);
  w.write_uvarint(0);
}

std::size_t share_acknowledge_response::partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, true);
  n += current_leader.size(version);
  n += 1;
  return n;
}

void share_acknowledge_response::share_acknowledge_topic_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_id = r.read_uuid();
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

void share_acknowledge_response::share_acknowledge_topic_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(topic_id);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t share_acknowledge_response::share_acknowledge_topic_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void share_acknowledge_response::node_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  node_id = r.read_int32();
  host = r.read_string(true);
  port = r.read_int32();
  rack = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void share_acknowledge_response::node_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(node_id);
  w.write_string(host, true);
  w.write_int32(port);
  w.write_nullable_string(rack, true);
  w.write_uvarint(0);
}

std::size_t share_acknowledge_response::node_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(rack, true);
  n += 1;
  return n;
}

}  // namespace gannet::protocol
