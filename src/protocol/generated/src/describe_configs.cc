// generated from DescribeConfigsRequest.json, DescribeConfigsResponse.json; do not edit
#include "gannet/protocol/messages/describe_configs.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_configs_request_describe_configs_resource::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->resource_type = r.read_int8();
  this->resource_name = r.read_string(version >= 4);
  {
    const std::int32_t n1 = r.read_array_length(version >= 4);
    if (n1 < 0) {
      this->configuration_keys.reset();
    } else {
      auto& v2 = this->configuration_keys.emplace();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_string(version >= 4);
      }
    }
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void describe_configs_request_describe_configs_resource::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int8(this->resource_type);
  w.write_string(this->resource_name, version >= 4);
  if (!this->configuration_keys) {
    w.write_null_array_length(version >= 4);
  } else {
    w.write_array_length((*this->configuration_keys).size(), version >= 4);
    for (const auto& e4 : (*this->configuration_keys)) {
      w.write_string(e4, version >= 4);
    }
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t describe_configs_request_describe_configs_resource::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 1;
  n += ::gannet::protocol::wire::string_size(this->resource_name, version >= 4);
  if (!this->configuration_keys) {
    n += ::gannet::protocol::wire::null_array_length_size(version >= 4);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->configuration_keys).size(), version >= 4);
    for (const auto& e5 : (*this->configuration_keys)) {
      n += ::gannet::protocol::wire::string_size(e5, version >= 4);
    }
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void describe_configs_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 4);
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
  if (version >= 1) {
    this->include_synonyms = r.read_bool();
  }
  if (version >= 3) {
    this->include_documentation = r.read_bool();
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void describe_configs_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_array_length(this->resources.size(), version >= 4);
  for (const auto& e9 : this->resources) {
    e9.encode(w, version);
  }
  if (!(version >= 1) && !(this->include_synonyms == false)) w.fail();
  if (version >= 1) {
    w.write_bool(this->include_synonyms);
  }
  if (!(version >= 3) && !(this->include_documentation == false)) w.fail();
  if (version >= 3) {
    w.write_bool(this->include_documentation);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t describe_configs_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->resources.size(), version >= 4);
  for (const auto& e10 : this->resources) {
    n += e10.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  if (version >= 3) {
    n += 1;
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void describe_configs_response_describe_configs_synonym::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 4);
  this->value = r.read_nullable_string(version >= 4);
  this->source = r.read_int8();
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void describe_configs_response_describe_configs_synonym::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 4);
  w.write_nullable_string(this->value, version >= 4);
  w.write_int8(this->source);
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t describe_configs_response_describe_configs_synonym::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 4);
  n += ::gannet::protocol::wire::nullable_string_size(this->value, version >= 4);
  n += 1;
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void describe_configs_response_describe_configs_resource_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 4);
  this->value = r.read_nullable_string(version >= 4);
  this->read_only = r.read_bool();
  if (version <= 0) {
    this->is_default = r.read_bool();
  }
  if (version >= 1) {
    this->config_source = r.read_int8();
  }
  this->is_sensitive = r.read_bool();
  if (version >= 1) {
    {
      const std::int32_t n1 = r.read_array_length(version >= 4);
      if (n1 < 0) {
        r.fail();
      } else {
        auto& v2 = this->synonyms;
        v2.clear();
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 3) {
    this->config_type = r.read_int8();
  }
  if (version >= 3) {
    this->documentation = r.read_nullable_string(version >= 4);
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void describe_configs_response_describe_configs_resource_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 4);
  w.write_nullable_string(this->value, version >= 4);
  w.write_bool(this->read_only);
  if (!(version <= 0) && !(this->is_default == false)) w.fail();
  if (version <= 0) {
    w.write_bool(this->is_default);
  }
  if (version >= 1) {
    w.write_int8(this->config_source);
  }
  w.write_bool(this->is_sensitive);
  if (version >= 1) {
    w.write_array_length(this->synonyms.size(), version >= 4);
    for (const auto& e4 : this->synonyms) {
      e4.encode(w, version);
    }
  }
  if (version >= 3) {
    w.write_int8(this->config_type);
  }
  if (version >= 3) {
    w.write_nullable_string(this->documentation, version >= 4);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t describe_configs_response_describe_configs_resource_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 4);
  n += ::gannet::protocol::wire::nullable_string_size(this->value, version >= 4);
  n += 1;
  if (version <= 0) {
    n += 1;
  }
  if (version >= 1) {
    n += 1;
  }
  n += 1;
  if (version >= 1) {
    n += ::gannet::protocol::wire::array_length_size(this->synonyms.size(), version >= 4);
    for (const auto& e5 : this->synonyms) {
      n += e5.size(version);
    }
  }
  if (version >= 3) {
    n += 1;
  }
  if (version >= 3) {
    n += ::gannet::protocol::wire::nullable_string_size(this->documentation, version >= 4);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void describe_configs_response_describe_configs_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(version >= 4);
  this->resource_type = r.read_int8();
  this->resource_name = r.read_string(version >= 4);
  {
    const std::int32_t n6 = r.read_array_length(version >= 4);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->configs;
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

void describe_configs_response_describe_configs_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, version >= 4);
  w.write_int8(this->resource_type);
  w.write_string(this->resource_name, version >= 4);
  w.write_array_length(this->configs.size(), version >= 4);
  for (const auto& e9 : this->configs) {
    e9.encode(w, version);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t describe_configs_response_describe_configs_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, version >= 4);
  n += 1;
  n += ::gannet::protocol::wire::string_size(this->resource_name, version >= 4);
  n += ::gannet::protocol::wire::array_length_size(this->configs.size(), version >= 4);
  for (const auto& e10 : this->configs) {
    n += e10.size(version);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void describe_configs_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n11 = r.read_array_length(version >= 4);
    if (n11 < 0) {
      r.fail();
    } else {
      auto& v12 = this->results;
      v12.clear();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void describe_configs_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->results.size(), version >= 4);
  for (const auto& e14 : this->results) {
    e14.encode(w, version);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t describe_configs_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->results.size(), version >= 4);
  for (const auto& e15 : this->results) {
    n += e15.size(version);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
