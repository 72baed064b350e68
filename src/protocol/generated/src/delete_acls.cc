// generated from DeleteAclsRequest.json, DeleteAclsResponse.json; do not edit
#include "gannet/protocol/messages/delete_acls.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void delete_acls_request::delete_acls_filter::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  resource_type_filter = r.read_int8();
  resource_name_filter = r.read_nullable_string(version >= 2);
  if (version >= 1) {
    pattern_type_filter = r.read_int8();
  }
  principal_filter = r.read_nullable_string(version >= 2);
  host_filter = r.read_nullable_string(version >= 2);
  operation = r.read_int8();
  permission_type = r.read_int8();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_acls_request::delete_acls_filter::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int8(resource_type_filter);
  w.write_nullable_string(resource_name_filter, version >= 2);
  if (!(version >= 1) && !(pattern_type_filter == 3)) w.fail();
  if (version >= 1) {
    w.write_int8(pattern_type_filter);
  }
  w.write_nullable_string(principal_filter, version >= 2);
  w.write_nullable_string(host_filter, version >= 2);
  w.write_int8(operation);
  w.write_int8(permission_type);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_acls_request::delete_acls_filter::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 1;
  n += ::gannet::protocol::wire::nullable_string_size(resource_name_filter, version >= 2);
  if (version >= 1) {
    n += 1;
  }
  n += ::gannet::protocol::wire::nullable_string_size(principal_filter, version >= 2);
  n += ::gannet::protocol::wire::nullable_string_size(host_filter, version >= 2);
  n += 1;
  n += 1;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void delete_acls_response::delete_acls_matching_acl::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(version >= 2);
  resource_type = r.read_int8();
  resource_name = r.read_string(version >= 2);
  if (version >= 1) {
    pattern_type = r.read_int8();
  }
  principal = r.read_string(version >= 2);
  host = r.read_string(version >= 2);
  operation = r.read_int8();
  permission_type = r.read_int8();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void delete_acls_response::delete_acls_matching_acl::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, version >= 2);
  w.write_int8(resource_type);
  w.write_string(resource_name, version >= 2);
  if (!(version >= 1) && !(pattern_type == 3)) w.fail();
  if (version >= 1) {
    w.write_int8(pattern_type);
  }
  w.write_string(principal, version >= 2);
  w.write_string(host, version >= 2);
  w.write_int8(operation);
  w.write_int8(permission_type);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_acls_response::delete_acls_matching_acl::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, version >= 2);
  n += 1;
  n += ::gannet::protocol::wire::string_size(resource_name, version >= 2);
  if (version >= 1) {
    n += 1;
  }
  n += ::gannet::protocol::wire::string_size(principal, version >= 2);
  n += ::gannet::protocol::wire::string_size(host, version >= 2);
  n += 1;
  n += 1;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void delete_acls_response::delete_acls_filter_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = matching_acls;
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

void delete_acls_response::delete_acls_filter_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, version >= 2);
  w.write_array_length(matching_acls.size(), version >= 2);
  for (const auto& e4 : matching_acls) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t delete_acls_response::delete_acls_filter_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(matching_acls.size(), version >= 2);
  for (const auto& e5 : matching_acls) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
