#pragma once
// kafka-consumer-groups: --list, --describe (offsets, --members, --state), --reset-offsets,
// --delete (docs/cli.md), after Kafka 3.9's ConsumerGroupCommand. Uses ListGroups,
// FindCoordinator, DescribeGroups, OffsetFetch, ListOffsets, OffsetCommit and DeleteGroups.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gannet::tools {

// --to-datetime's "YYYY-MM-DDTHH:mm:SS.sss" with an optional zone ("Z", "+01:00"); no zone means
// local time, as Kafka's Utils.getDateTime. Milliseconds since the epoch; usage_error if malformed.
std::int64_t parse_reset_datetime(const std::string& text);

int run_consumer_groups(const std::vector<std::string>& args);

}  // namespace gannet::tools
