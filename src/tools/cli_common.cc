// Shared CLI helpers (include/gannet/tools/cli_common.h).

#include "gannet/tools/cli_common.h"

#include <chrono>
#include <ctime>
#include <regex>

namespace gannet::tools {

std::string uuid_to_base64(const protocol::uuid& id) {
  static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  std::size_t i = 0;
  for (; i + 3 <= id.size(); i += 3) {
    const std::uint32_t v = (std::uint32_t{id[i]} << 16) | (std::uint32_t{id[i + 1]} << 8) | id[i + 2];
    for (int s = 18; s >= 0; s -= 6)
      out += alphabet[(v >> s) & 63];
  }
  const std::uint32_t v = std::uint32_t{id[i]} << 16;  // 16 = 5 * 3 + 1: one byte left
  out += alphabet[(v >> 18) & 63];
  out += alphabet[(v >> 12) & 63];
  return out;
}

std::string log4j_prefix(const char* level) {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  char out[96];
  std::snprintf(out, sizeof out, "[%s,%03d] %s ", buf, static_cast<int>(ms), level);
  return out;
}

bool split_key_value(const std::string& kv, std::string& key, std::string& value) {
  const auto eq = kv.find('=');
  if (eq == std::string::npos) return false;
  key = kv.substr(0, eq);
  value = kv.substr(eq + 1);
  return true;
}

std::vector<std::pair<std::string, std::string>> parse_properties(const std::vector<std::string>& items,
                                                                  const std::string& what) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& item : items) {
    std::string k, v;
    if (!split_key_value(item, k, v) || k.empty())
      throw usage_error("Invalid " + what + ": all configs to be added must be in the format \"key=val\".");
    out.emplace_back(k, v);
  }
  return out;
}

std::string property_or(const std::vector<std::pair<std::string, std::string>>& props, const std::string& key,
                        const std::string& fallback) {
  std::string found = fallback;
  for (const auto& [k, v] : props)
    if (k == key) found = v;  // the last one wins, as in java.util.Properties
  return found;
}

bool matches_include_list(const std::string& pattern, const std::string& name) {
  try {
    return std::regex_match(name, std::regex(pattern));
  } catch (const std::regex_error&) {
    return pattern == name;
  }
}

}  // namespace gannet::tools
