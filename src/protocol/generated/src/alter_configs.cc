// generated from AlterConfigsRequest.json, AlterConfigsResponse.json; do not edit
#include "gannet/protocol/messages/alter_configs.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void alter_configs_request::alterable_config::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 2);
  value = r.read_nullable_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void alter_configs_request::alterable_config::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 2);
  w.write_nullable_string(value, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_configs_request::alterable_config::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 2);
  n += ::gannet::protocol::wire::nullable_string_size(value, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void alter_configs_request::alter_configs_resource::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  resource_type = r.read_int8();
  resource_name = r.read_string(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = configs;
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

void alter_configs_request::alter_configs_resource::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int8(resource_type);
  w.write_string(resource_name, version >= 2);
  w.write_array_length(configs.size(), version >= 2);
  for (const auto& e4 : configs) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_configs_request::alter_configs_resource::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 1;
  n += ::gannet::protocol::wire::string_size(resource_name, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(configs.size(), version >= 2);
  for (const auto& e5 : configs) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void alter_configs_response::alter_configs_resource_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(version >= 2);
  resource_type = r.read_int8();
  resource_name = r.read_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void alter_configs_response::alter_configs_resource_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, version >= 2);
  w.write_int8(resource_type);
  w.write_string(resource_name, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t alter_configs_response::alter_configs_resource_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, version >= 2);
  n += 1;
  n += ::gannet::protocol::wire::string_size(resource_name, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
