// generated from FindCoordinatorRequest.json, FindCoordinatorResponse.json; do not edit
#include "gannet/protocol/messages/find_coordinator.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void find_coordinator_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 6) {
    r.fail();
    return;
  }
  if (version <= 3) {
    this->key = r.read_string(version >= 3);
  }
  if (version >= 1) {
    this->key_type = r.read_int8();
  }
  if (version >= 4) {
    {
      const std::int32_t n1 = r.read_array_length(true);
      if (n1 < 0) {
        r.fail();
      } else {
        auto& v2 = this->coordinator_keys;
        v2.clear();
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back() = r.read_string(true);
        }
      }
    }
  }
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void find_coordinator_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 6) {
    w.fail();
    return;
  }
  if (!(version <= 3) && !(this->key.empty())) w.fail();
  if (version <= 3) {
    w.write_string(this->key, version >= 3);
  }
  if (!(version >= 1) && !(this->key_type == 0)) w.fail();
  if (version >= 1) {
    w.write_int8(this->key_type);
  }
  if (!(version >= 4) && !(this->coordinator_keys.empty())) w.fail();
  if (version >= 4) {
    w.write_array_length(this->coordinator_keys.size(), true);
    for (const auto& e4 : this->coordinator_keys) {
      w.write_string(e4, true);
    }
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t find_coordinator_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 3) {
    n += ::gannet::protocol::wire::string_size(this->key, version >= 3);
  }
  if (version >= 1) {
    n += 1;
  }
  if (version >= 4) {
    n += ::gannet::protocol::wire::array_length_size(this->coordinator_keys.size(), true);
    for (const auto& e5 : this->coordinator_keys) {
      n += ::gannet::protocol::wire::string_size(e5, true);
    }
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void find_coordinator_response_coordinator::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->key = r.read_string(true);
  this->node_id = r.read_int32();
  this->host = r.read_string(true);
  this->port = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void find_coordinator_response_coordinator::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->key, true);
  w.write_int32(this->node_id);
  w.write_string(this->host, true);
  w.write_int32(this->port);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_uvarint(0);
}

std::size_t find_coordinator_response_coordinator::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->key, true);
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->host, true);
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += 1;
  return n;
}

void find_coordinator_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 6) {
    r.fail();
    return;
  }
  if (version >= 1) {
    this->throttle_time_ms = r.read_int32();
  }
  if (version <= 3) {
    this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  }
  if (version >= 1 && version <= 3) {
    this->error_message = r.read_nullable_string(version >= 3);
  }
  if (version <= 3) {
    this->node_id = r.read_int32();
  }
  if (version <= 3) {
    this->host = r.read_string(version >= 3);
  }
  if (version <= 3) {
    this->port = r.read_int32();
  }
  if (version >= 4) {
    {
      const std::int32_t n1 = r.read_array_length(true);
      if (n1 < 0) {
        r.fail();
      } else {
        auto& v2 = this->coordinators;
        v2.clear();
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void find_coordinator_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 6) {
    w.fail();
    return;
  }
  if (version >= 1) {
    w.write_int32(this->throttle_time_ms);
  }
  if (!(version <= 3) && !(this->error_code == ::gannet::protocol::error_code{})) w.fail();
  if (version <= 3) {
    w.write_int16(static_cast<std::int16_t>(this->error_code));
  }
  if (version >= 1 && version <= 3) {
    w.write_nullable_string(this->error_message, version >= 3);
  }
  if (!(version <= 3) && !(this->node_id == 0)) w.fail();
  if (version <= 3) {
    w.write_int32(this->node_id);
  }
  if (!(version <= 3) && !(this->host.empty())) w.fail();
  if (version <= 3) {
    w.write_string(this->host, version >= 3);
  }
  if (!(version <= 3) && !(this->port == 0)) w.fail();
  if (version <= 3) {
    w.write_int32(this->port);
  }
  if (!(version >= 4) && !(this->coordinators.empty())) w.fail();
  if (version >= 4) {
    w.write_array_length(this->coordinators.size(), true);
    for (const auto& e4 : this->coordinators) {
      e4.encode(w, version);
    }
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t find_coordinator_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 1) {
    n += 4;
  }
  if (version <= 3) {
    n += 2;
  }
  if (version >= 1 && version <= 3) {
    n += ::gannet::protocol::wire::nullable_string_size(this->error_message, version >= 3);
  }
  if (version <= 3) {
    n += 4;
  }
  if (version <= 3) {
    n += ::gannet::protocol::wire::string_size(this->host, version >= 3);
  }
  if (version <= 3) {
    n += 4;
  }
  if (version >= 4) {
    n += ::gannet::protocol::wire::array_length_size(this->coordinators.size(), true);
    for (const auto& e5 : this->coordinators) {
      n += e5.size(version);
    }
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
