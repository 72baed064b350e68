// generated from ReadShareGroupStateSummaryRequest.json, ReadShareGroupStateSummaryResponse.json; do not edit
#include "gannet/protocol/messages/read_share_group_state_summary.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void read_share_group_state_summary_request::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition = r.read_int32();
  leader_epoch = r.read_int32();
  r.skip_tagged_fields();
}

void read_share_group_state_summary_request::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition);
  w.write_int32(leader_epoch);
  w.write_uvarint(0);
}

std::size_t read_share_group_state_summary_request::partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += 1;
  return n;
}

void read_share_group_state_summary_request::read_state_summary_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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

void read_share_group_state_summary_request::read_state_summary_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(topic_id);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t read_share_group_state_summary_request::read_state_summary_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void read_share_group_state_summary_response::partition_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(true);
  state_epoch = r.read_int32();
  start_offset = r.read_int64();
  r.skip_tagged_fields();
}

void read_share_group_state_summary_response::partition_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, true);
  w.write_int32(state_epoch);
  w.write_int64(start_offset);
  w.write_uvarint(0);
}

std::size_t read_share_group_state_summary_response::partition_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, true);
  n += 4;
  n += 8;
  n += 1;
  return n;
}

void read_share_group_state_summary_response::read_state_summary_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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

void read_share_group_state_summary_response::read_state_summary_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(topic_id);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t read_share_group_state_summary_response::read_state_summary_result::size([[maybe_unused]] std::int16_t version) const {
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
