// generated from DescribeClientQuotasRequest.json, DescribeClientQuotasResponse.json; do not edit
#include "gannet/protocol/messages/describe_client_quotas.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_client_quotas_request::component_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  entity_type = r.read_string(version >= 1);
  match_type = r.read_int8();
  match = r.read_nullable_string(version >= 1);
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void describe_client_quotas_request::component_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(entity_type, version >= 1);
  w.write_int8(match_type);
  w.write_nullable_string(match, version >= 1);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t describe_client_quotas_request::component_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(entity_type, version >= 1);
  n += 1;
  n += ::gannet::protocol::wire::nullable_string_size(match, version >= 1);
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void describe_client_quotas_response::entity_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  entity_type = r.read_string(version >= 1);
  entity_name = r.read_nullable_string(version >= 1);
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void describe_client_quotas_response::entity_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(entity_type, version >= 1);
  w.write_nullable_string(entity_name, version >= 1);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t describe_client_quotas_response::entity_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(entity_type, version >= 1);
  n += ::gannet::protocol::wire::nullable_string_size(entity_name, version >= 1);
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void describe_client_quotas_response::value_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  key = r.read_string(version >= 1);
  value = r.read_float64();
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void describe_client_quotas_response::value_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(key, version >= 1);
  w.write_float64(value);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t describe_client_quotas_response::value_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(key, version >= 1);
  n += 8;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void describe_client_quotas_response::entry_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  {
    const std::int32_t n1 = r.read_array_length(version >= 1);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = entity;
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
      auto& v5 = values;
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

void describe_client_quotas_response::entry_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_array_length(entity.size(), version >= 1);
  for (const auto& e7 : entity) {
    e7.encode(w, version);
  }
  w.write_array_length(values.size(), version >= 1);
  for (const auto& e8 : values) {
    e8.encode(w, version);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t describe_client_quotas_response::entry_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(entity.size(), version >= 1);
  for (const auto& e9 : entity) {
    n += e9.size(version);
  }
  n += ::gannet::protocol::wire::array_length_size(values.size(), version >= 1);
  for (const auto& e10 : values) {
    n += e10.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
