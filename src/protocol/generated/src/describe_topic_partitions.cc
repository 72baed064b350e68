// generated from DescribeTopicPartitionsRequest.json, DescribeTopicPartitionsResponse.json; do not edit
#include "gannet/protocol/messages/describe_topic_partitions.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_topic_partitions_request_topic_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  r.skip_tagged_fields();
}

void describe_topic_partitions_request_topic_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_uvarint(0);
}

std::size_t describe_topic_partitions_request_topic_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += 1;
  return n;
}

void describe_topic_partitions_request_cursor::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_name = r.read_string(true);
  this->partition_index = r.read_int32();
  r.skip_tagged_fields();
}

void describe_topic_partitions_request_cursor::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic_name, true);
  w.write_int32(this->partition_index);
  w.write_uvarint(0);
}

std::size_t describe_topic_partitions_request_cursor::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic_name, true);
  n += 4;
  n += 1;
  return n;
}

void describe_topic_partitions_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->topics;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  this->response_partition_limit = r.read_int32();
  {
    const bool present = r.read_int8() >= 0;
    if (present) {
      this->cursor.emplace().decode(r, version);
    } else {
      this->cursor.reset();
    }
  }
  r.skip_tagged_fields();
}

void describe_topic_partitions_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_array_length(this->topics.size(), true);
  for (const auto& e4 : this->topics) {
    e4.encode(w, version);
  }
  w.write_int32(this->response_partition_limit);
  if (!this->cursor) {
    w.write_int8(-1);
  } else {
    w.write_int8(1);
    this->cursor->encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_topic_partitions_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e5 : this->topics) {
    n += e5.size(version);
  }
  n += 4;
  n += 1;
  if (this->cursor) n += this->cursor->size(version);
  n += 1;
  return n;
}

void describe_topic_partitions_response_describe_topic_partitions_response_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->partition_index = r.read_int32();
  this->leader_id = r.read_int32();
  this->leader_epoch = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(true);
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
    const std::int32_t n4 = r.read_array_length(true);
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
  {
    const std::int32_t n7 = r.read_array_length(true);
    if (n7 < 0) {
      this->eligible_leader_replicas.reset();
    } else {
      auto& v8 = this->eligible_leader_replicas.emplace();
      v8.reserve(static_cast<std::size_t>(n7));
      for (std::int32_t i9 = 0; i9 < n7 && r.ok(); ++i9) {
        v8.emplace_back() = r.read_int32();
      }
    }
  }
  {
    const std::int32_t n10 = r.read_array_length(true);
    if (n10 < 0) {
      this->last_known_elr.reset();
    } else {
      auto& v11 = this->last_known_elr.emplace();
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
      auto& v14 = this->offline_replicas;
      v14.clear();
      v14.reserve(static_cast<std::size_t>(n13));
      for (std::int32_t i15 = 0; i15 < n13 && r.ok(); ++i15) {
        v14.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_topic_partitions_response_describe_topic_partitions_response_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_int32(this->partition_index);
  w.write_int32(this->leader_id);
  w.write_int32(this->leader_epoch);
  w.write_array_length(this->replica_nodes.size(), true);
  for (const auto& e16 : this->replica_nodes) {
    w.write_int32(e16);
  }
  w.write_array_length(this->isr_nodes.size(), true);
  for (const auto& e17 : this->isr_nodes) {
    w.write_int32(e17);
  }
  if (!this->eligible_leader_replicas) {
    w.write_null_array_length(true);
  } else {
    w.write_array_length((*this->eligible_leader_replicas).size(), true);
    for (const auto& e18 : (*this->eligible_leader_replicas)) {
      w.write_int32(e18);
    }
  }
  if (!this->last_known_elr) {
    w.write_null_array_length(true);
  } else {
    w.write_array_length((*this->last_known_elr).size(), true);
    for (const auto& e19 : (*this->last_known_elr)) {
      w.write_int32(e19);
    }
  }
  w.write_array_length(this->offline_replicas.size(), true);
  for (const auto& e20 : this->offline_replicas) {
    w.write_int32(e20);
  }
  w.write_uvarint(0);
}

std::size_t describe_topic_partitions_response_describe_topic_partitions_response_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 4;
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->replica_nodes.size(), true);
  n += this->replica_nodes.size() * 4;
  n += ::gannet::protocol::wire::array_length_size(this->isr_nodes.size(), true);
  n += this->isr_nodes.size() * 4;
  if (!this->eligible_leader_replicas) {
    n += ::gannet::protocol::wire::null_array_length_size(true);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->eligible_leader_replicas).size(), true);
    n += (*this->eligible_leader_replicas).size() * 4;
  }
  if (!this->last_known_elr) {
    n += ::gannet::protocol::wire::null_array_length_size(true);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->last_known_elr).size(), true);
    n += (*this->last_known_elr).size() * 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->offline_replicas.size(), true);
  n += this->offline_replicas.size() * 4;
  n += 1;
  return n;
}

void describe_topic_partitions_response_describe_topic_partitions_response_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->name = r.read_nullable_string(true);
  this->topic_id = r.read_uuid();
  this->is_internal = r.read_bool();
  {
    const std::int32_t n21 = r.read_array_length(true);
    if (n21 < 0) {
      r.fail();
    } else {
      auto& v22 = this->partitions;
      v22.clear();
      for (std::int32_t i23 = 0; i23 < n21 && r.ok(); ++i23) {
        v22.emplace_back().decode(r, version);
      }
    }
  }
  this->topic_authorized_operations = r.read_int32();
  r.skip_tagged_fields();
}

void describe_topic_partitions_response_describe_topic_partitions_response_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->name, true);
  w.write_uuid(this->topic_id);
  w.write_bool(this->is_internal);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e24 : this->partitions) {
    e24.encode(w, version);
  }
  w.write_int32(this->topic_authorized_operations);
  w.write_uvarint(0);
}

std::size_t describe_topic_partitions_response_describe_topic_partitions_response_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->name, true);
  n += 16;
  n += 1;
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e25 : this->partitions) {
    n += e25.size(version);
  }
  n += 4;
  n += 1;
  return n;
}

void describe_topic_partitions_response_cursor::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_name = r.read_string(true);
  this->partition_index = r.read_int32();
  r.skip_tagged_fields();
}

void describe_topic_partitions_response_cursor::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic_name, true);
  w.write_int32(this->partition_index);
  w.write_uvarint(0);
}

std::size_t describe_topic_partitions_response_cursor::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic_name, true);
  n += 4;
  n += 1;
  return n;
}

void describe_topic_partitions_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n26 = r.read_array_length(true);
    if (n26 < 0) {
      r.fail();
    } else {
      auto& v27 = this->topics;
      v27.clear();
      for (std::int32_t i28 = 0; i28 < n26 && r.ok(); ++i28) {
        v27.emplace_back().decode(r, version);
      }
    }
  }
  {
    const bool present = r.read_int8() >= 0;
    if (present) {
      this->next_cursor.emplace().decode(r, version);
    } else {
      this->next_cursor.reset();
    }
  }
  r.skip_tagged_fields();
}

void describe_topic_partitions_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->topics.size(), true);
  for (const auto& e29 : this->topics) {
    e29.encode(w, version);
  }
  if (!this->next_cursor) {
    w.write_int8(-1);
  } else {
    w.write_int8(1);
    this->next_cursor->encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_topic_partitions_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e30 : this->topics) {
    n += e30.size(version);
  }
  n += 1;
  if (this->next_cursor) n += this->next_cursor->size(version);
  n += 1;
  return n;
}

}  // namespace gannet::protocol
