#include "gannet/config/listeners.h"

#include <netdb.h>
#include <unistd.h>

#include <algorithm>
#include <regex>
#include <set>

#include "gannet/config/config_error.h"
#include "gannet/config/config_key.h"

namespace gannet::config {
namespace {

[[noreturn]] void fail(std::string_view key, std::string_view value, const std::string& reason) {
  throw config_error(std::string(key),
                     "Invalid value " + std::string(value) + " for configuration " + std::string(key) + ": " + reason);
}

std::string upper(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

}  // namespace

std::string endpoint::to_string() const {
  const bool ipv6 = host.find(':') != std::string::npos;
  return listener_name + "://" + (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::map<std::string, std::string> parse_security_protocol_map(std::string_view value) {
  static const std::set<std::string, std::less<>> protocols = {"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"};
  constexpr std::string_view key = "listener.security.protocol.map";
  std::map<std::string, std::string> out;
  for (const auto& entry : split_list(value)) {
    auto colon = entry.find(':');
    if (colon == std::string::npos) fail(key, value, "Malformed entry '" + entry + "': expected NAME:PROTOCOL");
    std::string name = upper(java_trim(std::string_view(entry).substr(0, colon)));
    std::string protocol = upper(java_trim(std::string_view(entry).substr(colon + 1)));
    if (!protocols.contains(protocol)) fail(key, value, "Unknown security protocol " + protocol);
    out[name] = protocol;
  }
  return out;
}

std::vector<endpoint> parse_listeners(std::string_view key, std::string_view value,
                                      const std::map<std::string, std::string>& protocol_map) {
  // SocketServerConfigs.URI_PARSE_REGEXP.
  static const std::regex uri(R"(^(.*)://\[?([0-9a-zA-Z\-%._:]*)\]?:(-?[0-9]+)$)");
  std::vector<endpoint> out;
  for (const auto& entry : split_list(value)) {
    std::smatch m;
    if (!std::regex_match(entry, m, uri)) fail(key, value, "Unable to parse " + entry + " to a broker endpoint");
    endpoint ep;
    ep.listener_name = upper(m[1].str());
    ep.host = m[2].str();
    try {
      std::size_t used = 0;
      int port = std::stoi(m[3].str(), &used);
      if (port < 0 || port > 65535) fail(key, value, "Invalid port " + m[3].str() + " in " + entry);
      ep.port = port;
    } catch (const std::out_of_range&) {
      fail(key, value, "Invalid port " + m[3].str() + " in " + entry);
    }
    auto protocol = protocol_map.find(ep.listener_name);
    if (protocol == protocol_map.end())
      fail(key, value, "No security protocol defined for listener " + ep.listener_name);
    ep.security_protocol = protocol->second;
    out.push_back(std::move(ep));
  }
  if (key == "listeners") {
    std::set<std::string> names;
    std::set<std::pair<std::string, int>> ports;
    for (const auto& ep : out) {
      if (!names.insert(ep.listener_name).second)
        fail(key, value, "Each listener must have a different name, listeners: " + std::string(value));
      // Kafka allows one port twice only for an IPv4 and an IPv6 host;
      // distinct hosts are accepted here and the bind reports real clashes.
      if (ep.port != 0 && !ports.insert({ep.host, ep.port}).second)
        fail(key, value, "Each listener must have a different port, listeners: " + std::string(value));
    }
  }
  return out;
}

std::string canonical_local_host_name() {
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "localhost";
  addrinfo hints{};
  hints.ai_flags = AI_CANONNAME;
  hints.ai_family = AF_UNSPEC;
  addrinfo* info = nullptr;
  std::string out = name;
  if (::getaddrinfo(name, nullptr, &hints, &info) == 0 && info != nullptr) {
    if (info->ai_canonname != nullptr && info->ai_canonname[0] != '\0') out = info->ai_canonname;
    ::freeaddrinfo(info);
  }
  return out;
}

std::vector<endpoint> effective_advertised_listeners(const std::vector<endpoint>& listeners,
                                                     const std::vector<endpoint>* advertised,
                                                     const std::function<std::string()>& local_host) {
  std::vector<endpoint> out = advertised != nullptr ? *advertised : listeners;
  std::string resolved;
  for (auto& ep : out) {
    if (ep.host.empty()) {
      if (resolved.empty()) resolved = local_host();
      ep.host = resolved;
    }
    if (ep.host == "0.0.0.0")
      throw config_error("advertised.listeners",
                         "advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP "
                         "address.");
    const bool known = std::any_of(listeners.begin(), listeners.end(),
                                   [&](const endpoint& l) { return l.listener_name == ep.listener_name; });
    if (!known) {
      std::string names;
      for (const auto& l : listeners)
        names += (names.empty() ? "" : ",") + l.listener_name;
      throw config_error("advertised.listeners",
                         "advertised.listeners listener names must be equal to or a subset of the ones defined in "
                         "listeners. Found " +
                             ep.listener_name + ". The valid options based on the current configuration are " + names);
    }
  }
  return out;
}

}  // namespace gannet::config
