// generated from ListGroupsRequest.json, ListGroupsResponse.json; do not edit
#include "gannet/protocol/messages/list_groups.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void list_groups_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 5) {
    r.fail();
    return;
  }
  if (version >= 4) {
    {
      const std::int32_t n1 = r.read_array_length(true);
      if (n1 < 0) {
        r.fail();
      } else {
        auto& v2 = this->states_filter;
        v2.clear();
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back() = r.read_string(true);
        }
      }
    }
  }
  if (version >= 5) {
    {
      const std::int32_t n4 = r.read_array_length(true);
      if (n4 < 0) {
        r.fail();
      } else {
        auto& v5 = this->types_filter;
        v5.clear();
        for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
          v5.emplace_back() = r.read_string(true);
        }
      }
    }
  }
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void list_groups_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 5) {
    w.fail();
    return;
  }
  if (!(version >= 4) && !(this->states_filter.empty())) w.fail();
  if (version >= 4) {
    w.write_array_length(this->states_filter.size(), true);
    for (const auto& e7 : this->states_filter) {
      w.write_string(e7, true);
    }
  }
  if (!(version >= 5) && !(this->types_filter.empty())) w.fail();
  if (version >= 5) {
    w.write_array_length(this->types_filter.size(), true);
    for (const auto& e8 : this->types_filter) {
      w.write_string(e8, true);
    }
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t list_groups_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 4) {
    n += ::gannet::protocol::wire::array_length_size(this->states_filter.size(), true);
    for (const auto& e9 : this->states_filter) {
      n += ::gannet::protocol::wire::string_size(e9, true);
    }
  }
  if (version >= 5) {
    n += ::gannet::protocol::wire::array_length_size(this->types_filter.size(), true);
    for (const auto& e10 : this->types_filter) {
      n += ::gannet::protocol::wire::string_size(e10, true);
    }
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void list_groups_response_listed_group::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->group_id = r.read_string(version >= 3);
  this->protocol_type = r.read_string(version >= 3);
  if (version >= 4) {
    this->group_state = r.read_string(true);
  }
  if (version >= 5) {
    this->group_type = r.read_string(true);
  }
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void list_groups_response_listed_group::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->group_id, version >= 3);
  w.write_string(this->protocol_type, version >= 3);
  if (version >= 4) {
    w.write_string(this->group_state, true);
  }
  if (version >= 5) {
    w.write_string(this->group_type, true);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t list_groups_response_listed_group::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->group_id, version >= 3);
  n += ::gannet::protocol::wire::string_size(this->protocol_type, version >= 3);
  if (version >= 4) {
    n += ::gannet::protocol::wire::string_size(this->group_state, true);
  }
  if (version >= 5) {
    n += ::gannet::protocol::wire::string_size(this->group_type, true);
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void list_groups_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 5) {
    r.fail();
    return;
  }
  if (version >= 1) {
    this->throttle_time_ms = r.read_int32();
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  {
    const std::int32_t n1 = r.read_array_length(version >= 3);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->groups;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void list_groups_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 5) {
    w.fail();
    return;
  }
  if (version >= 1) {
    w.write_int32(this->throttle_time_ms);
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_array_length(this->groups.size(), version >= 3);
  for (const auto& e4 : this->groups) {
    e4.encode(w, version);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t list_groups_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 1) {
    n += 4;
  }
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->groups.size(), version >= 3);
  for (const auto& e5 : this->groups) {
    n += e5.size(version);
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
