#pragma once
// A topic-partition and its directory name "<topic>-<partition>" (Kafka's layout).

#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace gannet::storage {

struct topic_partition {
  std::string topic;
  std::int32_t partition = 0;

  auto operator<=>(const topic_partition&) const = default;
  std::string dir_name() const { return topic + "-" + std::to_string(partition); }
  // Parses "<topic>-<partition>"; the topic may itself contain '-'.
  static std::optional<topic_partition> parse_dir_name(std::string_view name);
};

// Kafka's legal topic names: [a-zA-Z0-9._-]{1,249}, not "." or "..".
bool is_valid_topic_name(std::string_view topic);

}  // namespace gannet::storage

template <>
struct std::hash<gannet::storage::topic_partition> {
  std::size_t operator()(const gannet::storage::topic_partition& tp) const noexcept {
    return std::hash<std::string>{}(tp.topic) * 31 + static_cast<std::size_t>(tp.partition);
  }
};
