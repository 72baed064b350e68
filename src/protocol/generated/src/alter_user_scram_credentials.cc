// generated from AlterUserScramCredentialsRequest.json, AlterUserScramCredentialsResponse.json; do not edit
#include "gannet/protocol/messages/alter_user_scram_credentials.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void alter_user_scram_credentials_request_scram_credential_deletion::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  this->mechanism = r.read_int8();
  r.skip_tagged_fields();
}

void alter_user_scram_credentials_request_scram_credential_deletion::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_int8(this->mechanism);
  w.write_uvarint(0);
}

std::size_t alter_user_scram_credentials_request_scram_credential_deletion::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += 1;
  n += 1;
  return n;
}

void alter_user_scram_credentials_request_scram_credential_upsertion::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  this->mechanism = r.read_int8();
  this->iterations = r.read_int32();
  this->salt = r.read_bytes(true);
  this->salted_password = r.read_bytes(true);
  r.skip_tagged_fields();
}

void alter_user_scram_credentials_request_scram_credential_upsertion::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_int8(this->mechanism);
  w.write_int32(this->iterations);
  w.write_bytes(this->salt, true);
  w.write_bytes(this->salted_password, true);
  w.write_uvarint(0);
}

std::size_t alter_user_scram_credentials_request_scram_credential_upsertion::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += 1;
  n += 4;
  n += ::gannet::protocol::wire::bytes_size(this->salt, true);
  n += ::gannet::protocol::wire::bytes_size(this->salted_password, true);
  n += 1;
  return n;
}

void alter_user_scram_credentials_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->deletions;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  {
    const std::int32_t n4 = r.read_array_length(true);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = this->upsertions;
      v5.clear();
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void alter_user_scram_credentials_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_array_length(this->deletions.size(), true);
  for (const auto& e7 : this->deletions) {
    e7.encode(w, version);
  }
  w.write_array_length(this->upsertions.size(), true);
  for (const auto& e8 : this->upsertions) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t alter_user_scram_credentials_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->deletions.size(), true);
  for (const auto& e9 : this->deletions) {
    n += e9.size(version);
  }
  n += ::gannet::protocol::wire::array_length_size(this->upsertions.size(), true);
  for (const auto& e10 : this->upsertions) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void alter_user_scram_credentials_response_alter_user_scram_credentials_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->user = r.read_string(true);
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void alter_user_scram_credentials_response_alter_user_scram_credentials_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->user, true);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_uvarint(0);
}

std::size_t alter_user_scram_credentials_response_alter_user_scram_credentials_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->user, true);
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += 1;
  return n;
}

void alter_user_scram_credentials_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void alter_user_scram_credentials_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->results.size(), true);
  for (const auto& e4 : this->results) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t alter_user_scram_credentials_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->results.size(), true);
  for (const auto& e5 : this->results) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
