#include "json_out.h"

namespace gannet::cluster::json_out {

std::string string(std::string_view s) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back('"');
  for (char c : s) {
    auto b = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (b < 0x20) {
          out += "\\u00";
          out.push_back(hex[b >> 4]);
          out.push_back(hex[b & 0xF]);
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
  return out;
}

std::string number(std::int64_t n) { return std::to_string(n); }

std::string object(const members& m) {
  std::string out = "{";
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += string(m[i].first);
    out.push_back(':');
    out += m[i].second;
  }
  out.push_back('}');
  return out;
}

std::string object(const members& m, const std::vector<std::size_t>& order) {
  members ordered;
  ordered.reserve(order.size());
  for (auto i : order)
    ordered.push_back(m[i]);
  return object(ordered);
}

std::string array(const std::vector<std::string>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += values[i];
  }
  out.push_back(']');
  return out;
}

std::string int_array(const std::vector<std::int32_t>& values) {
  std::vector<std::string> encoded;
  encoded.reserve(values.size());
  for (auto v : values)
    encoded.push_back(number(v));
  return array(encoded);
}

std::vector<std::string_view> keys(const members& m) {
  std::vector<std::string_view> out;
  out.reserve(m.size());
  for (const auto& [k, v] : m)
    out.emplace_back(k);
  return out;
}

}  // namespace gannet::cluster::json_out
