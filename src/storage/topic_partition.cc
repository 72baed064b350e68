#include "gannet/storage/topic_partition.h"

#include <charconv>

namespace gannet::storage {

std::optional<topic_partition> topic_partition::parse_dir_name(std::string_view name) {
  auto dash = name.rfind('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == name.size()) return std::nullopt;
  std::int32_t partition = 0;
  auto digits = name.substr(dash + 1);
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), partition);
  if (ec != std::errc{} || ptr != digits.data() + digits.size() || partition < 0) return std::nullopt;
  auto topic = name.substr(0, dash);
  if (!is_valid_topic_name(topic)) return std::nullopt;
  return topic_partition{std::string(topic), partition};
}

bool is_valid_topic_name(std::string_view topic) {
  if (topic.empty() || topic.size() > 249 || topic == "." || topic == "..") return false;
  for (char c : topic) {
    bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace gannet::storage
