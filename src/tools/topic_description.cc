// kafka-topics --describe layout (include/gannet/tools/topic_description.h). Mirrors
// TopicCommand.TopicDescription / PartitionDescription in Kafka 3.9.

#include "gannet/tools/topic_description.h"

#include <algorithm>

#include "gannet/tools/cli_common.h"

namespace gannet::tools {
namespace {

std::string join_ids(const std::vector<std::int32_t>& ids) {
  std::string out;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(ids[i]);
  }
  return out;
}

bool zero(const protocol::uuid& id) {
  return std::all_of(id.begin(), id.end(), [](std::uint8_t b) { return b == 0; });
}

}  // namespace

std::string format_topic_line(const topic_description& t) {
  std::string out = "Topic: " + t.name;
  if (!zero(t.topic_id)) out += "\tTopicId: " + uuid_to_base64(t.topic_id);
  out += "\tPartitionCount: " + std::to_string(t.partitions.size());
  const std::size_t rf = t.partitions.empty() ? 0 : t.partitions.front().replicas.size();
  out += "\tReplicationFactor: " + std::to_string(rf);
  out += "\tConfigs: ";
  for (std::size_t i = 0; i < t.configs.size(); ++i) {
    if (i) out += ',';
    out += t.configs[i].first + "=" + t.configs[i].second;
  }
  out += '\n';
  return out;
}

std::string format_partition_line(const topic_description& t, const partition_description& p) {
  std::string out = "\tTopic: " + t.name;
  out += "\tPartition: " + std::to_string(p.partition);
  out += "\tLeader: " + (p.leader < 0 ? std::string("none") : std::to_string(p.leader));
  out += "\tReplicas: " + join_ids(p.replicas);
  out += "\tIsr: " + join_ids(p.isr);
  out += "\tElr: " + (p.elr ? join_ids(*p.elr) : std::string("N/A"));
  out += "\tLastKnownElr: " + (p.last_known_elr ? join_ids(*p.last_known_elr) : std::string("N/A"));
  out += '\n';
  return out;
}

std::string format_topic_description(const topic_description& t, const describe_filter& filter,
                                     const std::set<std::int32_t>& live_brokers) {
  std::string out;
  // As TopicCommand: the topic line only without partition filters; with --topics-with-overrides
  // only topics that have overrides, and then no partition lines.
  if (!filter.any_partition_filter()) {
    if (filter.topics_with_overrides && t.configs.empty()) return out;
    out += format_topic_line(t);
    if (filter.topics_with_overrides) return out;
  }
  for (const auto& p : t.partitions) {
    const bool leader_live = p.leader >= 0 && live_brokers.contains(p.leader);
    const auto isr = static_cast<int>(p.isr.size());
    bool print = !filter.any_partition_filter();
    if (filter.under_replicated && p.isr.size() < p.replicas.size()) print = true;
    if (filter.unavailable && !leader_live) print = true;
    if (filter.under_min_isr && isr < filter.min_isr) print = true;
    if (filter.at_min_isr && isr == filter.min_isr) print = true;
    if (print) out += format_partition_line(t, p);
  }
  return out;
}

}  // namespace gannet::tools
