#include "gannet/config/config_key.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <regex>

namespace gannet::config {
namespace {

std::string invalid(std::string_view name, std::string_view value, std::string_view reason) {
  std::string out = "Invalid value ";
  out.append(value).append(" for configuration ").append(name);
  if (!reason.empty()) out.append(": ").append(reason);
  return out;
}

std::string join(const std::vector<std::string_view>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i != 0) out.append(sep);
    out.append(parts[i]);
  }
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// Integer.parseInt / Long.parseLong: optional sign, decimal digits, nothing else.
template <class Int>
std::optional<Int> parse_java_integer(std::string_view s) {
  if (s.empty()) return std::nullopt;
  std::string_view digits = s;
  if (digits.front() == '+') digits.remove_prefix(1);
  if (digits.empty() || digits.front() == '-' || digits.front() == '+') {
    if (s.front() != '-') return std::nullopt;
  }
  Int v{};
  const char* first = s.front() == '+' ? s.data() + 1 : s.data();
  auto [ptr, ec] = std::from_chars(first, s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

// Double.parseDouble accepts more (hex, "Infinity", trailing 'd'); the
// decimal and scientific forms and the special words cover real configs.
std::optional<double> parse_java_double(std::string_view s) {
  if (s == "NaN") return std::numeric_limits<double>::quiet_NaN();
  if (s == "Infinity" || s == "+Infinity") return std::numeric_limits<double>::infinity();
  if (s == "-Infinity") return -std::numeric_limits<double>::infinity();
  std::string_view body = s;
  if (!body.empty() && (body.back() == 'd' || body.back() == 'D' || body.back() == 'f' || body.back() == 'F'))
    body.remove_suffix(1);
  if (!body.empty() && body.front() == '+') body.remove_prefix(1);
  if (body.empty()) return std::nullopt;
  double v = 0;
  auto [ptr, ec] = std::from_chars(body.data(), body.data() + body.size(), v);
  if (ec != std::errc() || ptr != body.data() + body.size()) return std::nullopt;
  return v;
}

std::string validate(const config_key& key, const config_value& value) {
  const validator& v = key.valid;
  switch (v.what) {
    case validator::kind::none:
      return {};
    case validator::kind::range: {
      std::string shown;
      bool below = false;
      bool above = false;
      if (const auto* i = std::get_if<std::int64_t>(&value)) {
        shown = std::to_string(*i);
        below = v.min && *i < *v.min;
        above = v.max && *i > *v.max;
      } else if (const auto* d = std::get_if<double>(&value)) {
        shown = java_double_to_string(*d);
        below = v.min && *d < static_cast<double>(*v.min);
        above = v.max && *d > static_cast<double>(*v.max);
      } else {
        return invalid(key.name, "null", "Value must be non-null");
      }
      if (below) return invalid(key.name, shown, "Value must be at least " + std::to_string(*v.min));
      if (above) return invalid(key.name, shown, "Value must be no more than " + std::to_string(*v.max));
      return {};
    }
    case validator::kind::one_of: {
      const auto& s = std::get<std::string>(value);
      for (auto allowed : v.strings)
        if (allowed == s) return {};
      return invalid(key.name, s, "String must be one of: " + join(v.strings, ", "));
    }
    case validator::kind::list_of: {
      for (const auto& item : std::get<std::vector<std::string>>(value)) {
        bool found = false;
        for (auto allowed : v.strings)
          found = found || allowed == item;
        if (!found) return invalid(key.name, item, "String must be one of: " + join(v.strings, ", "));
      }
      return {};
    }
    case validator::kind::gzip_level: {
      auto level = std::get<std::int64_t>(value);
      if (level > 9 || (level < 1 && level != -1))
        return invalid(key.name, std::to_string(level), "Value must be between 1 and 9 or equal to -1");
      return {};
    }
    case validator::kind::metadata_version: {
      static const std::regex version(R"(^(0\.(8\.[0-2]|9\.0|10\.[0-2]|11\.0)|[1-3]\.\d+)(\.\d+)?(-IV\d+)?$)");
      const auto& s = std::get<std::string>(value);
      if (!std::regex_match(s, version)) return invalid(key.name, s, "Version " + s + " is not a valid version");
      return {};
    }
  }
  return {};
}

}  // namespace

std::string_view kafka_type_name(config_type type) {
  switch (type) {
    case config_type::boolean:
      return "BOOLEAN";
    case config_type::string:
      return "STRING";
    case config_type::int32:
      return "INT";
    case config_type::int16:
      return "SHORT";
    case config_type::int64:
      return "LONG";
    case config_type::float64:
      return "DOUBLE";
    case config_type::list:
      return "LIST";
    case config_type::class_name:
      return "CLASS";
    case config_type::password:
      return "PASSWORD";
    case config_type::unknown:
      break;
  }
  return "UNKNOWN";
}

std::string_view importance_name(importance imp) {
  switch (imp) {
    case importance::high:
      return "high";
    case importance::medium:
      return "medium";
    case importance::low:
      return "low";
  }
  return "low";
}

std::string validator::describe() const {
  switch (what) {
    case kind::none:
      return "";
    case kind::range:
      if (min && max) return "[" + std::to_string(*min) + ",...," + std::to_string(*max) + "]";
      if (min) return "[" + std::to_string(*min) + ",...]";
      if (max) return "[...," + std::to_string(*max) + "]";
      return "[...]";
    case kind::one_of:
    case kind::list_of:
      return "[" + join(strings, ", ") + "]";
    case kind::gzip_level:
      return "[1,...,9] or -1";
    case kind::metadata_version:
      return "a Kafka version such as 3.9";
  }
  return "";
}

std::string_view java_trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ')
    s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ')
    s.remove_suffix(1);
  return s;
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> out;
  text = java_trim(text);
  if (text.empty()) return out;
  std::size_t start = 0;
  while (true) {
    auto comma = text.find(',', start);
    auto item = text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    // COMMA_WITH_WHITESPACE = "\\s*,\\s*": whitespace only around commas.
    if (comma != std::string_view::npos) {
      while (!item.empty() && std::isspace(static_cast<unsigned char>(item.back())))
        item.remove_suffix(1);
    }
    if (start != 0) {
      while (!item.empty() && std::isspace(static_cast<unsigned char>(item.front())))
        item.remove_prefix(1);
    }
    out.emplace_back(item);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

parsed_value parse_value(const config_key& key, std::string_view text) {
  parsed_value out;
  const std::string_view trimmed = java_trim(text);
  auto not_a_number = [&] {
    out.error = invalid(key.name, text, "Not a number of type " + std::string(kafka_type_name(key.type)));
  };
  switch (key.type) {
    case config_type::boolean:
      if (iequals(trimmed, "true")) {
        out.value = true;
      } else if (iequals(trimmed, "false")) {
        out.value = false;
      } else {
        out.error = invalid(key.name, text, "Expected value to be either true or false");
        return out;
      }
      break;
    case config_type::int16:
    case config_type::int32:
    case config_type::int64: {
      std::optional<std::int64_t> v;
      if (key.type == config_type::int16) {
        if (auto s = parse_java_integer<std::int16_t>(trimmed)) v = *s;
      } else if (key.type == config_type::int32) {
        if (auto s = parse_java_integer<std::int32_t>(trimmed)) v = *s;
      } else {
        v = parse_java_integer<std::int64_t>(trimmed);
      }
      if (!v) {
        not_a_number();
        return out;
      }
      out.value = *v;
      break;
    }
    case config_type::float64: {
      auto v = parse_java_double(trimmed);
      if (!v) {
        not_a_number();
        return out;
      }
      out.value = *v;
      break;
    }
    case config_type::list:
      out.value = split_list(trimmed);
      break;
    case config_type::string:
    case config_type::class_name:
    case config_type::password:
    case config_type::unknown:
      out.value = std::string(trimmed);
      break;
  }
  out.error = validate(key, out.value);
  return out;
}

std::optional<std::string> to_kafka_string(const config_key& /*key*/, const config_value& value) {
  struct visitor {
    std::optional<std::string> operator()(std::monostate) const { return std::nullopt; }
    std::optional<std::string> operator()(bool b) const { return b ? "true" : "false"; }
    std::optional<std::string> operator()(std::int64_t i) const { return std::to_string(i); }
    std::optional<std::string> operator()(double d) const { return java_double_to_string(d); }
    std::optional<std::string> operator()(const std::string& s) const { return s; }
    std::optional<std::string> operator()(const std::vector<std::string>& l) const {
      std::string out;
      for (std::size_t i = 0; i < l.size(); ++i) {
        if (i != 0) out.push_back(',');
        out += l[i];
      }
      return out;
    }
  };
  return std::visit(visitor{}, value);
}

std::string java_double_to_string(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
  char buf[64];
  const double mag = std::fabs(d);
  if (mag >= 1e-3 && mag < 1e7) {
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
    std::string s(buf, end);
    if (s.find('.') == std::string::npos) s += ".0";
    return s;
  }
  // Computerized scientific notation: "1.0E7", "1.7976931348623157E308".
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string s(buf, end);
  auto e = s.find('e');
  std::string mantissa = s.substr(0, e);
  int exponent = std::stoi(s.substr(e + 1));
  if (mantissa.find('.') == std::string::npos) mantissa += ".0";
  return mantissa + "E" + std::to_string(exponent);
}

}  // namespace gannet::config
