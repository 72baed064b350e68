// generated from DescribeConfigsRequest.json, DescribeConfigsResponse.json; do not edit
#include "gannet/protocol/messages/describe_configs.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_configs_request::describe_configs_resource::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  resource_type = r.read_int8();
  resource_name = r.read_string(version >= 4);
  {
    const std::int32_t n1 = r.read_array_length(version >= 4);
    if (n1 < 0) {
      configuration_keys.reset();
    } else {
      auto& v2 = configuration_keys.emplace();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_string(version >= 4);
      }
    }
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void describe_configs_request::describe_configs_resource::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int8(resource_type);
  w.write_string(resource_name, version >= 4);
  if (!configuration_keys) {
    w.write_null_array_length(version >= 4);
  } else {
    w.write_array_length((*configuration_keys).size(), version >= 4);
    for (const auto& e4 : (*configuration_keys)) {
      w.write_string(e4, version >= 4);
    }
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t describe_configs_request::describe_configs_resource::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 1;
  n += ::gannet::protocol::wire::string_size(resource_name, version >= 4);
  if (!configuration_keys) {
    n += ::gannet::protocol::wire::null_array_length_size(version >= 4);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*configuration_keys).size(), version >= 4);
    for (const auto& e5 : (*configuration_keys)) {
      n += ::gannet::protocol::wire::string_size(e5, version >= 4);
    }
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void describe_configs_response::describe_configs_synonym::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 4);
  value = r.read_nullable_string(version >= 4);
  source = r.read_int8();
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void describe_configs_response::describe_configs_synonym::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 4);
  w.write_nullable_string(value, version >= 4);
  w.write_int8(source);
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t describe_configs_response::describe_configs_synonym::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 4);
  n += ::gannet::protocol::wire::nullable_string_size(value, version >= 4);
  n += 1;
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void describe_configs_response::describe_configs_resource_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 4);
  value = r.read_nullable_string(version >= 4);
  read_only = r.read_bool();
  if (version <= 0) {
    is_default = r.read_bool();
  }
  if (version >= 1) {
    config_source = r.read_int8();
  }
  is_sensitive = r.read_bool();
  if (version >= 1) {
    {
      const std::int32_t n1 = r.read_array_length(version >= 4);
      if (n1 < 0) {
        r.fail();
      } else {
        auto& v2 = synonyms;
        v2.clear();
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 3) {
    config_type = r.read_int8();
  }
  if (version >= 3) {
    documentation = r.read_nullable_string(version >= 4);
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void describe_configs_response::describe_configs_resource_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 4);
  w.write_nullable_string(value, version >= 4);
  w.write_bool(read_only);
  if (!(version <= 0) && !(is_default == false)) w.fail();
  if (version <= 0) {
    w.write_bool(is_default);
  }
  if (version >= 1) {
    w.write_int8(config_source);
  }
  w.write_bool(is_sensitive);
  if (version >= 1) {
    w.write_array_length(synonyms.size(), version >= 4);
    for (const auto& e4 : synonyms) {
      e4.encode(w, version);
    }
  }
  if (version >= 3) {
    w.write_int8(config_type);
  }
  if (version >= 3) {
    w.write_nullable_string(documentation, version >= 4);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t describe_configs_response::describe_configs_resource_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 4);
  n += ::gannet::protocol::wire::nullable_string_size(value, version >= 4);
  n += 1;
  if (version <= 0) {
    n += 1;
  }
  if (version >= 1) {
    n += 1;
  }
  n += 1;
  if (version >= 1) {
    n += ::gannet::protocol::wire::array_length_size(synonyms.size(), version >= 4);
    for (const auto& e5 : synonyms) {
      n += e5.size(version);
    }
  }
  if (version >= 3) {
    n += 1;
  }
  if (version >= 3) {
    n += ::gannet::protocol::wire::nullable_string_size(documentation, version >= 4);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void describe_configs_response::describe_configs_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(version >= 4);
  resource_type = r.read_int8();
  resource_name = r.read_string(version >= 4);
  {
    const std::int32_t n6 = r.read_array_length(version >= 4);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = configs;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void describe_configs_response::describe_configs_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, version >= 4);
  w.write_int8(resource_type);
  w.write_string(resource_name, version >= 4);
  w.write_array_length(configs.size(), version >= 4);
  for (const auto& e9 : configs) {
    e9.encode(w, version);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t describe_configs_response::describe_configs_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, version >= 4);
  n += 1;
  n += ::gannet::protocol::wire::string_size(resource_name, version >= 4);
  n += ::gannet::protocol::wire::array_length_size(configs.size(), version >= 4);
  for (const auto& e10 : configs) {
    n += e10.size(version);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
