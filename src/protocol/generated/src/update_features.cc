// generated from UpdateFeaturesRequest.json, UpdateFeaturesResponse.json; do not edit
#include "gannet/protocol/messages/update_features.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void update_features_request_feature_update_key::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->feature = r.read_string(true);
  this->max_version_level = r.read_int16();
  if (version <= 0) {
    this->allow_downgrade = r.read_bool();
  }
  if (version >= 1) {
    this->upgrade_type = r.read_int8();
  }
  r.skip_tagged_fields();
}

void update_features_request_feature_update_key::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->feature, true);
  w.write_int16(this->max_version_level);
  if (!(version <= 0) && !(this->allow_downgrade == false)) w.fail();
  if (version <= 0) {
    w.write_bool(this->allow_downgrade);
  }
  if (!(version >= 1) && !(this->upgrade_type == 1)) w.fail();
  if (version >= 1) {
    w.write_int8(this->upgrade_type);
  }
  w.write_uvarint(0);
}

std::size_t update_features_request_feature_update_key::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->feature, true);
  n += 2;
  if (version <= 0) {
    n += 1;
  }
  if (version >= 1) {
    n += 1;
  }
  n += 1;
  return n;
}

void update_features_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->timeout_ms = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->feature_updates;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 1) {
    this->validate_only = r.read_bool();
  }
  r.skip_tagged_fields();
}

void update_features_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_int32(this->timeout_ms);
  w.write_array_length(this->feature_updates.size(), true);
  for (const auto& e4 : this->feature_updates) {
    e4.encode(w, version);
  }
  if (!(version >= 1) && !(this->validate_only == false)) w.fail();
  if (version >= 1) {
    w.write_bool(this->validate_only);
  }
  w.write_uvarint(0);
}

std::size_t update_features_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->feature_updates.size(), true);
  for (const auto& e5 : this->feature_updates) {
    n += e5.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  n += 1;
  return n;
}

void update_features_response_updatable_feature_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->feature = r.read_string(true);
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void update_features_response_updatable_feature_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->feature, true);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_uvarint(0);
}

std::size_t update_features_response_updatable_feature_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->feature, true);
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += 1;
  return n;
}

void update_features_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
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

void update_features_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_array_length(this->results.size(), true);
  for (const auto& e4 : this->results) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t update_features_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += ::gannet::protocol::wire::array_length_size(this->results.size(), true);
  for (const auto& e5 : this->results) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
