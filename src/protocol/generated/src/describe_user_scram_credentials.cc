// generated from DescribeUserScramCredentialsRequest.json, DescribeUserScramCredentialsResponse.json; do not edit
#include "gannet/protocol/messages/describe_user_scram_credentials.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_user_scram_credentials_request::user_name::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  r.skip_tagged_fields();
}

void describe_user_scram_credentials_request::user_name::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_uvarint(0);
}

std::size_t describe_user_scram_credentials_request::user_name::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += 1;
  return n;
}

void describe_user_scram_credentials_response::credential_info::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  mechanism = r.read_int8();
  iterations = r.read_int32();
  r.skip_tagged_fields();
}

void describe_user_scram_credentials_response::credential_info::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int8(mechanism);
  w.write_int32(iterations);
  w.write_uvarint(0);
}

std::size_t describe_user_scram_credentials_response::credential_info::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 1;
  n += 4;
  n += 1;
  return n;
}

void describe_user_scram_credentials_response::describe_user_scram_credentials_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  user = r.read_string(true);
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = credential_infos;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_user_scram_credentials_response::describe_user_scram_credentials_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(user, true);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, true);
  w.write_array_length(credential_infos.size(), true);
  for (const auto& e4 : credential_infos) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_user_scram_credentials_response::describe_user_scram_credentials_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(user, true);
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, true);
  n += ::gannet::protocol::wire::array_length_size(credential_infos.size(), true);
  for (const auto& e5 : credential_infos) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
