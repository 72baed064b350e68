// generated from ConsumerProtocolAssignment.json; do not edit
#include "gannet/protocol/messages/consumer_protocol_assignment.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void consumer_protocol_assignment_topic_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic = r.read_string(false);
  {
    const std::int32_t n1 = r.read_array_length(false);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partitions;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
}

void consumer_protocol_assignment_topic_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic, false);
  w.write_array_length(this->partitions.size(), false);
  for (const auto& e4 : this->partitions) {
    w.write_int32(e4);
  }
}

std::size_t consumer_protocol_assignment_topic_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic, false);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), false);
  n += this->partitions.size() * 4;
  return n;
}

void consumer_protocol_assignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  {
    const std::int32_t n5 = r.read_array_length(false);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = this->assigned_partitions;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  this->user_data = r.read_nullable_bytes(false);
}

void consumer_protocol_assignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  w.write_array_length(this->assigned_partitions.size(), false);
  for (const auto& e8 : this->assigned_partitions) {
    e8.encode(w, version);
  }
  w.write_nullable_bytes(this->user_data, false);
}

std::size_t consumer_protocol_assignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->assigned_partitions.size(), false);
  for (const auto& e9 : this->assigned_partitions) {
    n += e9.size(version);
  }
  n += ::gannet::protocol::wire::nullable_bytes_size(this->user_data, false);
  return n;
}

}  // namespace gannet::protocol
