// /brokers/ids/<id>: Kafka's BrokerIdZNode (ZkData.scala, 3.9).
#include <algorithm>
#include <array>
#include <cctype>

#include "gannet/cluster/zk_data.h"
#include "json_in.h"
#include "json_out.h"
#include "jvm_map_order.h"

namespace gannet::cluster {
namespace {

constexpr std::array<std::string_view, 4> security_protocols = {"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"};

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// SecurityProtocol.forName: the enum's name, case-insensitively.
std::optional<std::string> security_protocol_for_name(std::string_view name) {
  auto u = upper(name);
  for (auto p : security_protocols) {
    if (u == p) return std::string(p);
  }
  return std::nullopt;
}

bool is_host_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '%' || c == '.' || c == '_' || c == ':';
}

// Kafka's ^(.*)://\[?([0-9a-zA-Z\-%._:]*)\]?:(-?[0-9]+) matched against the
// whole entry. The greedy (.*) makes the last "://" that leaves a valid
// host:port the separator, and the greedy host makes the port follow the last ':'.
struct parsed_endpoint {
  std::string listener, host;
  std::int32_t port;
};
std::optional<parsed_endpoint> parse_endpoint(std::string_view entry) {
  for (auto sep = entry.rfind("://"); sep != std::string_view::npos;
       sep = sep == 0 ? std::string_view::npos : entry.rfind("://", sep - 1)) {
    std::string_view rest = entry.substr(sep + 3);
    auto colon = rest.rfind(':');
    if (colon == std::string_view::npos) continue;
    std::string_view host = rest.substr(0, colon);
    auto port = json_in::parse_java_int(rest.substr(colon + 1));
    std::string_view port_text = rest.substr(colon + 1);
    if (!port || port_text.empty() || port_text[0] == '+') continue;
    if (!host.empty() && host.front() == '[') host.remove_prefix(1);
    if (!host.empty() && host.back() == ']') host.remove_suffix(1);
    if (!std::all_of(host.begin(), host.end(), is_host_char)) continue;
    return parsed_endpoint{std::string(entry.substr(0, sep)), std::string(host), *port};
  }
  return std::nullopt;
}

// Csv.parseCsvList(input.trim()): split on commas, whitespace around them dropped.
std::vector<std::string> split_csv(const std::string& input) {
  std::vector<std::string> out;
  auto is_space = [](char c) { return static_cast<unsigned char>(c) <= ' '; };
  std::size_t b = 0, e = input.size();
  while (b < e && is_space(input[b]))
    ++b;
  while (e > b && is_space(input[e - 1]))
    --e;
  std::string_view s(input.data() + b, e - b);
  while (!s.empty()) {
    auto comma = s.find(',');
    std::string_view item = s.substr(0, comma);
    while (!item.empty() && std::isspace(static_cast<unsigned char>(item.back())))
      item.remove_suffix(1);
    while (!item.empty() && std::isspace(static_cast<unsigned char>(item.front())))
      item.remove_prefix(1);
    if (!item.empty()) out.emplace_back(item);
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return out;
}

result<std::map<std::string, supported_version_range>> decode_features(const boost::json::object& o) {
  std::map<std::string, supported_version_range> features;
  auto it = o.find("features");
  if (it == o.end() || it->value().is_null()) return features;
  if (!it->value().is_object()) return make_error_code(zk_data_errc::wrong_type);
  for (const auto& [name, range] : it->value().as_object()) {
    if (!range.is_object()) return make_error_code(zk_data_errc::wrong_type);
    std::optional<std::int32_t> min, max;
    for (const auto& [label, v] : range.as_object()) {
      auto n = json_in::to_int32(v);  // Map[String, Int]: every value an Int
      if (!n) return n.error();
      if (label == "min_version") min = *n;
      if (label == "max_version") max = *n;
    }
    if (!min || !max) return make_error_code(zk_data_errc::missing_field);
    // Kafka narrows to Short, then SupportedVersionRange rejects negative or inverted ranges.
    auto lo = static_cast<std::int16_t>(*min), hi = static_cast<std::int16_t>(*max);
    if (lo < 0 || hi < 0 || hi < lo) return make_error_code(zk_data_errc::invalid_value);
    features[std::string(name)] = supported_version_range{lo, hi};
  }
  return features;
}

std::string encode_features(const std::map<std::string, supported_version_range>& features) {
  // Features.toMap collects into a java.util.HashMap; each range is a
  // LinkedHashMap of min_version then max_version.
  json_out::members m;
  for (const auto& [name, range] : features) {
    m.emplace_back(name, json_out::object({{"min_version", json_out::number(range.min_version)},
                                           {"max_version", json_out::number(range.max_version)}}));
  }
  return json_out::object(m, jvm_map_order::java_hash_map(json_out::keys(m)));
}

}  // namespace

std::string endpoint_connection_string(const broker_endpoint& endpoint) {
  std::string host_port = endpoint.host.empty() ? ":" + std::to_string(endpoint.port)
                          : endpoint.host.find(':') != std::string::npos
                              ? "[" + endpoint.host + "]:" + std::to_string(endpoint.port)
                              : endpoint.host + ":" + std::to_string(endpoint.port);
  return endpoint.listener_name + "://" + host_port;
}

std::string encode_broker_registration(const broker_registration& broker) {
  const broker_endpoint* plaintext = nullptr;
  for (const auto& e : broker.endpoints) {
    if (e.security_protocol == "PLAINTEXT") {
      plaintext = &e;
      break;
    }
  }
  std::vector<std::string> endpoints;
  for (const auto& e : broker.endpoints)
    endpoints.push_back(json_out::string(endpoint_connection_string(e)));

  // BrokerIdZNode.encode: a mutable.Map of six entries, then rack (v3+),
  // listener_security_protocol_map (v4+) and features (v5+) added to it.
  json_out::members m = {
      {"version", json_out::number(broker.version)},
      {"host", plaintext && !plaintext->host.empty() ? json_out::string(plaintext->host) : json_out::null()},
      {"port", json_out::number(plaintext ? plaintext->port : -1)},
      {"endpoints", json_out::array(endpoints)},
      {"jmx_port", json_out::number(broker.jmx_port)},
      {"timestamp", json_out::string(std::to_string(broker.timestamp))},
  };
  if (broker.rack && broker.version >= 3) m.emplace_back("rack", json_out::string(*broker.rack));
  if (broker.version >= 4) {
    // endpoints.map(name -> protocol).toMap: an immutable Map, a repeated
    // listener keeping its first position and its last value.
    json_out::members protocols;
    for (const auto& e : broker.endpoints) {
      auto it =
          std::find_if(protocols.begin(), protocols.end(), [&](const auto& p) { return p.first == e.listener_name; });
      if (it != protocols.end()) {
        it->second = json_out::string(e.security_protocol);
      } else {
        protocols.emplace_back(e.listener_name, json_out::string(e.security_protocol));
      }
    }
    m.emplace_back("listener_security_protocol_map",
                   json_out::object(protocols, jvm_map_order::scala_immutable_map(json_out::keys(protocols))));
  }
  if (broker.version >= 5) m.emplace_back("features", encode_features(broker.features));
  auto table = jvm_map_order::scala_mutable_hash_map_table_size(6, m.size());
  return json_out::object(m, jvm_map_order::scala_mutable_hash_map(json_out::keys(m), table));
}

result<broker_registration> decode_broker_registration(std::int32_t id, std::string_view data) {
  auto o = json_in::parse_object(data);
  if (!o) return o.error();
  broker_registration b;
  b.id = id;
  auto version = json_in::required_int32(*o, "version");
  if (!version) return version.error();
  b.version = *version;
  auto jmx_port = json_in::required_int32(*o, "jmx_port");
  if (!jmx_port) return jmx_port.error();
  b.jmx_port = *jmx_port;
  if (b.version < 1) return make_error_code(zk_data_errc::unsupported_version);

  if (b.version == 1) {
    auto host = json_in::required_string(*o, "host");
    if (!host) return host.error();
    auto port = json_in::required_int32(*o, "port");
    if (!port) return port.error();
    b.endpoints.push_back({"PLAINTEXT", *host, *port, "PLAINTEXT"});
  } else {
    auto map = json_in::optional_object(*o, "listener_security_protocol_map");
    if (!map) return map.error();
    if (*map) {
      for (const auto& [name, protocol] : **map) {
        if (!protocol.is_string()) return make_error_code(zk_data_errc::wrong_type);
        auto p = security_protocol_for_name(std::string_view(protocol.as_string()));
        if (!p) return make_error_code(zk_data_errc::invalid_value);
        b.listener_security_protocol_map.emplace_back(std::string(name), *p);
      }
    }
    auto protocol_of = [&](const std::string& listener) -> std::optional<std::string> {
      if (!*map) {  // no map (v2, v3): each listener is named after its protocol
        for (auto p : security_protocols) {
          if (listener == p) return std::string(p);
        }
        return std::nullopt;
      }
      for (const auto& [name, protocol] : b.listener_security_protocol_map) {
        if (name == listener) return protocol;
      }
      return std::nullopt;
    };
    auto it = o->find("endpoints");
    if (it == o->end()) return make_error_code(zk_data_errc::missing_field);
    if (!it->value().is_array()) return make_error_code(zk_data_errc::wrong_type);
    // Kafka joins the entries with ',' and parses the list again.
    std::string joined;
    bool first = true;
    for (const auto& e : it->value().as_array()) {
      if (!e.is_string()) return make_error_code(zk_data_errc::wrong_type);
      if (!first) joined += ",";
      first = false;
      joined += std::string(e.as_string());
    }
    for (const auto& entry : split_csv(joined)) {
      auto parsed = parse_endpoint(entry);
      if (!parsed) return make_error_code(zk_data_errc::invalid_value);
      auto listener = upper(parsed->listener);
      auto protocol = protocol_of(listener);
      if (!protocol) return make_error_code(zk_data_errc::invalid_value);
      b.endpoints.push_back({listener, parsed->host, parsed->port, *protocol});
    }
  }

  auto rack = json_in::optional_string(*o, "rack");
  if (!rack) return rack.error();
  b.rack = *rack;
  auto features = decode_features(*o);
  if (!features) return features.error();
  b.features = std::move(*features);
  b.timestamp = json_in::lenient_timestamp(*o, "timestamp");
  return b;
}

}  // namespace gannet::cluster
