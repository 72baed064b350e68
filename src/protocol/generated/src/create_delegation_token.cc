// generated from CreateDelegationTokenRequest.json, CreateDelegationTokenResponse.json; do not edit
#include "gannet/protocol/messages/create_delegation_token.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void create_delegation_token_request_creatable_renewers::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->principal_type = r.read_string(version >= 2);
  this->principal_name = r.read_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_delegation_token_request_creatable_renewers::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->principal_type, version >= 2);
  w.write_string(this->principal_name, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_delegation_token_request_creatable_renewers::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->principal_type, version >= 2);
  n += ::gannet::protocol::wire::string_size(this->principal_name, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void create_delegation_token_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  if (version >= 3) {
    this->owner_principal_type = r.read_nullable_string(true);
  }
  if (version >= 3) {
    this->owner_principal_name = r.read_nullable_string(true);
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->renewers;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  this->max_lifetime_ms = r.read_int64();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_delegation_token_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  if (!(version >= 3) && !(this->owner_principal_type.has_value() && (*this->owner_principal_type).empty())) w.fail();
  if (version >= 3) {
    w.write_nullable_string(this->owner_principal_type, true);
  }
  if (!(version >= 3) && !(this->owner_principal_name.has_value() && (*this->owner_principal_name).empty())) w.fail();
  if (version >= 3) {
    w.write_nullable_string(this->owner_principal_name, true);
  }
  w.write_array_length(this->renewers.size(), version >= 2);
  for (const auto& e4 : this->renewers) {
    e4.encode(w, version);
  }
  w.write_int64(this->max_lifetime_ms);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_delegation_token_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 3) {
    n += ::gannet::protocol::wire::nullable_string_size(this->owner_principal_type, true);
  }
  if (version >= 3) {
    n += ::gannet::protocol::wire::nullable_string_size(this->owner_principal_name, true);
  }
  n += ::gannet::protocol::wire::array_length_size(this->renewers.size(), version >= 2);
  for (const auto& e5 : this->renewers) {
    n += e5.size(version);
  }
  n += 8;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void create_delegation_token_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->principal_type = r.read_string(version >= 2);
  this->principal_name = r.read_string(version >= 2);
  if (version >= 3) {
    this->token_requester_principal_type = r.read_string(true);
  }
  if (version >= 3) {
    this->token_requester_principal_name = r.read_string(true);
  }
  this->issue_timestamp_ms = r.read_int64();
  this->expiry_timestamp_ms = r.read_int64();
  this->max_timestamp_ms = r.read_int64();
  this->token_id = r.read_string(version >= 2);
  this->hmac = r.read_bytes(version >= 2);
  this->throttle_time_ms = r.read_int32();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void create_delegation_token_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_string(this->principal_type, version >= 2);
  w.write_string(this->principal_name, version >= 2);
  if (!(version >= 3) && !(this->token_requester_principal_type.empty())) w.fail();
  if (version >= 3) {
    w.write_string(this->token_requester_principal_type, true);
  }
  if (!(version >= 3) && !(this->token_requester_principal_name.empty())) w.fail();
  if (version >= 3) {
    w.write_string(this->token_requester_principal_name, true);
  }
  w.write_int64(this->issue_timestamp_ms);
  w.write_int64(this->expiry_timestamp_ms);
  w.write_int64(this->max_timestamp_ms);
  w.write_string(this->token_id, version >= 2);
  w.write_bytes(this->hmac, version >= 2);
  w.write_int32(this->throttle_time_ms);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t create_delegation_token_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::string_size(this->principal_type, version >= 2);
  n += ::gannet::protocol::wire::string_size(this->principal_name, version >= 2);
  if (version >= 3) {
    n += ::gannet::protocol::wire::string_size(this->token_requester_principal_type, true);
  }
  if (version >= 3) {
    n += ::gannet::protocol::wire::string_size(this->token_requester_principal_name, true);
  }
  n += 8;
  n += 8;
  n += 8;
  n += ::gannet::protocol::wire::string_size(this->token_id, version >= 2);
  n += ::gannet::protocol::wire::bytes_size(this->hmac, version >= 2);
  n += 4;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
