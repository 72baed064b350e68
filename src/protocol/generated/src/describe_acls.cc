// generated from DescribeAclsRequest.json, DescribeAclsResponse.json; do not edit
#include "gannet/protocol/messages/describe_acls.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_acls_response::acl_description::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  principal = r.read_string(version >= 2);
  host = r.read_string(version >= 2);
  operation = r.read_int8();
  permission_type = r.read_int8();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_acls_response::acl_description::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(principal, version >= 2);
  w.write_string(host, version >= 2);
  w.write_int8(operation);
  w.write_int8(permission_type);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_acls_response::acl_description::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(principal, version >= 2);
  n += ::gannet::protocol::wire::string_size(host, version >= 2);
  n += 1;
  n += 1;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void describe_acls_response::describe_acls_resource::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  resource_type = r.read_int8();
  resource_name = r.read_string(version >= 2);
  if (version >= 1) {
    pattern_type = r.read_int8();
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = acls;
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

void describe_acls_response::describe_acls_resource::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int8(resource_type);
  w.write_string(resource_name, version >= 2);
  if (!(version >= 1) && !(pattern_type == 3)) w.fail();
  if (version >= 1) {
    w.write_int8(pattern_type);
  }
  w.write_array_length(acls.size(), version >= 2);
  for (const auto& e4 : acls) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_acls_response::describe_acls_resource::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 1;
  n += ::gannet::protocol::wire::string_size(resource_name, version >= 2);
  if (version >= 1) {
    n += 1;
  }
  n += ::gannet::protocol::wire::array_length_size(acls.size(), version >= 2);
  for (const auto& e5 : acls) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
