#include "gannet/net/listener_config.h"

#include <charconv>
#include <set>

namespace gannet::net {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
    s.remove_suffix(1);
  return s;
}

result<listener_config> parse_one(std::string_view entry) {
  const auto bad = std::make_error_code(std::errc::invalid_argument);
  listener_config out;
  auto scheme = entry.find("://");
  if (scheme == std::string_view::npos || scheme == 0) return bad;
  out.name = std::string(entry.substr(0, scheme));
  std::string_view rest = entry.substr(scheme + 3);
  std::string_view port_text;
  if (!rest.empty() && rest.front() == '[') {  // [v6]:port
    auto close = rest.find(']');
    if (close == std::string_view::npos || close + 1 >= rest.size() || rest[close + 1] != ':') return bad;
    out.host = std::string(rest.substr(1, close - 1));
    port_text = rest.substr(close + 2);
  } else {
    auto colon = rest.rfind(':');
    if (colon == std::string_view::npos) return bad;
    out.host = std::string(rest.substr(0, colon));
    if (out.host.find(':') != std::string::npos) return bad;  // a bare IPv6 address needs brackets
    port_text = rest.substr(colon + 1);
  }
  unsigned port = 0;
  auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (ec != std::errc{} || end != port_text.data() + port_text.size() || port_text.empty() || port > 65535) {
    return bad;
  }
  out.port = static_cast<std::uint16_t>(port);
  return out;
}

}  // namespace

result<std::vector<listener_config>> parse_listeners(std::string_view text) {
  std::vector<listener_config> out;
  std::set<std::string> names;
  while (true) {
    auto comma = text.find(',');
    std::string_view entry = trim(text.substr(0, comma));
    if (!entry.empty()) {
      auto one = parse_one(entry);
      if (!one) return one.error();
      if (!names.insert(one->name).second) return std::make_error_code(std::errc::invalid_argument);
      out.push_back(std::move(*one));
    }
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  if (out.empty()) return std::make_error_code(std::errc::invalid_argument);
  return out;
}

}  // namespace gannet::net
