// generated from ApiVersionsRequest.json, ApiVersionsResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// ApiVersionsRequest: request (api key 18), versions 0-4, flexible 3+.
struct api_versions_request {
  static constexpr std::int16_t message_api_key = 18;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // The name of the client. (versions 3+)
  std::string client_software_name = "";
  // The version of the client. (versions 3+)
  std::string client_software_version = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::api_versions_request&) const = default;
};

// api_versions_response::api_version
struct api_versions_response_api_version {
  // The API index.
  std::int16_t api_key = 0;
  // The minimum supported version, inclusive.
  std::int16_t min_version = 0;
  // The maximum supported version, inclusive.
  std::int16_t max_version = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::api_versions_response_api_version&) const = default;
};

// api_versions_response::supported_feature_key
struct api_versions_response_supported_feature_key {
  // The name of the feature. (versions 3+)
  std::string name = "";
  // The minimum supported version for the feature. (versions 3+)
  std::int16_t min_version = 0;
  // The maximum supported version for the feature. (versions 3+)
  std::int16_t max_version = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::api_versions_response_supported_feature_key&) const = default;
};

// api_versions_response::finalized_feature_key
struct api_versions_response_finalized_feature_key {
  // The name of the feature. (versions 3+)
  std::string name = "";
  // The cluster-wide finalized max version level for the feature. (versions 3+)
  std::int16_t max_version_level = 0;
  // The cluster-wide finalized min version level for the feature. (versions 3+)
  std::int16_t min_version_level = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::api_versions_response_finalized_feature_key&) const = default;
};

// ApiVersionsResponse: response (api key 18), versions 0-4, flexible 3+.
struct api_versions_response {
  using api_version = ::gannet::protocol::api_versions_response_api_version;
  using supported_feature_key = ::gannet::protocol::api_versions_response_supported_feature_key;
  using finalized_feature_key = ::gannet::protocol::api_versions_response_finalized_feature_key;

  static constexpr std::int16_t message_api_key = 18;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 4;
  static constexpr std::int16_t message_first_flexible_version = 3;

  // The top-level error code.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The APIs supported by the broker.
  std::vector<::gannet::protocol::api_versions_response_api_version> api_keys{};
  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota. (versions 1+)
  std::int32_t throttle_time_ms = 0;
  // Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are
  // omitted. (versions 3+, tag 0)
  std::vector<::gannet::protocol::api_versions_response_supported_feature_key> supported_features{};
  // The monotonically increasing epoch for the finalized features information. Valid values are >=
  // 0. A value of -1 is special and represents unknown epoch. (versions 3+, tag 1)
  std::int64_t finalized_features_epoch = -1;
  // List of cluster-wide finalized features. The information is valid only if
  // FinalizedFeaturesEpoch >= 0. (versions 3+, tag 2)
  std::vector<::gannet::protocol::api_versions_response_finalized_feature_key> finalized_features{};
  // Set by a KRaft controller if the required configurations for ZK migration are present (versions
  // 3+, tag 3)
  bool zk_migration_ready = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::api_versions_response&) const = default;
};

}  // namespace gannet::protocol
