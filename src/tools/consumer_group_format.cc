// kafka-consumer-groups' tables (include/gannet/tools/consumer_group_format.h).

#include "gannet/tools/consumer_group_format.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace gannet::tools {
namespace {

std::string opt(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "-"; }

// Appends each (text, width) padded and followed by `sep` (the last one gets `last_sep`).
// Built with append (GCC 12 warns falsely on long operator+ chains of strings).
struct cell {
  std::string_view text;
  std::size_t width;
};
std::string join_cells(std::initializer_list<cell> cells, const char* lead, const char* last_sep) {
  std::string out(lead);
  std::size_t i = 0;
  for (const auto& c : cells) {
    out.append(c.text);
    if (c.text.size() < c.width) out.append(c.width - c.text.size(), ' ');
    out.append(++i == cells.size() ? last_sep : " ");
  }
  return out;
}

}  // namespace

std::string pad_right(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

std::string format_offsets(const std::vector<offset_row>& rows) {
  std::size_t g = 15, t = 15, c = 15, h = 15;
  for (const auto& r : rows) {
    g = std::max(g, r.group.size());
    t = std::max(t, r.topic.size());
    c = std::max(c, r.consumer_id.size());
    h = std::max(h, r.host.size());
  }
  auto line = [&](const std::string& a, const std::string& b, const std::string& p, const std::string& cur,
                  const std::string& end, const std::string& lag, const std::string& cid, const std::string& host,
                  const std::string& client) {
    return join_cells({{a, g}, {b, t}, {p, 10}, {cur, 15}, {end, 15}, {lag, 15}, {cid, c}, {host, h}, {client, 0}},
                      "\n", "");
  };
  std::string out = line("GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID",
                         "HOST", "CLIENT-ID");
  for (const auto& r : rows) {
    std::optional<std::int64_t> lag;
    if (r.current_offset && r.log_end_offset) lag = std::max<std::int64_t>(0, *r.log_end_offset - *r.current_offset);
    out += line(r.group, r.topic, std::to_string(r.partition), opt(r.current_offset), opt(r.log_end_offset), opt(lag),
                r.consumer_id, r.host, r.client_id);
  }
  return out;
}

std::string format_members(const std::vector<member_row>& rows) {
  std::size_t g = 15, c = 15, h = 15, cl = 15;
  for (const auto& r : rows) {
    g = std::max(g, r.group.size());
    c = std::max(c, r.consumer_id.size());
    h = std::max(h, r.host.size());
    cl = std::max(cl, r.client_id.size());
  }
  auto line = [&](const std::string& a, const std::string& b, const std::string& d, const std::string& e,
                  const std::string& f) {
    return join_cells({{a, g}, {b, c}, {d, h}, {e, cl}, {f, 15}}, "\n", " ");
  };
  std::string out = line("GROUP", "CONSUMER-ID", "HOST", "CLIENT-ID", "#PARTITIONS");
  for (const auto& r : rows)
    out += line(r.group, r.consumer_id, r.host, r.client_id, std::to_string(r.partitions));
  return out + "\n";
}

std::string format_state(const std::string& group, const std::string& coordinator,
                         const std::string& assignment_strategy, const std::string& state, std::int32_t members) {
  const std::size_t g = std::max<std::size_t>(15, group.size()) + 10;
  const std::size_t c = std::max<std::size_t>(25, coordinator.size());
  auto line = [&](const std::string& a, const std::string& b, const std::string& d, const std::string& e,
                  const std::string& f) {
    return join_cells({{a, g}, {b, c}, {d, 20}, {e, 15}, {f, 0}}, "\n", "");
  };
  std::string out = line("GROUP", "COORDINATOR (ID)", "ASSIGNMENT-STRATEGY", "STATE", "#MEMBERS");
  out.append(line(group, coordinator, assignment_strategy, state, std::to_string(members)));
  out.append("\n");
  return out;
}

std::string format_list_with_state(const std::vector<std::pair<std::string, std::string>>& groups) {
  std::size_t g = 15;
  for (const auto& [name, state] : groups)
    g = std::max(g, name.size());
  g += 10;
  std::string out = join_cells({{"GROUP", g}, {"STATE", 20}}, "", "\n");
  for (const auto& [name, state] : groups)
    out.append(join_cells({{name, g}, {state, 20}}, "", "\n"));
  return out;
}

std::string format_reset(const std::vector<offset_row>& rows) {
  auto row = [](const std::string& a, const std::string& b, const std::string& c, const std::string& d) {
    return join_cells({{a, 30}, {b, 30}, {c, 10}, {d, 15}}, "", "");
  };
  std::string out = "\n";
  out.append(row("GROUP", "TOPIC", "PARTITION", "NEW-OFFSET"));
  for (const auto& r : rows)
    out.append(row(r.group, r.topic, std::to_string(r.partition), opt(r.current_offset)));
  return out;
}

}  // namespace gannet::tools
