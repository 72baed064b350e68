// generated from DescribeDelegationTokenRequest.json, DescribeDelegationTokenResponse.json; do not edit
#include "gannet/protocol/messages/describe_delegation_token.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_delegation_token_request_describe_delegation_token_owner::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->principal_type = r.read_string(version >= 2);
  this->principal_name = r.read_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_delegation_token_request_describe_delegation_token_owner::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->principal_type, version >= 2);
  w.write_string(this->principal_name, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_delegation_token_request_describe_delegation_token_owner::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->principal_type, version >= 2);
  n += ::gannet::protocol::wire::string_size(this->principal_name, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void describe_delegation_token_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      this->owners.reset();
    } else {
      auto& v2 = this->owners.emplace();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_delegation_token_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  if (!this->owners) {
    w.write_null_array_length(version >= 2);
  } else {
    w.write_array_length((*this->owners).size(), version >= 2);
    for (const auto& e4 : (*this->owners)) {
      e4.encode(w, version);
    }
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_delegation_token_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (!this->owners) {
    n += ::gannet::protocol::wire::null_array_length_size(version >= 2);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->owners).size(), version >= 2);
    for (const auto& e5 : (*this->owners)) {
      n += e5.size(version);
    }
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void describe_delegation_token_response_described_delegation_token_renewer::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->principal_type = r.read_string(version >= 2);
  this->principal_name = r.read_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_delegation_token_response_described_delegation_token_renewer::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->principal_type, version >= 2);
  w.write_string(this->principal_name, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_delegation_token_response_described_delegation_token_renewer::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->principal_type, version >= 2);
  n += ::gannet::protocol::wire::string_size(this->principal_name, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void describe_delegation_token_response_described_delegation_token::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->principal_type = r.read_string(version >= 2);
  this->principal_name = r.read_string(version >= 2);
  if (version >= 3) {
    this->token_requester_principal_type = r.read_string(true);
  }
  if (version >= 3) {
    this->token_requester_principal_name = r.read_string(true);
  }
  this->issue_timestamp = r.read_int64();
  this->expiry_timestamp = r.read_int64();
  this->max_timestamp = r.read_int64();
  this->token_id = r.read_string(version >= 2);
  this->hmac = r.read_bytes(version >= 2);
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
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_delegation_token_response_described_delegation_token::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
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
  w.write_int64(this->issue_timestamp);
  w.write_int64(this->expiry_timestamp);
  w.write_int64(this->max_timestamp);
  w.write_string(this->token_id, version >= 2);
  w.write_bytes(this->hmac, version >= 2);
  w.write_array_length(this->renewers.size(), version >= 2);
  for (const auto& e4 : this->renewers) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_delegation_token_response_described_delegation_token::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
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
  n += ::gannet::protocol::wire::array_length_size(this->renewers.size(), version >= 2);
  for (const auto& e5 : this->renewers) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void describe_delegation_token_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  {
    const std::int32_t n6 = r.read_array_length(version >= 2);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->tokens;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  this->throttle_time_ms = r.read_int32();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_delegation_token_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_array_length(this->tokens.size(), version >= 2);
  for (const auto& e9 : this->tokens) {
    e9.encode(w, version);
  }
  w.write_int32(this->throttle_time_ms);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_delegation_token_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->tokens.size(), version >= 2);
  for (const auto& e10 : this->tokens) {
    n += e10.size(version);
  }
  n += 4;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
