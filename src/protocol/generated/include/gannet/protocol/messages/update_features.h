// generated from UpdateFeaturesRequest.json, UpdateFeaturesResponse.json; do not edit
#pragma once
// Kafka wire messages; format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// update_features_request::feature_update_key
struct update_features_request_feature_update_key {
  // The name of the finalized feature to be updated.
  std::string feature = "";
  // The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is
  // special, and can be used to request the deletion of the finalized feature.
  std::int16_t max_version_level = 0;
  // DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version
  // level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum
  // version level is a value that's not lower than the existing maximum finalized version level.
  // (versions 0-0)
  bool allow_downgrade = false;
  // Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2
  // is safe downgrades only (lossless), 3 is unsafe downgrades (lossy). (versions 1+)
  std::int8_t upgrade_type = 1;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_features_request_feature_update_key&) const = default;
};

// UpdateFeaturesRequest: request (api key 57), versions 0-1, flexible 0+.
struct update_features_request {
  using feature_update_key = ::gannet::protocol::update_features_request_feature_update_key;

  static constexpr std::int16_t message_api_key = 57;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // How long to wait in milliseconds before timing out the request.
  std::int32_t timeout_ms = 60000;
  // The list of updates to finalized features.
  std::vector<::gannet::protocol::update_features_request_feature_update_key> feature_updates{};
  // True if we should validate the request, but not perform the upgrade or downgrade. (versions 1+)
  bool validate_only = false;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_features_request&) const = default;
};

// update_features_response::updatable_feature_result
struct update_features_response_updatable_feature_result {
  // The name of the finalized feature.
  std::string feature = "";
  // The feature update error code or `0` if the feature update succeeded.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The feature update error, or `null` if the feature update succeeded. (nullable 0+)
  std::optional<std::string> error_message = std::string();

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_features_response_updatable_feature_result&) const = default;
};

// UpdateFeaturesResponse: response (api key 57), versions 0-1, flexible 0+.
struct update_features_response {
  using updatable_feature_result = ::gannet::protocol::update_features_response_updatable_feature_result;

  static constexpr std::int16_t message_api_key = 57;
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 0;

  // The duration in milliseconds for which the request was throttled due to a quota violation, or
  // zero if the request did not violate any quota.
  std::int32_t throttle_time_ms = 0;
  // The top-level error code, or `0` if there was no top-level error.
  ::gannet::protocol::error_code error_code = ::gannet::protocol::error_code{};
  // The top-level error message, or `null` if there was no top-level error. (nullable 0+)
  std::optional<std::string> error_message = std::string();
  // Results for each feature update.
  std::vector<::gannet::protocol::update_features_response_updatable_feature_result> results{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::update_features_response&) const = default;
};

}  // namespace gannet::protocol
