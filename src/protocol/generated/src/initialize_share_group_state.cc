// generated from InitializeShareGroupStateRequest.json, InitializeShareGroupStateResponse.json; do not edit
#include "gannet/protocol/messages/initialize_share_group_state.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void initialize_share_group_state_request_partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition = r.read_int32();
  this->state_epoch = r.read_int32();
  this->start_offset = r.read_int64();
  r.skip_tagged_fields();
}

void initialize_share_group_state_request_partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition);
  w.write_int32(this->state_epoch);
  w.write_int64(this->start_offset);
  w.write_uvarint(0);
}

std::size_t initialize_share_group_state_request_partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += 8;
  n += 1;
  return n;
}

void initialize_share_group_state_request_initialize_state_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_id = r.read_uuid();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partitions;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void initialize_share_group_state_request_initialize_state_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->topic_id);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t initialize_share_group_state_request_initialize_state_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void initialize_share_group_state_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->group_id = r.read_string(true);
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->topics;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void initialize_share_group_state_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_string(this->group_id, true);
  w.write_array_length(this->topics.size(), true);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t initialize_share_group_state_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group_id, true);
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void initialize_share_group_state_response_partition_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void initialize_share_group_state_response_partition_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_uvarint(0);
}

std::size_t initialize_share_group_state_response_partition_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += 1;
  return n;
}

void initialize_share_group_state_response_initialize_state_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_id = r.read_uuid();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partitions;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void initialize_share_group_state_response_initialize_state_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->topic_id);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t initialize_share_group_state_response_initialize_state_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void initialize_share_group_state_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->results;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void initialize_share_group_state_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_array_length(this->results.size(), true);
  for (const auto& e9 : this->results) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t initialize_share_group_state_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->results.size(), true);
  for (const auto& e10 : this->results) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
