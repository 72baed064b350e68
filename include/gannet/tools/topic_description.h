#pragma once
// kafka-topics --describe output, as Kafka 3.9's TopicCommand prints it (docs/reference-broker.md,
// "What Kafka's tools print"): tab-separated fields, "Configs: " with a trailing space when the
// topic has no non-default configs, partition lines starting with a tab, and "Elr: N/A
// LastKnownElr: N/A" when the broker gives no ELR (Metadata has none; ZooKeeper mode).

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "gannet/protocol/uuid.h"

namespace gannet::tools {

struct partition_description {
  std::int32_t partition = 0;
  std::int32_t leader = -1;  // -1: none
  std::vector<std::int32_t> replicas;
  std::vector<std::int32_t> isr;
  std::optional<std::vector<std::int32_t>> elr;  // std::nullopt: N/A
  std::optional<std::vector<std::int32_t>> last_known_elr;
};

struct topic_description {
  std::string name;
  protocol::uuid topic_id{};
  bool internal = false;
  std::vector<partition_description> partitions;             // sorted by partition
  std::vector<std::pair<std::string, std::string>> configs;  // non-default, in broker order
};

// The topic line, newline included.
std::string format_topic_line(const topic_description& t);
// One partition line, newline included.
std::string format_partition_line(const topic_description& t, const partition_description& p);

// Which partitions --describe reports (TopicCommand's PartitionDescription filters).
struct describe_filter {
  bool under_replicated = false;
  bool unavailable = false;
  bool under_min_isr = false;
  bool at_min_isr = false;
  bool topics_with_overrides = false;
  int min_isr = 1;
  bool any_partition_filter() const { return under_replicated || unavailable || under_min_isr || at_min_isr; }
};

// The whole --describe output for one topic.
std::string format_topic_description(const topic_description& t, const describe_filter& filter,
                                     const std::set<std::int32_t>& live_brokers);

}  // namespace gannet::tools
