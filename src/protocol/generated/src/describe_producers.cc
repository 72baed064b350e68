// generated from DescribeProducersRequest.json, DescribeProducersResponse.json; do not edit
#include "gannet/protocol/messages/describe_producers.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_producers_request_topic_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void describe_producers_request_topic_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_array_length(this->partition_indexes.size(), true);
  for (const auto& e4 : this->partition_indexes) {
    w.write_int32(e4);
  }
  w.write_uvarint(0);
}

std::size_t describe_producers_request_topic_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partition_indexes.size(), true);
  n += this->partition_indexes.size() * 4;
  n += 1;
  return n;
}

void describe_producers_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = this->topics;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_producers_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_array_length(this->topics.size(), true);
  for (const auto& e8 : this->topics) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_producers_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e9 : this->topics) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void describe_producers_response_producer_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->producer_id = r.read_int64();
  this->producer_epoch = r.read_int32();
  this->last_sequence = r.read_int32();
  this->last_timestamp = r.read_int64();
  this->coordinator_epoch = r.read_int32();
  this->current_txn_start_offset = r.read_int64();
  r.skip_tagged_fields();
}

void describe_producers_response_producer_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(this->producer_id);
  w.write_int32(this->producer_epoch);
  w.write_int32(this->last_sequence);
  w.write_int64(this->last_timestamp);
  w.write_int32(this->coordinator_epoch);
  w.write_int64(this->current_txn_start_offset);
  w.write_uvarint(0);
}

std::size_t describe_producers_response_producer_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += 4;
  n += 4;
  n += 8;
  n += 4;
  n += 8;
  n += 1;
  return n;
}

void describe_producers_response_partition_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->active_producers;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_producers_response_partition_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_array_length(this->active_producers.size(), true);
  for (const auto& e4 : this->active_producers) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_producers_response_partition_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += ::gannet::protocol::wire::array_length_size(this->active_producers.size(), true);
  for (const auto& e5 : this->active_producers) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void describe_producers_response_topic_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->partitions;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_producers_response_topic_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e9 : this->partitions) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_producers_response_topic_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e10 : this->partitions) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void describe_producers_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n11 = r.read_array_length(true);
    if (n11 < 0) {
      r.fail();
    } else {
      auto& v12 = this->topics;
      v12.clear();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_producers_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->topics.size(), true);
  for (const auto& e14 : this->topics) {
    e14.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_producers_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e15 : this->topics) {
    n += e15.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
