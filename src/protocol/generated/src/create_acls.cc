// generated from CreateAclsRequest.json, CreateAclsResponse.json; do not edit
#include "gannet/protocol/messages/create_acls.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void create_acls_request_acl_creation::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->resource_type = r.read_int8();
  this->resource_name = r.read_string(version >= 2);
  if (version >= 1) {
    this->resource_pattern_type = r.read_int8();
  }
  this->principal = r.read_string(version >= 2);
  this->host = r.read_string(version >= 2);
  this->operation = r.read_int8();
  this->permission_type = r.read_int8();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_acls_request_acl_creation::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int8(this->resource_type);
  w.write_string(this->resource_name, version >= 2);
  if (!(version >= 1) && !(this->resource_pattern_type == 3)) w.fail();
  if (version >= 1) {
    w.write_int8(this->resource_pattern_type);
  }
  w.write_string(this->principal, version >= 2);
  w.write_string(this->host, version >= 2);
  w.write_int8(this->operation);
  w.write_int8(this->permission_type);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_acls_request_acl_creation::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 1;
  n += ::gannet::protocol::wire::string_size(this->resource_name, version >= 2);
  if (version >= 1) {
    n += 1;
  }
  n += ::gannet::protocol::wire::string_size(this->principal, version >= 2);
  n += ::gannet::protocol::wire::string_size(this->host, version >= 2);
  n += 1;
  n += 1;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void create_acls_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->creations;
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

void create_acls_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  w.write_array_length(this->creations.size(), version >= 2);
  for (const auto& e4 : this->creations) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_acls_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->creations.size(), version >= 2);
  for (const auto& e5 : this->creations) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void create_acls_response_acl_creation_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_acls_response_acl_creation_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_acls_response_acl_creation_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void create_acls_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->results;
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

void create_acls_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->results.size(), version >= 2);
  for (const auto& e4 : this->results) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_acls_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->results.size(), version >= 2);
  for (const auto& e5 : this->results) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
