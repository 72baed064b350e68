// generated from DeleteAclsRequest.json, DeleteAclsResponse.json; do not edit
#include "gannet/protocol/messages/delete_acls.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void delete_acls_request_delete_acls_filter::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->resource_type_filter = r.read_int8();
  this->resource_name_filter = r.read_nullable_string(version >= 2);
  if (version >= 1) {
    this->pattern_type_filter = r.read_int8();
  }
  this->principal_filter = r.read_nullable_string(version >= 2);
  this->host_filter = r.read_nullable_string(version >= 2);
  this->operation = r.read_int8();
  this->permission_type = r.read_int8();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_acls_request_delete_acls_filter::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int8(this->resource_type_filter);
  w.write_nullable_string(this->resource_name_filter, version >= 2);
  if (!(version >= 1) && !(this->pattern_type_filter == 3)) w.fail();
  if (version >= 1) {
    w.write_int8(this->pattern_type_filter);
  }
  w.write_nullable_string(this->principal_filter, version >= 2);
  w.write_nullable_string(this->host_filter, version >= 2);
  w.write_int8(this->operation);
  w.write_int8(this->permission_type);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_acls_request_delete_acls_filter::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 1;
  n += ::gannet::protocol::wire::nullable_string_size(this->resource_name_filter, version >= 2);
  if (version >= 1) {
    n += 1;
  }
  n += ::gannet::protocol::wire::nullable_string_size(this->principal_filter, version >= 2);
  n += ::gannet::protocol::wire::nullable_string_size(this->host_filter, version >= 2);
  n += 1;
  n += 1;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void delete_acls_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->filters;
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

void delete_acls_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  w.write_array_length(this->filters.size(), version >= 2);
  for (const auto& e4 : this->filters) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_acls_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->filters.size(), version >= 2);
  for (const auto& e5 : this->filters) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void delete_acls_response_delete_acls_matching_acl::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(version >= 2);
  this->resource_type = r.read_int8();
  this->resource_name = r.read_string(version >= 2);
  if (version >= 1) {
    this->pattern_type = r.read_int8();
  }
  this->principal = r.read_string(version >= 2);
  this->host = r.read_string(version >= 2);
  this->operation = r.read_int8();
  this->permission_type = r.read_int8();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_acls_response_delete_acls_matching_acl::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, version >= 2);
  w.write_int8(this->resource_type);
  w.write_string(this->resource_name, version >= 2);
  if (!(version >= 1) && !(this->pattern_type == 3)) w.fail();
  if (version >= 1) {
    w.write_int8(this->pattern_type);
  }
  w.write_string(this->principal, version >= 2);
  w.write_string(this->host, version >= 2);
  w.write_int8(this->operation);
  w.write_int8(this->permission_type);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_acls_response_delete_acls_matching_acl::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, version >= 2);
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

void delete_acls_response_delete_acls_filter_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->matching_acls;
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

void delete_acls_response_delete_acls_filter_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, version >= 2);
  w.write_array_length(this->matching_acls.size(), version >= 2);
  for (const auto& e4 : this->matching_acls) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_acls_response_delete_acls_filter_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(this->matching_acls.size(), version >= 2);
  for (const auto& e5 : this->matching_acls) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void delete_acls_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n6 = r.read_array_length(version >= 2);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->filter_results;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_acls_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->filter_results.size(), version >= 2);
  for (const auto& e9 : this->filter_results) {
    e9.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_acls_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->filter_results.size(), version >= 2);
  for (const auto& e10 : this->filter_results) {
    n += e10.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
