// generated from ApiVersionsRequest.json, ApiVersionsResponse.json; do not edit
#include "gannet/protocol/messages/api_versions.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void api_versions_response::api_version::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  api_key = r.read_int16();
  min_version = r.read_int16();
  max_version = r.read_int16();
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void api_versions_response::api_version::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(api_key);
  w.write_int16(min_version);
  w.write_int16(max_version);
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t api_versions_response::api_version::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 2;
  n += 2;
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void api_versions_response::supported_feature_key::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  min_version = r.read_int16();
  max_version = r.read_int16();
  r.skip_tagged_fields();
}

void api_versions_response::supported_feature_key::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_int16(min_version);
  w.write_int16(max_version);
  w.write_uvarint(0);
}

std::size_t api_versions_response::supported_feature_key::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += 2;
  n += 2;
  n += 1;
  return n;
}

void api_versions_response::finalized_feature_key::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  max_version_level = r.read_int16();
  min_version_level = r.read_int16();
  r.skip_tagged_fields();
}

void api_versions_response::finalized_feature_key::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_int16(max_version_level);
  w.write_int16(min_version_level);
  w.write_uvarint(0);
}

std::size_t api_versions_response::finalized_feature_key::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += 2;
  n += 2;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
