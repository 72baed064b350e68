// generated from AlterUserScramCredentialsRequest.json, AlterUserScramCredentialsResponse.json; do not edit
#include "gannet/protocol/messages/alter_user_scram_credentials.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void alter_user_scram_credentials_request::scram_credential_deletion::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  mechanism = r.read_int8();
  r.skip_tagged_fields();
}

void alter_user_scram_credentials_request::scram_credential_deletion::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_int8(mechanism);
  w.write_uvarint(0);
}

std::size_t alter_user_scram_credentials_request::scram_credential_deletion::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += 1;
  n += 1;
  return n;
}

void alter_user_scram_credentials_request::scram_credential_upsertion::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  mechanism = r.read_int8();
  iterations = r.read_int32();
  salt = r.read_bytes(true);
  salted_password = r.read_bytes(true);
  r.skip_tagged_fields();
}

void alter_user_scram_credentials_request::scram_credential_upsertion::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_int8(mechanism);
  w.write_int32(iterations);
  w.write_bytes(salt, true);
  w.write_bytes(salted_password, true);
  w.write_uvarint(0);
}

std::size_t alter_user_scram_credentials_request::scram_credential_upsertion::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += 1;
  n += 4;
  n += ::gannet::protocol::wire::bytes_size(salt, true);
  n += ::gannet::protocol::wire::bytes_size(salted_password, true);
  n += 1;
  return n;
}

void alter_user_scram_credentials_response::alter_user_scram_credentials_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  user = r.read_string(true);
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void alter_user_scram_credentials_response::alter_user_scram_credentials_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(user, true);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, true);
  w.write_uvarint(0);
}

std::size_t alter_user_scram_credentials_response::alter_user_scram_credentials_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(user, true);
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, true);
  n += 1;
  return n;
}

}  // namespace gannet::protocol
