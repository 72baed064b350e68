// generated from DescribeClientQuotasRequest.json, DescribeClientQuotasResponse.json; do not edit
#include "gannet/protocol/messages/describe_client_quotas.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_client_quotas_request_component_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->entity_type = r.read_string(version >= 1);
  this->match_type = r.read_int8();
  this->match = r.read_nullable_string(version >= 1);
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void describe_client_quotas_request_component_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->entity_type, version >= 1);
  w.write_int8(this->match_type);
  w.write_nullable_string(this->match, version >= 1);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t describe_client_quotas_request_component_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->entity_type, version >= 1);
  n += 1;
  n += ::gannet::protocol::wire::nullable_string_size(this->match, version >= 1);
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void describe_client_quotas_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 1);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->components;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  this->strict = r.read_bool();
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void describe_client_quotas_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_array_length(this->components.size(), version >= 1);
  for (const auto& e4 : this->components) {
    e4.encode(w, version);
  }
  w.write_bool(this->strict);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t describe_client_quotas_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->components.size(), version >= 1);
  for (const auto& e5 : this->components) {
    n += e5.size(version);
  }
  n += 1;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void describe_client_quotas_response_entity_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->entity_type = r.read_string(version >= 1);
  this->entity_name = r.read_nullable_string(version >= 1);
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void describe_client_quotas_response_entity_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->entity_type, version >= 1);
  w.write_nullable_string(this->entity_name, version >= 1);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t describe_client_quotas_response_entity_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->entity_type, version >= 1);
  n += ::gannet::protocol::wire::nullable_string_size(this->entity_name, version >= 1);
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void describe_client_quotas_response_value_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->key = r.read_string(version >= 1);
  this->value = r.read_float64();
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void describe_client_quotas_response_value_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->key, version >= 1);
  w.write_float64(this->value);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t describe_client_quotas_response_value_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->key, version >= 1);
  n += 8;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void describe_client_quotas_response_entry_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  {
    const std::int32_t n1 = r.read_array_length(version >= 1);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->entity;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  {
    const std::int32_t n4 = r.read_array_length(version >= 1);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = this->values;
      v5.clear();
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void describe_client_quotas_response_entry_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_array_length(this->entity.size(), version >= 1);
  for (const auto& e7 : this->entity) {
    e7.encode(w, version);
  }
  w.write_array_length(this->values.size(), version >= 1);
  for (const auto& e8 : this->values) {
    e8.encode(w, version);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t describe_client_quotas_response_entry_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->entity.size(), version >= 1);
  for (const auto& e9 : this->entity) {
    n += e9.size(version);
  }
  n += ::gannet::protocol::wire::array_length_size(this->values.size(), version >= 1);
  for (const auto& e10 : this->values) {
    n += e10.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void describe_client_quotas_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(version >= 1);
  {
    const std::int32_t n11 = r.read_array_length(version >= 1);
    if (n11 < 0) {
      this->entries.reset();
    } else {
      auto& v12 = this->entries.emplace();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void describe_client_quotas_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, version >= 1);
  if (!this->entries) {
    w.write_null_array_length(version >= 1);
  } else {
    w.write_array_length((*this->entries).size(), version >= 1);
    for (const auto& e14 : (*this->entries)) {
      e14.encode(w, version);
    }
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t describe_client_quotas_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, version >= 1);
  if (!this->entries) {
    n += ::gannet::protocol::wire::null_array_length_size(version >= 1);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->entries).size(), version >= 1);
    for (const auto& e15 : (*this->entries)) {
      n += e15.size(version);
    }
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
