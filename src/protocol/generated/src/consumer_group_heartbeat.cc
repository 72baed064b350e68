// generated from ConsumerGroupHeartbeatRequest.json, ConsumerGroupHeartbeatResponse.json; do not edit
#include "gannet/protocol/messages/consumer_group_heartbeat.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void consumer_group_heartbeat_request::topic_partitions_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_id = r.read_uuid();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partitions;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void consumer_group_heartbeat_request::topic_partitions_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(topic_id);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    w.write_int32(e4);
  }
  w.write_uvarint(0);
}

std::size_t consumer_group_heartbeat_request::topic_partitions_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  n += partitions.size() * 4;
  n += 1;
  return n;
}

void consumer_group_heartbeat_response::topic_partitions::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_id = r.read_uuid();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partitions;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void consumer_group_heartbeat_response::topic_partitions::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(topic_id);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    w.write_int32(e4);
  }
  w.write_uvarint(0);
}

std::size_t consumer_group_heartbeat_response::topic_partitions::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  n += partitions.size() * 4;
  n += 1;
  return n;
}

void consumer_group_heartbeat_response::assignment_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = topic_partitions;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void consumer_group_heartbeat_response::assignment_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_array_length(topic_partitions.size(), true);
  for (const auto& e8 : topic_partitions) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t consumer_group_heartbeat_response::assignment_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(topic_partitions.size(), true);
  for (const auto& e9 : topic_partitions) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
