// generated from CreatePartitionsRequest.json, CreatePartitionsResponse.json; do not edit
#include "gannet/protocol/messages/create_partitions.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void create_partitions_request::create_partitions_assignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = broker_ids;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_partitions_request::create_partitions_assignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_array_length(broker_ids.size(), version >= 2);
  for (const auto& e4 : broker_ids) {
    w.write_int32(e4);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_partitions_request::create_partitions_assignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(broker_ids.size(), version >= 2);
  n += broker_ids.size() * 4;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void create_partitions_request::create_partitions_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 2);
  count = r.read_int32();
  {
    const std::int32_t n5 = r.read_array_length(version >= 2);
    if (n5 < 0) {
      assignments.reset();
    } else {
      auto& v6 = assignments.emplace();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_partitions_request::create_partitions_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 2);
  w.write_int32(count);
  if (!assignments) {
    w.write_null_array_length(version >= 2);
  } else {
    w.write_array_length((*assignments).size(), version >= 2);
    for (const auto& e8 : (*assignments)) {
      e8.encode(w, version);
    }
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_partitions_request::create_partitions_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 2);
  n += 4;
  if (!assignments) {
    n += ::gannet::protocol::wire::null_array_length_size(version >= 2);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*assignments).size(), version >= 2);
    for (const auto& e9 : (*assignments)) {
      n += e9.size(version);
    }
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void create_partitions_response::create_partitions_topic_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 2);
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_partitions_response::create_partitions_topic_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 2);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_partitions_response::create_partitions_topic_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 2);
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
