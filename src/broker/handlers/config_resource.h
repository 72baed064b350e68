#pragma once
// ConfigResource.Type ids and helpers shared by DescribeConfigs, AlterConfigs
// and IncrementalAlterConfigs.

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gannet::broker::handlers {

inline constexpr std::int8_t resource_topic = 2;
inline constexpr std::int8_t resource_broker = 4;
inline constexpr std::int8_t resource_broker_logger = 8;
inline constexpr std::int8_t resource_client_metrics = 16;

// ConfigResource.Type's name, as Kafka's messages print it.
inline std::string_view resource_type_name(std::int8_t type) {
  switch (type) {
    case resource_topic:
      return "TOPIC";
    case resource_broker:
      return "BROKER";
    case resource_broker_logger:
      return "BROKER_LOGGER";
    case resource_client_metrics:
      return "CLIENT_METRICS";
    case 32:
      return "GROUP";
    default:
      return "UNKNOWN";
  }
}

// Java's Integer.parseInt: an optional sign, then decimal digits.
inline std::optional<std::int32_t> parse_broker_id(std::string_view s) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  std::int32_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

// Kafka's ConfigResource.toString, used in AlterConfigs messages.
inline std::string resource_string(std::int8_t type, const std::string& name) {
  return "ConfigResource(type=" + std::string(resource_type_name(type)) + ", name='" + name + "')";
}

}  // namespace gannet::broker::handlers

#include <boost/asio/awaitable.hpp>

#include "../topic_admin.h"

namespace gannet::broker::handlers {

// The result of one resource of AlterConfigs or IncrementalAlterConfigs.
struct alter_outcome {
  protocol::error_code code = protocol::error_code::none;
  std::string message;  // null in the response when code is none
};

// A topic's overrides are replaced by `next` (already merged with the request's
// operations): validated against the broker layers, then, unless validate_only,
// persisted and applied to the live logs (alter_configs.cc).
// `unknown_topic_message`: what an unknown topic answers.
boost::asio::awaitable<alter_outcome> alter_topic_configs(broker_state& s, std::string topic, config::property_map next,
                                                          bool validate_only, std::string unknown_topic_message);

// Resolves a broker resource name: "" is the cluster-default layer, this
// broker's id the per-broker layer; anything else is INVALID_REQUEST with
// ConfigAdminManager.validateResourceNameIsCurrentNodeId's message.
std::variant<bool, alter_outcome> broker_layer_of(const broker_state& s, const std::string& name);

// Replaces one dynamic broker layer by `next` after DynamicBrokerConfig's checks.
boost::asio::awaitable<alter_outcome> alter_broker_configs(broker_state& s, bool per_broker, config::property_map next,
                                                           bool validate_only);

}  // namespace gannet::broker::handlers
