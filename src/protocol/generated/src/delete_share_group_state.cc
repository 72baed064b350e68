// generated from DeleteShareGroupStateRequest.json, DeleteShareGroupStateResponse.json; do not edit
#include "gannet/protocol/messages/delete_share_group_state.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void delete_share_group_state_request::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition = r.read_int32();
  r.skip_tagged_fields();
}

void delete_share_group_state_request::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition);
  w.write_uvarint(0);
}

std::size_t delete_share_group_state_request::partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 1;
  return n;
}

void delete_share_group_state_request::delete_state_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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

void delete_share_group_state_request::delete_state_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(topic_id);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t delete_share_group_state_request::delete_state_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void delete_share_group_state_response::partition_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void delete_share_group_state_response::partition_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, true);
  w.write_uvarint(0);
}

std::size_t delete_share_group_state_response::partition_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, true);
  n += 1;
  return n;
}

void delete_share_group_state_response::delete_state_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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

void delete_share_group_state_response::delete_state_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(topic_id);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t delete_share_group_state_response::delete_state_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
