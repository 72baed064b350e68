// generated from ApiVersionsRequest.json, ApiVersionsResponse.json; do not edit
#include "gannet/protocol/messages/api_versions.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void api_versions_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  if (version >= 3) {
    this->client_software_name = r.read_string(true);
  }
  if (version >= 3) {
    this->client_software_version = r.read_string(true);
  }
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void api_versions_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  if (version >= 3) {
    w.write_string(this->client_software_name, true);
  }
  if (version >= 3) {
    w.write_string(this->client_software_version, true);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t api_versions_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 3) {
    n += ::gannet::protocol::wire::string_size(this->client_software_name, true);
  }
  if (version >= 3) {
    n += ::gannet::protocol::wire::string_size(this->client_software_version, true);
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void api_versions_response_api_version::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->api_key = r.read_int16();
  this->min_version = r.read_int16();
  this->max_version = r.read_int16();
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void api_versions_response_api_version::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(this->api_key);
  w.write_int16(this->min_version);
  w.write_int16(this->max_version);
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t api_versions_response_api_version::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += 2;
  n += 2;
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void api_versions_response_supported_feature_key::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  this->min_version = r.read_int16();
  this->max_version = r.read_int16();
  r.skip_tagged_fields();
}

void api_versions_response_supported_feature_key::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_int16(this->min_version);
  w.write_int16(this->max_version);
  w.write_uvarint(0);
}

std::size_t api_versions_response_supported_feature_key::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += 2;
  n += 2;
  n += 1;
  return n;
}

void api_versions_response_finalized_feature_key::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  this->max_version_level = r.read_int16();
  this->min_version_level = r.read_int16();
  r.skip_tagged_fields();
}

void api_versions_response_finalized_feature_key::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_int16(this->max_version_level);
  w.write_int16(this->min_version_level);
  w.write_uvarint(0);
}

std::size_t api_versions_response_finalized_feature_key::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += 2;
  n += 2;
  n += 1;
  return n;
}

void api_versions_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 4) {
    r.fail();
    return;
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  {
    const std::int32_t n1 = r.read_array_length(version >= 3);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->api_keys;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 1) {
    this->throttle_time_ms = r.read_int32();
  }
  if (version >= 3) {
    const std::uint32_t tagged_count = r.read_uvarint();
    for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
      const std::uint32_t tag = r.read_uvarint();
      ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
      switch (tag) {
        case 0: {
          if (version >= 3) {
            {
              const std::int32_t n4 = tr.read_array_length(true);
              if (n4 < 0) {
                tr.fail();
              } else {
                auto& v5 = this->supported_features;
                v5.clear();
                for (std::int32_t i6 = 0; i6 < n4 && tr.ok(); ++i6) {
                  v5.emplace_back().decode(tr, version);
                }
              }
            }
          }
          break;
        }
        case 1: {
          if (version >= 3) {
            this->finalized_features_epoch = tr.read_int64();
          }
          break;
        }
        case 2: {
          if (version >= 3) {
            {
              const std::int32_t n7 = tr.read_array_length(true);
              if (n7 < 0) {
                tr.fail();
              } else {
                auto& v8 = this->finalized_features;
                v8.clear();
                for (std::int32_t i9 = 0; i9 < n7 && tr.ok(); ++i9) {
                  v8.emplace_back().decode(tr, version);
                }
              }
            }
          }
          break;
        }
        case 3: {
          if (version >= 3) {
            this->zk_migration_ready = tr.read_bool();
          }
          break;
        }
        default:
          break;
      }
      if (!tr.ok()) r.fail();
    }
  }
}

void api_versions_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 4) {
    w.fail();
    return;
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_array_length(this->api_keys.size(), version >= 3);
  for (const auto& e10 : this->api_keys) {
    e10.encode(w, version);
  }
  if (version >= 1) {
    w.write_int32(this->throttle_time_ms);
  }
  if (version >= 3) {
    std::uint32_t tagged_count = 0;
    if ((version >= 3) && !(this->supported_features.empty())) ++tagged_count;
    if ((version >= 3) && !(this->finalized_features_epoch == -1)) ++tagged_count;
    if ((version >= 3) && !(this->finalized_features.empty())) ++tagged_count;
    if ((version >= 3) && !(this->zk_migration_ready == false)) ++tagged_count;
    w.write_uvarint(tagged_count);
    if ((version >= 3) && !(this->supported_features.empty())) {
      w.write_uvarint(0);
      std::size_t fs = 0;
      fs += ::gannet::protocol::wire::array_length_size(this->supported_features.size(), true);
      for (const auto& e11 : this->supported_features) {
        fs += e11.size(version);
      }
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      w.write_array_length(this->supported_features.size(), true);
      for (const auto& e12 : this->supported_features) {
        e12.encode(w, version);
      }
    }
    if ((version >= 3) && !(this->finalized_features_epoch == -1)) {
      w.write_uvarint(1);
      std::size_t fs = 0;
      fs += 8;
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      w.write_int64(this->finalized_features_epoch);
    }
    if ((version >= 3) && !(this->finalized_features.empty())) {
      w.write_uvarint(2);
      std::size_t fs = 0;
      fs += ::gannet::protocol::wire::array_length_size(this->finalized_features.size(), true);
      for (const auto& e13 : this->finalized_features) {
        fs += e13.size(version);
      }
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      w.write_array_length(this->finalized_features.size(), true);
      for (const auto& e14 : this->finalized_features) {
        e14.encode(w, version);
      }
    }
    if ((version >= 3) && !(this->zk_migration_ready == false)) {
      w.write_uvarint(3);
      std::size_t fs = 0;
      fs += 1;
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      w.write_bool(this->zk_migration_ready);
    }
  }
}

std::size_t api_versions_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->api_keys.size(), version >= 3);
  for (const auto& e15 : this->api_keys) {
    n += e15.size(version);
  }
  if (version >= 1) {
    n += 4;
  }
  if (version >= 3) {
    std::uint32_t tagged_count = 0;
    if ((version >= 3) && !(this->supported_features.empty())) {
      std::size_t fs = 0;
      fs += ::gannet::protocol::wire::array_length_size(this->supported_features.size(), true);
      for (const auto& e16 : this->supported_features) {
        fs += e16.size(version);
      }
      n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    if ((version >= 3) && !(this->finalized_features_epoch == -1)) {
      std::size_t fs = 0;
      fs += 8;
      n += ::gannet::protocol::wire::uvarint_size(1) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    if ((version >= 3) && !(this->finalized_features.empty())) {
      std::size_t fs = 0;
      fs += ::gannet::protocol::wire::array_length_size(this->finalized_features.size(), true);
      for (const auto& e17 : this->finalized_features) {
        fs += e17.size(version);
      }
      n += ::gannet::protocol::wire::uvarint_size(2) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    if ((version >= 3) && !(this->zk_migration_ready == false)) {
      std::size_t fs = 0;
      fs += 1;
      n += ::gannet::protocol::wire::uvarint_size(3) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  }
  return n;
}

}  // namespace gannet::protocol
