// generated from DescribeDelegationTokenRequest.json, DescribeDelegationTokenResponse.json; do not edit
#include "gannet/protocol/messages/describe_delegation_token.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_delegation_token_request::describe_delegation_token_owner::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  principal_type = r.read_string(version >= 2);
  principal_name = r.read_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_delegation_token_request::describe_delegation_token_owner::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(principal_type, version >= 2);
  w.write_string(principal_name, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_delegation_token_request::describe_delegation_token_owner::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(principal_type, version >= 2);
  n += ::gannet::protocol::wire::string_size(principal_name, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void describe_delegation_token_response::described_delegation_token_renewer::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  principal_type = r.read_string(version >= 2);
  principal_name = r.read_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void describe_delegation_token_response::described_delegation_token_renewer::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(principal_type, version >= 2);
  w.write_string(principal_name, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_delegation_token_response::described_delegation_token_renewer::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(principal_type, version >= 2);
  n += ::gannet::protocol::wire::string_size(principal_name, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void describe_delegation_token_response::described_delegation_token::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  principal_type = r.read_string(version >= 2);
  principal_name = r.read_string(version >= 2);
  if (version >= 3) {
    token_requester_principal_type = r.read_string(true);
  }
  if (version >= 3) {
    token_requester_principal_name = r.read_string(true);
  }
  issue_timestamp = r.read_int64();
  expiry_timestamp = r.read_int64();
  max_timestamp = r.read_int64();
  token_id = r.read_string(version >= 2);
  hmac = r.read_bytes(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = renewers;
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

void describe_delegation_token_response::described_delegation_token::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(principal_type, version >= 2);
  w.write_string(principal_name, version >= 2);
  if (!(version >= 3) && !(token_requester_principal_type.empty())) w.fail();
  if (version >= 3) {
    w.write_string(token_requester_principal_type, true);
  }
  if (!(version >= 3) && !(token_requester_principal_name.empty())) w.fail();
  if (version >= 3) {
    w.write_string(token_requester_principal_name, true);
  }
  w.write_int64(issue_timestamp);
  w.write_int64(expiry_timestamp);
  w.write_int64(max_timestamp);
  w.write_string(token_id, version >= 2);
  w.write_bytes(hmac, version >= 2);
  w.write_array_length(renewers.size(), version >= 2);
  for (const auto& e4 : renewers) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t describe_delegation_token_response::described_delegation_token::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(principal_type, version >= 2);
  n += ::gannet::protocol::wire::string_size(principal_name, version >= 2);
  if (version >= 3) {
    n += ::gannet::protocol::wire::string_size(token_requester_principal_type, true);
  }
  if (version >= 3) {
    n += ::gannet::protocol::wire::string_size(token_requester_principal_name, true);
  }
  n += 8;
  n += 8;
  n += 8;
  n += ::gannet::protocol::wire::string_size(token_id, version >= 2);
  n += ::gannet::protocol::wire::bytes_size(hmac, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(renewers.size(), version >= 2);
  for (const auto& e5 : renewers) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
