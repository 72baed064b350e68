// generated from AlterClientQuotasRequest.json, AlterClientQuotasResponse.json; do not edit
#include "gannet/protocol/messages/alter_client_quotas.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void alter_client_quotas_request_entity_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->entity_type = r.read_string(version >= 1);
  this->entity_name = r.read_nullable_string(version >= 1);
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void alter_client_quotas_request_entity_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->entity_type, version >= 1);
  w.write_nullable_string(this->entity_name, version >= 1);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t alter_client_quotas_request_entity_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->entity_type, version >= 1);
  n += ::gannet::protocol::wire::nullable_string_size(this->entity_name, version >= 1);
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void alter_client_quotas_request_op_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->key = r.read_string(version >= 1);
  this->value = r.read_float64();
  this->remove = r.read_bool();
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void alter_client_quotas_request_op_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->key, version >= 1);
  w.write_float64(this->value);
  w.write_bool(this->remove);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t alter_client_quotas_request_op_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->key, version >= 1);
  n += 8;
  n += 1;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void alter_client_quotas_request_entry_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
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
      auto& v5 = this->ops;
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

void alter_client_quotas_request_entry_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_array_length(this->entity.size(), version >= 1);
  for (const auto& e7 : this->entity) {
    e7.encode(w, version);
  }
  w.write_array_length(this->ops.size(), version >= 1);
  for (const auto& e8 : this->ops) {
    e8.encode(w, version);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t alter_client_quotas_request_entry_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->entity.size(), version >= 1);
  for (const auto& e9 : this->entity) {
    n += e9.size(version);
  }
  n += ::gannet::protocol::wire::array_length_size(this->ops.size(), version >= 1);
  for (const auto& e10 : this->ops) {
    n += e10.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void alter_client_quotas_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  {
    const std::int32_t n11 = r.read_array_length(version >= 1);
    if (n11 < 0) {
      r.fail();
    } else {
      auto& v12 = this->entries;
      v12.clear();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  this->validate_only = r.read_bool();
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void alter_client_quotas_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_array_length(this->entries.size(), version >= 1);
  for (const auto& e14 : this->entries) {
    e14.encode(w, version);
  }
  w.write_bool(this->validate_only);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t alter_client_quotas_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->entries.size(), version >= 1);
  for (const auto& e15 : this->entries) {
    n += e15.size(version);
  }
  n += 1;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void alter_client_quotas_response_entity_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->entity_type = r.read_string(version >= 1);
  this->entity_name = r.read_nullable_string(version >= 1);
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void alter_client_quotas_response_entity_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->entity_type, version >= 1);
  w.write_nullable_string(this->entity_name, version >= 1);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t alter_client_quotas_response_entity_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->entity_type, version >= 1);
  n += ::gannet::protocol::wire::nullable_string_size(this->entity_name, version >= 1);
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void alter_client_quotas_response_entry_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(version >= 1);
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
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void alter_client_quotas_response_entry_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, version >= 1);
  w.write_array_length(this->entity.size(), version >= 1);
  for (const auto& e4 : this->entity) {
    e4.encode(w, version);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t alter_client_quotas_response_entry_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, version >= 1);
  n += ::gannet::protocol::wire::array_length_size(this->entity.size(), version >= 1);
  for (const auto& e5 : this->entity) {
    n += e5.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void alter_client_quotas_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n6 = r.read_array_length(version >= 1);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->entries;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void alter_client_quotas_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->entries.size(), version >= 1);
  for (const auto& e9 : this->entries) {
    e9.encode(w, version);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t alter_client_quotas_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->entries.size(), version >= 1);
  for (const auto& e10 : this->entries) {
    n += e10.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
