// generated from UpdateFeaturesRequest.json, UpdateFeaturesResponse.json; do not edit
#include "gannet/protocol/messages/update_features.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void update_features_request::feature_update_key::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  feature = r.read_string(true);
  max_version_level = r.read_int16();
  if (version <= 0) {
    allow_downgrade = r.read_bool();
  }
  if (version >= 1) {
    upgrade_type = r.read_int8();
  }
  r.skip_tagged_fields();
}

void update_features_request::feature_update_key::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(feature, true);
  w.write_int16(max_version_level);
  if (!(version <= 0) && !(allow_downgrade == false)) w.fail();
  if (version <= 0) {
    w.write_bool(allow_downgrade);
  }
  if (!(version >= 1) && !(upgrade_type == 1)) w.fail();
  if (version >= 1) {
    w.write_int8(upgrade_type);
  }
  w.write_uvarint(0);
}

std::size_t update_features_request::feature_update_key::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(feature, true);
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

void update_features_response::updatable_feature_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  feature = r.read_string(true);
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void update_features_response::updatable_feature_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(feature, true);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, true);
  w.write_uvarint(0);
}

std::size_t update_features_response::updatable_feature_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(feature, true);
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, true);
  n += 1;
  return n;
}

}  // namespace gannet::protocol
