// generated from CreateAclsRequest.json, CreateAclsResponse.json; do not edit
#include "gannet/protocol/messages/create_acls.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void create_acls_request::acl_creation::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  resource_type = r.read_int8();
  resource_name = r.read_string(version >= 2);
  if (version >= 1) {
    resource_pattern_type = r.read_int8();
  }
  principal = r.read_string(version >= 2);
  host = r.read_string(version >= 2);
  operation = r.read_int8();
  permission_type = r.read_int8();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_acls_request::acl_creation::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int8(resource_type);
  w.write_string(resource_name, version >= 2);
  if (!(version >= 1) && !(resource_pattern_type == 3)) w.fail();
  if (version >= 1) {
    w.write_int8(resource_pattern_type);
  }
  w.write_string(principal, version >= 2);
  w.write_string(host, version >= 2);
  w.write_int8(operation);
  w.write_int8(permission_type);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_acls_request::acl_creation::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
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

void create_acls_response::acl_creation_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_acls_response::acl_creation_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_acls_response::acl_creation_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
