#pragma once
// kafka-consumer-groups' tables, byte for byte as Kafka 3.9's ConsumerGroupCommand prints them
// (docs/reference-broker.md): "%-Ns " columns whose widths follow the longest value, lines that
// start with a newline instead of ending with one (so the last row has none), and the
// reset-offsets table whose header and rows share one line (Kafka's format has no %n there).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gannet::tools {

struct offset_row {
  std::string group, topic;
  std::int32_t partition = 0;
  std::optional<std::int64_t> current_offset, log_end_offset;
  std::string consumer_id = "-", host = "-", client_id = "-";
};

struct member_row {
  std::string group, consumer_id, host, client_id;
  std::int32_t partitions = 0;
};

// Java's String.format("%-Ns", s): s padded with spaces to N (never cut).
std::string pad_right(const std::string& s, std::size_t width);

// One group's --describe (offsets) block: "\n" + header, then "\n" + each row; no final newline.
std::string format_offsets(const std::vector<offset_row>& rows);
// --describe --members.
std::string format_members(const std::vector<member_row>& rows);
// --describe --state: "\n" header "\n" row "\n".
std::string format_state(const std::string& group, const std::string& coordinator,
                         const std::string& assignment_strategy, const std::string& state, std::int32_t members);
// --list --state.
std::string format_list_with_state(const std::vector<std::pair<std::string, std::string>>& groups);
// --reset-offsets: "\n" + header + rows, all on one line.
std::string format_reset(const std::vector<offset_row>& rows);

}  // namespace gannet::tools
