// generated from BrokerRegistrationRequest.json, BrokerRegistrationResponse.json; do not edit
#include "gannet/protocol/messages/broker_registration.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void broker_registration_request_listener::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  this->host = r.read_string(true);
  this->port = r.read_uint16();
  this->security_protocol = r.read_int16();
  r.skip_tagged_fields();
}

void broker_registration_request_listener::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_string(this->host, true);
  w.write_uint16(this->port);
  w.write_int16(this->security_protocol);
  w.write_uvarint(0);
}

std::size_t broker_registration_request_listener::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::string_size(this->host, true);
  n += 2;
  n += 2;
  n += 1;
  return n;
}

void broker_registration_request_feature::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  this->min_supported_version = r.read_int16();
  this->max_supported_version = r.read_int16();
  r.skip_tagged_fields();
}

void broker_registration_request_feature::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_int16(this->min_supported_version);
  w.write_int16(this->max_supported_version);
  w.write_uvarint(0);
}

std::size_t broker_registration_request_feature::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += 2;
  n += 2;
  n += 1;
  return n;
}

void broker_registration_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->broker_id = r.read_int32();
  this->cluster_id = r.read_string(true);
  this->incarnation_id = r.read_uuid();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->listeners;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  {
    const std::int32_t n4 = r.read_array_length(true);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = this->features;
      v5.clear();
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back().decode(r, version);
      }
    }
  }
  this->rack = r.read_nullable_string(true);
  if (version >= 1) {
    this->is_migrating_zk_broker = r.read_bool();
  }
  if (version >= 2) {
    {
      const std::int32_t n7 = r.read_array_length(true);
      if (n7 < 0) {
        r.fail();
      } else {
        auto& v8 = this->log_dirs;
        v8.clear();
        v8.reserve(static_cast<std::size_t>(n7));
        for (std::int32_t i9 = 0; i9 < n7 && r.ok(); ++i9) {
          v8.emplace_back() = r.read_uuid();
        }
      }
    }
  }
  if (version >= 3) {
    this->previous_broker_epoch = r.read_int64();
  }
  r.skip_tagged_fields();
}

void broker_registration_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_int32(this->broker_id);
  w.write_string(this->cluster_id, true);
  w.write_uuid(this->incarnation_id);
  w.write_array_length(this->listeners.size(), true);
  for (const auto& e10 : this->listeners) {
    e10.encode(w, version);
  }
  w.write_array_length(this->features.size(), true);
  for (const auto& e11 : this->features) {
    e11.encode(w, version);
  }
  w.write_nullable_string(this->rack, true);
  if (!(version >= 1) && !(this->is_migrating_zk_broker == false)) w.fail();
  if (version >= 1) {
    w.write_bool(this->is_migrating_zk_broker);
  }
  if (version >= 2) {
    w.write_array_length(this->log_dirs.size(), true);
    for (const auto& e12 : this->log_dirs) {
      w.write_uuid(e12);
    }
  }
  if (version >= 3) {
    w.write_int64(this->previous_broker_epoch);
  }
  w.write_uvarint(0);
}

std::size_t broker_registration_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->cluster_id, true);
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->listeners.size(), true);
  for (const auto& e13 : this->listeners) {
    n += e13.size(version);
  }
  n += ::gannet::protocol::wire::array_length_size(this->features.size(), true);
  for (const auto& e14 : this->features) {
    n += e14.size(version);
  }
  n += ::gannet::protocol::wire::nullable_string_size(this->rack, true);
  if (version >= 1) {
    n += 1;
  }
  if (version >= 2) {
    n += ::gannet::protocol::wire::array_length_size(this->log_dirs.size(), true);
    n += this->log_dirs.size() * 16;
  }
  if (version >= 3) {
    n += 8;
  }
  n += 1;
  return n;
}

void broker_registration_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->broker_epoch = r.read_int64();
  r.skip_tagged_fields();
}

void broker_registration_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_int64(this->broker_epoch);
  w.write_uvarint(0);
}

std::size_t broker_registration_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 8;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
