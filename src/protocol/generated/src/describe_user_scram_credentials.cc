// generated from DescribeUserScramCredentialsRequest.json, DescribeUserScramCredentialsResponse.json; do not edit
#include "gannet/protocol/messages/describe_user_scram_credentials.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_user_scram_credentials_request_user_name::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  r.skip_tagged_fields();
}

void describe_user_scram_credentials_request_user_name::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_uvarint(0);
}

std::size_t describe_user_scram_credentials_request_user_name::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += 1;
  return n;
}

void describe_user_scram_credentials_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      this->users.reset();
    } else {
      auto& v2 = this->users.emplace();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_user_scram_credentials_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  if (!this->users) {
    w.write_null_array_length(true);
  } else {
    w.write_array_length((*this->users).size(), true);
    for (const auto& e4 : (*this->users)) {
      e4.encode(w, version);
    }
  }
  w.write_uvarint(0);
}

std::size_t describe_user_scram_credentials_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (!this->users) {
    n += ::gannet::protocol::wire::null_array_length_size(true);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->users).size(), true);
    for (const auto& e5 : (*this->users)) {
      n += e5.size(version);
    }
  }
  n += 1;
  return n;
}

void describe_user_scram_credentials_response_credential_info::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->mechanism = r.read_int8();
  this->iterations = r.read_int32();
  r.skip_tagged_fields();
}

void describe_user_scram_credentials_response_credential_info::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int8(this->mechanism);
  w.write_int32(this->iterations);
  w.write_uvarint(0);
}

std::size_t describe_user_scram_credentials_response_credential_info::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 1;
  n += 4;
  n += 1;
  return n;
}

void describe_user_scram_credentials_response_describe_user_scram_credentials_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->user = r.read_string(true);
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->credential_infos;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_user_scram_credentials_response_describe_user_scram_credentials_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->user, true);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_array_length(this->credential_infos.size(), true);
  for (const auto& e4 : this->credential_infos) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_user_scram_credentials_response_describe_user_scram_credentials_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->user, true);
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += ::gannet::protocol::wire::array_length_size(this->credential_infos.size(), true);
  for (const auto& e5 : this->credential_infos) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void describe_user_scram_credentials_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->results;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_user_scram_credentials_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_array_length(this->results.size(), true);
  for (const auto& e9 : this->results) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_user_scram_credentials_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += ::gannet::protocol::wire::array_length_size(this->results.size(), true);
  for (const auto& e10 : this->results) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
