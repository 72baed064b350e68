// generated from ShareGroupDescribeRequest.json, ShareGroupDescribeResponse.json; do not edit
#include "gannet/protocol/messages/share_group_describe.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void share_group_describe_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->group_ids;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_string(true);
      }
    }
  }
  this->include_authorized_operations = r.read_bool();
  r.skip_tagged_fields();
}

void share_group_describe_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_array_length(this->group_ids.size(), true);
  for (const auto& e4 : this->group_ids) {
    w.write_string(e4, true);
  }
  w.write_bool(this->include_authorized_operations);
  w.write_uvarint(0);
}

std::size_t share_group_describe_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->group_ids.size(), true);
  for (const auto& e5 : this->group_ids) {
    n += ::gannet::protocol::wire::string_size(e5, true);
  }
  n += 1;
  n += 1;
  return n;
}

void share_group_describe_response_topic_partitions::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_id = r.read_uuid();
  this->topic_name = r.read_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void share_group_describe_response_topic_partitions::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->topic_id);
  w.write_string(this->topic_name, true);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e4 : this->partitions) {
    w.write_int32(e4);
  }
  w.write_uvarint(0);
}

std::size_t share_group_describe_response_topic_partitions::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::string_size(this->topic_name, true);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  n += this->partitions.size() * 4;
  n += 1;
  return n;
}

void share_group_describe_response_assignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = this->topic_partitions;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void share_group_describe_response_assignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_array_length(this->topic_partitions.size(), true);
  for (const auto& e8 : this->topic_partitions) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t share_group_describe_response_assignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->topic_partitions.size(), true);
  for (const auto& e9 : this->topic_partitions) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void share_group_describe_response_member::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->member_id = r.read_string(true);
  this->rack_id = r.read_nullable_string(true);
  this->member_epoch = r.read_int32();
  this->client_id = r.read_string(true);
  this->client_host = r.read_string(true);
  {
    const std::int32_t n10 = r.read_array_length(true);
    if (n10 < 0) {
      r.fail();
    } else {
      auto& v11 = this->subscribed_topic_names;
      v11.clear();
      for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
        v11.emplace_back() = r.read_string(true);
      }
    }
  }
  this->assignment.decode(r, version);
  r.skip_tagged_fields();
}

void share_group_describe_response_member::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->member_id, true);
  w.write_nullable_string(this->rack_id, true);
  w.write_int32(this->member_epoch);
  w.write_string(this->client_id, true);
  w.write_string(this->client_host, true);
  w.write_array_length(this->subscribed_topic_names.size(), true);
  for (const auto& e13 : this->subscribed_topic_names) {
    w.write_string(e13, true);
  }
  this->assignment.encode(w, version);
  w.write_uvarint(0);
}

std::size_t share_group_describe_response_member::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->member_id, true);
  n += ::gannet::protocol::wire::nullable_string_size(this->rack_id, true);
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->client_id, true);
  n += ::gannet::protocol::wire::string_size(this->client_host, true);
  n += ::gannet::protocol::wire::array_length_size(this->subscribed_topic_names.size(), true);
  for (const auto& e14 : this->subscribed_topic_names) {
    n += ::gannet::protocol::wire::string_size(e14, true);
  }
  n += this->assignment.size(version);
  n += 1;
  return n;
}

void share_group_describe_response_described_group::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  this->group_id = r.read_string(true);
  this->group_state = r.read_string(true);
  this->group_epoch = r.read_int32();
  this->assignment_epoch = r.read_int32();
  this->assignor_name = r.read_string(true);
  {
    const std::int32_t n15 = r.read_array_length(true);
    if (n15 < 0) {
      r.fail();
    } else {
      auto& v16 = this->members;
      v16.clear();
      for (std::int32_t i17 = 0; i17 < n15 && r.ok(); ++i17) {
        v16.emplace_back().decode(r, version);
      }
    }
  }
  this->authorized_operations = r.read_int32();
  r.skip_tagged_fields();
}

void share_group_describe_response_described_group::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_string(this->group_id, true);
  w.write_string(this->group_state, true);
  w.write_int32(this->group_epoch);
  w.write_int32(this->assignment_epoch);
  w.write_string(this->assignor_name, true);
  w.write_array_length(this->members.size(), true);
  for (const auto& e18 : this->members) {
    e18.encode(w, version);
  }
  w.write_int32(this->authorized_operations);
  w.write_uvarint(0);
}

std::size_t share_group_describe_response_described_group::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += ::gannet::protocol::wire::string_size(this->group_id, true);
  n += ::gannet::protocol::wire::string_size(this->group_state, true);
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->assignor_name, true);
  n += ::gannet::protocol::wire::array_length_size(this->members.size(), true);
  for (const auto& e19 : this->members) {
    n += e19.size(version);
  }
  n += 4;
  n += 1;
  return n;
}

void share_group_describe_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n20 = r.read_array_length(true);
    if (n20 < 0) {
      r.fail();
    } else {
      auto& v21 = this->groups;
      v21.clear();
      for (std::int32_t i22 = 0; i22 < n20 && r.ok(); ++i22) {
        v21.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void share_group_describe_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->groups.size(), true);
  for (const auto& e23 : this->groups) {
    e23.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t share_group_describe_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->groups.size(), true);
  for (const auto& e24 : this->groups) {
    n += e24.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
