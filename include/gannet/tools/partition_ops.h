#pragma once
// Partition-level requests the console tools and kafka-consumer-groups share: leaders from
// Metadata, ListOffsets (earliest / latest / by time), OffsetFetch and OffsetCommit.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "gannet/tools/kafka_client.h"

namespace gannet::tools {

using topic_partition = std::pair<std::string, std::int32_t>;

inline constexpr std::int64_t latest_timestamp = -1;    // ListOffsets: the log end offset
inline constexpr std::int64_t earliest_timestamp = -2;  // ListOffsets: the log start offset

// Partition -> leader for the topics (Metadata, retried while leaders are being elected).
// Throws tool_error for a topic that does not exist, with the Java consumer's wording.
std::map<topic_partition, std::int32_t> partition_leaders(kafka_client& client, const std::vector<std::string>& topics,
                                                          bool allow_auto_create = false);

// ListOffsets for each partition at `timestamp` (-1 latest, -2 earliest, else the first offset
// with a timestamp >= it; -1 when there is none), asking each partition's leader.
std::map<topic_partition, std::int64_t> list_offsets(kafka_client& client,
                                                     const std::vector<topic_partition>& partitions,
                                                     std::int64_t timestamp);

// The group's committed offsets (OffsetFetch; std::nullopt topics = all the group has).
std::map<topic_partition, std::int64_t> committed_offsets(
    kafka_client& client, std::int32_t coordinator, const std::string& group,
    const std::optional<std::vector<topic_partition>>& partitions);

// OffsetCommit as a member (generation, member id) or, with generation -1 and an empty
// member id, as a simple (non-member) consumer. Throws tool_error on an error.
void commit_offsets(kafka_client& client, std::int32_t coordinator, const std::string& group,
                    const std::map<topic_partition, std::int64_t>& offsets, std::int32_t generation = -1,
                    const std::string& member_id = {});

}  // namespace gannet::tools
