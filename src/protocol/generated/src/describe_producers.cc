// generated from DescribeProducersRequest.json, DescribeProducersResponse.json; do not edit
#include "gannet/protocol/messages/describe_producers.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_producers_request::topic_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partition_indexes;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_producers_request::topic_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_array_length(partition_indexes.size(), true);
  for (const auto& e4 : partition_indexes) {
    w.write_int32(e4);
  }
  w.write_uvarint(0);
}

std::size_t describe_producers_request::topic_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::array_length_size(partition_indexes.size(), true);
  n += partition_indexes.size() * 4;
  n += 1;
  return n;
}

void describe_producers_response::producer_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  producer_id = r.read_int64();
  producer_epoch = r.read_int32();
  last_sequence = r.read_int32();
  last_timestamp = r.read_int64();
  coordinator_epoch = r.read_int32();
  current_txn_start_offset = r.read_int64();
  r.skip_tagged_fields();
}

void describe_producers_response::producer_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(producer_id);
  w.write_int32(producer_epoch);
  w.write_int32(last_sequence);
  w.write_int64(last_timestamp);
  w.write_int32(coordinator_epoch);
  w.write_int64(current_txn_start_offset);
  w.write_uvarint(0);
}

std::size_t describe_producers_response::producer_state::size([[maybe_unused]] std::int16_t version) const {
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

void describe_producers_response::partition_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = active_producers;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_producers_response::partition_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, true);
  w.write_array_length(active_producers.size(), true);
  for (const auto& e4 : active_producers) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_producers_response::partition_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, true);
  n += ::gannet::protocol::wire::array_length_size(active_producers.size(), true);
  for (const auto& e5 : active_producers) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void describe_producers_response::topic_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = partitions;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_producers_response::topic_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_array_length(partitions.size(), true);
  for (const auto& e9 : partitions) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_producers_response::topic_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e10 : partitions) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
