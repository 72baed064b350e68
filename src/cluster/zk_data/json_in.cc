#include "json_in.h"

#include <boost/json/parser.hpp>
#include <charconv>
#include <limits>

namespace gannet::cluster::json_in {

result<boost::json::value> parse(std::string_view data) {
  // Kafka's ObjectMapper.readTree reads the first JSON value and ignores what
  // follows it (FAIL_ON_TRAILING_TOKENS is off), so write_some, which stops
  // after the first complete value; an incomplete one is an error.
  boost::json::parser p;
  boost::system::error_code ec;
  p.write_some(data.data(), data.size(), ec);
  if (ec) return make_error_code(zk_data_errc::malformed_json);
  return p.release();
}

result<boost::json::object> parse_object(std::string_view data) {
  auto v = parse(data);
  if (!v) return v.error();
  if (!v->is_object()) return make_error_code(zk_data_errc::not_an_object);
  return std::move(v->as_object());
}

result<std::int64_t> to_int64(const boost::json::value& v) {
  if (v.is_int64()) return v.as_int64();
  if (v.is_uint64() && v.as_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    return static_cast<std::int64_t>(v.as_uint64());
  }
  return make_error_code(zk_data_errc::wrong_type);
}

result<std::int32_t> to_int32(const boost::json::value& v) {
  auto n = to_int64(v);
  if (!n || *n < std::numeric_limits<std::int32_t>::min() || *n > std::numeric_limits<std::int32_t>::max()) {
    return make_error_code(zk_data_errc::wrong_type);
  }
  return static_cast<std::int32_t>(*n);
}

result<std::vector<std::int32_t>> to_int32_array(const boost::json::value& v) {
  if (!v.is_array()) return make_error_code(zk_data_errc::wrong_type);
  std::vector<std::int32_t> out;
  out.reserve(v.as_array().size());
  for (const auto& e : v.as_array()) {
    auto n = to_int32(e);
    if (!n) return n.error();
    out.push_back(*n);
  }
  return out;
}

result<std::int32_t> required_int32(const boost::json::object& o, std::string_view key) {
  auto it = o.find(boost::json::string_view(key.data(), key.size()));
  if (it == o.end()) return make_error_code(zk_data_errc::missing_field);
  return to_int32(it->value());
}

result<std::optional<std::int32_t>> optional_int32(const boost::json::object& o, std::string_view key) {
  auto it = o.find(boost::json::string_view(key.data(), key.size()));
  if (it == o.end() || it->value().is_null()) return std::optional<std::int32_t>{};
  auto n = to_int32(it->value());
  if (!n) return n.error();
  return std::optional<std::int32_t>(*n);
}

result<std::string> required_string(const boost::json::object& o, std::string_view key) {
  auto it = o.find(boost::json::string_view(key.data(), key.size()));
  if (it == o.end()) return make_error_code(zk_data_errc::missing_field);
  if (!it->value().is_string()) return make_error_code(zk_data_errc::wrong_type);
  return std::string(it->value().as_string());
}

result<std::optional<std::string>> optional_string(const boost::json::object& o, std::string_view key) {
  auto it = o.find(boost::json::string_view(key.data(), key.size()));
  if (it == o.end() || it->value().is_null()) return std::optional<std::string>{};
  if (!it->value().is_string()) return make_error_code(zk_data_errc::wrong_type);
  return std::optional<std::string>(std::string(it->value().as_string()));
}

result<const boost::json::object*> optional_object(const boost::json::object& o, std::string_view key) {
  auto it = o.find(boost::json::string_view(key.data(), key.size()));
  if (it == o.end()) return static_cast<const boost::json::object*>(nullptr);
  if (!it->value().is_object()) return make_error_code(zk_data_errc::wrong_type);
  return &it->value().as_object();
}

std::int64_t lenient_timestamp(const boost::json::object& o, std::string_view key) {
  auto it = o.find(boost::json::string_view(key.data(), key.size()));
  if (it == o.end()) return -1;
  if (it->value().is_string()) {
    const auto& s = it->value().as_string();
    return parse_java_long(std::string_view(s.data(), s.size())).value_or(-1);
  }
  auto n = to_int64(it->value());
  return n ? *n : -1;
}

namespace {
template <class T>
std::optional<T> parse_java_integer(std::string_view s) {
  // Java accepts one leading '+' or '-' and ASCII digits, nothing else.
  if (s.empty()) return std::nullopt;
  bool negative = s[0] == '-';
  std::string_view digits = (s[0] == '+' || s[0] == '-') ? s.substr(1) : s;
  if (digits.empty()) return std::nullopt;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  std::string text = (negative ? "-" : "") + std::string(digits);
  T value{};
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}
}  // namespace

std::optional<std::int32_t> parse_java_int(std::string_view s) { return parse_java_integer<std::int32_t>(s); }
std::optional<std::int64_t> parse_java_long(std::string_view s) { return parse_java_integer<std::int64_t>(s); }

}  // namespace gannet::cluster::json_in
