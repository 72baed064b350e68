// generated from DeleteGroupsRequest.json, DeleteGroupsResponse.json; do not edit
#include "gannet/protocol/messages/delete_groups.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void delete_groups_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->groups_names;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_string(version >= 2);
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_groups_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_array_length(this->groups_names.size(), version >= 2);
  for (const auto& e4 : this->groups_names) {
    w.write_string(e4, version >= 2);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_groups_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->groups_names.size(), version >= 2);
  for (const auto& e5 : this->groups_names) {
    n += ::gannet::protocol::wire::string_size(e5, version >= 2);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void delete_groups_response_deletable_group_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->group_id = r.read_string(version >= 2);
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_groups_response_deletable_group_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->group_id, version >= 2);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_groups_response_deletable_group_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group_id, version >= 2);
  n += 2;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void delete_groups_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->results;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_groups_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->results.size(), version >= 2);
  for (const auto& e4 : this->results) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_groups_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->results.size(), version >= 2);
  for (const auto& e5 : this->results) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
