// generated from AlterConfigsRequest.json, AlterConfigsResponse.json; do not edit
#include "gannet/protocol/messages/alter_configs.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void alter_configs_request_alterable_config::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 2);
  this->value = r.read_nullable_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void alter_configs_request_alterable_config::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 2);
  w.write_nullable_string(this->value, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_configs_request_alterable_config::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 2);
  n += ::gannet::protocol::wire::nullable_string_size(this->value, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void alter_configs_request_alter_configs_resource::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->resource_type = r.read_int8();
  this->resource_name = r.read_string(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->configs;
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

void alter_configs_request_alter_configs_resource::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int8(this->resource_type);
  w.write_string(this->resource_name, version >= 2);
  w.write_array_length(this->configs.size(), version >= 2);
  for (const auto& e4 : this->configs) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_configs_request_alter_configs_resource::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 1;
  n += ::gannet::protocol::wire::string_size(this->resource_name, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(this->configs.size(), version >= 2);
  for (const auto& e5 : this->configs) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void alter_configs_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 2);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->resources;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  this->validate_only = r.read_bool();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void alter_configs_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_array_length(this->resources.size(), version >= 2);
  for (const auto& e9 : this->resources) {
    e9.encode(w, version);
  }
  w.write_bool(this->validate_only);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_configs_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->resources.size(), version >= 2);
  for (const auto& e10 : this->resources) {
    n += e10.size(version);
  }
  n += 1;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void alter_configs_response_alter_configs_resource_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(version >= 2);
  this->resource_type = r.read_int8();
  this->resource_name = r.read_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void alter_configs_response_alter_configs_resource_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, version >= 2);
  w.write_int8(this->resource_type);
  w.write_string(this->resource_name, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_configs_response_alter_configs_resource_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, version >= 2);
  n += 1;
  n += ::gannet::protocol::wire::string_size(this->resource_name, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void alter_configs_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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
      auto& v2 = this->responses;
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

void alter_configs_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->responses.size(), version >= 2);
  for (const auto& e4 : this->responses) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_configs_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->responses.size(), version >= 2);
  for (const auto& e5 : this->responses) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
