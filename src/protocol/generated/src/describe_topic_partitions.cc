// generated from DescribeTopicPartitionsRequest.json, DescribeTopicPartitionsResponse.json; do not edit
#include "gannet/protocol/messages/describe_topic_partitions.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_topic_partitions_request::topic_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  r.skip_tagged_fields();
}

void describe_topic_partitions_request::topic_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_uvarint(0);
}

std::size_t describe_topic_partitions_request::topic_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += 1;
  return n;
}

void describe_topic_partitions_request::cursor_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(true);
  partition_index = r.read_int32();
  r.skip_tagged_fields();
}

void describe_topic_partitions_request::cursor_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, true);
  w.write_int32(partition_index);
  w.write_uvarint(0);
}

std::size_t describe_topic_partitions_request::cursor_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, true);
  n += 4;
  n += 1;
  return n;
}

void describe_topic_partitions_response::describe_topic_partitions_response_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  partition_index = r.read_int32();
  leader_id = r.read_int32();
  leader_epoch = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = replica_nodes;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  {
    const std::int32_t n4 = r.read_array_length(true);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = isr_nodes;
      v5.clear();
      v5.reserve(static_cast<std::size_t>(n4));
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back() = r.read_int32();
      }
    }
  }
  {
    const std::int32_t n7 = r.read_array_length(true);
    if (n7 < 0) {
      eligible_leader_replicas.reset();
    } else {
      auto& v8 = eligible_leader_replicas.emplace();
      v8.reserve(static_cast<std::size_t>(n7));
      for (std::int32_t i9 = 0; i9 < n7 && r.ok(); ++i9) {
        v8.emplace_back() = r.read_int32();
      }
    }
  }
  {
    const std::int32_t n10 = r.read_array_length(true);
    if (n10 < 0) {
      last_known_elr.reset();
    } else {
      auto& v11 = last_known_elr.emplace();
      v11.reserve(static_cast<std::size_t>(n10));
      for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
        v11.emplace_back() = r.read_int32();
      }
    }
  }
  {
    const std::int32_t n13 = r.read_array_length(true);
    if (n13 < 0) {
      r.fail();
    } else {
      auto& v14 = offline_replicas;
      v14.clear();
      v14.reserve(static_cast<std::size_t>(n13));
      for (std::int32_t i15 = 0; i15 < n13 && r.ok(); ++i15) {
        v14.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_topic_partitions_response::describe_topic_partitions_response_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_int32(partition_index);
  w.write_int32(leader_id);
  w.write_int32(leader_epoch);
  w.write_array_length(replica_nodes.size(), true);
  for (const auto& e16 : replica_nodes) {
    w.write_int32(e16);
  }
  w.write_array_length(isr_nodes.size(), true);
  for (const auto& e17 : isr_nodes) {
    w.write_int32(e17);
  }
  if (!eligible_leader_replicas) {
    w.write_null_array_length(true);
  } else {
    w.write_array_length((*eligible_leader_replicas).size(), true);
    for (const auto& e18 : (*eligible_leader_replicas)) {
      w.write_int32(e18);
    }
  }
  if (!last_known_elr) {
    w.write_null_array_length(true);
  } else {
    w.write_array_length((*last_known_elr).size(), true);
    for (const auto& e19 : (*last_known_elr)) {
      w.write_int32(e19);
    }
  }
  w.write_array_length(offline_replicas.size(), true);
  for (const auto& e20 : offline_replicas) {
    w.write_int32(e20);
  }
  w.write_uvarint(0);
}

std::size_t describe_topic_partitions_response::describe_topic_partitions_response_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 4;
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(replica_nodes.size(), true);
  n += replica_nodes.size() * 4;
  n += ::gannet::protocol::wire::array_length_size(isr_nodes.size(), true);
  n += isr_nodes.size() * 4;
  if (!eligible_leader_replicas) {
    n += ::gannet::protocol::wire::null_array_length_size(true);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*eligible_leader_replicas).size(), true);
    n += (*eligible_leader_replicas).size() * 4;
  }
  if (!last_known_elr) {
    n += ::gannet::protocol::wire::null_array_length_size(true);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*last_known_elr).size(), true);
    n += (*last_known_elr).size() * 4;
  }
  n += ::gannet::protocol::wire::array_length_size(offline_replicas.size(), true);
  n += offline_replicas.size() * 4;
  n += 1;
  return n;
}

void describe_topic_partitions_response::describe_topic_partitions_response_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  name = r.read_nullable_string(true);
  topic_id = r.read_uuid();
  is_internal = r.read_bool();
  {
    const std::int32_t n21 = r.read_array_length(true);
    if (n21 < 0) {
      r.fail();
    } else {
      auto& v22 = partitions;
      v22.clear();
      for (std::int32_t i23 = 0; i23 < n21 && r.ok(); ++i23) {
        v22.emplace_back().decode(r, version);
      }
    }
  }
  topic_authorized_operations = r.read_int32();
  r.skip_tagged_fields();
}

void describe_topic_partitions_response::describe_topic_partitions_response_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(name, true);
  w.write_uuid(topic_id);
  w.write_bool(is_internal);
  w.write_array_length(partitions.size(), true);
  for (const auto& e24 : partitions) {
    e24.encode(w, version);
  }
  w.write_int32(topic_authorized_operations);
  w.write_uvarint(0);
}

std::size_t describe_topic_partitions_response::describe_topic_partitions_response_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(name, true);
  n += 16;
  n += 1;
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e25 : partitions) {
    n += e25.size(version);
  }
  n += 4;
  n += 1;
  return n;
}

void describe_topic_partitions_response::cursor::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_name = r.read_string(true);
  partition_index = r.read_int32();
  r.skip_tagged_fields();
}

void describe_topic_partitions_response::cursor::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic_name, true);
  w.write_int32(partition_index);
  w.write_uvarint(0);
}

std::size_t describe_topic_partitions_response::cursor::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic_name, true);
  n += 4;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
