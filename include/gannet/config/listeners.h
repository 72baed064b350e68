#pragma once
// Parsing of `listeners` / `advertised.listeners` and the advertised defaults,
// as Kafka does (SocketServerConfigs.listenerListToEndPoints, KafkaConfig
// validation, KafkaServer's endpoint registration).

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace gannet::config {

struct endpoint {
  std::string listener_name;      // upper case, e.g. "PLAINTEXT"
  std::string host;               // empty = all interfaces (bind) / unresolved (advertise)
  std::int32_t port = 0;          // 0 = ephemeral (tests)
  std::string security_protocol;  // PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL

  bool operator==(const endpoint&) const = default;
  // NAME://host:port, IPv6 hosts in brackets.
  std::string to_string() const;
};

// Listener name -> security protocol, from "NAME:PROTOCOL,...". Throws
// config_error naming listener.security.protocol.map when malformed.
std::map<std::string, std::string> parse_security_protocol_map(std::string_view value);

// Parses "NAME://host:port,..." (empty host allowed, IPv6 in brackets).
// Throws config_error naming `key` for a malformed entry, a listener name
// without a security protocol, or (for `listeners`) duplicate names or ports.
std::vector<endpoint> parse_listeners(std::string_view key, std::string_view value,
                                      const std::map<std::string, std::string>& protocol_map);

// The host Kafka advertises for a listener with an empty host:
// InetAddress.getLocalHost().getCanonicalHostName(), falling back to the host
// name and then to "localhost".
std::string canonical_local_host_name();

// Endpoints given to clients: `advertised` when set, else `listeners`, with
// an empty host replaced by `local_host()`. Throws config_error when an
// advertised host is 0.0.0.0 (Kafka's "nonroutable meta-address" check) or
// an advertised name is not among the listeners.
std::vector<endpoint> effective_advertised_listeners(
    const std::vector<endpoint>& listeners, const std::vector<endpoint>* advertised,
    const std::function<std::string()>& local_host = canonical_local_host_name);

}  // namespace gannet::config
