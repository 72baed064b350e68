// Shared partition-level requests (include/gannet/tools/partition_ops.h).

#include "gannet/tools/partition_ops.h"

#include <unistd.h>

#include "gannet/protocol/messages/list_offsets.h"
#include "gannet/protocol/messages/offset_commit.h"
#include "gannet/protocol/messages/offset_fetch.h"

namespace gannet::tools {

std::map<topic_partition, std::int32_t> partition_leaders(kafka_client& client, const std::vector<std::string>& topics,
                                                          bool allow_auto_create) {
  for (int attempt = 0;; ++attempt) {
    auto md = client.metadata(topics, allow_auto_create);
    std::map<topic_partition, std::int32_t> out;
    bool retry = false;
    for (const auto& t : md.topics) {
      const std::string name = t.name.value_or("");
      if (t.error_code == protocol::error_code::leader_not_available ||
          (allow_auto_create && t.error_code == protocol::error_code::unknown_topic_or_partition)) {
        retry = true;
        continue;
      }
      if (t.error_code == protocol::error_code::unknown_topic_or_partition)
        throw tool_error("Topic " + name + " not present in metadata.",
                         "org.apache.kafka.common.errors.UnknownTopicOrPartitionException");
      if (t.error_code != protocol::error_code::none) throw kafka_error(t.error_code);
      for (const auto& p : t.partitions) {
        if (p.leader_id < 0) retry = true;
        out[{name, p.partition_index}] = p.leader_id;
      }
    }
    if (!retry) return out;
    if (attempt >= 40)
      throw tool_error("Timed out waiting for partition leaders", "org.apache.kafka.common.errors.TimeoutException");
    ::usleep(250000);
  }
}

std::map<topic_partition, std::int64_t> list_offsets(kafka_client& client,
                                                     const std::vector<topic_partition>& partitions,
                                                     std::int64_t timestamp) {
  std::vector<std::string> topics;
  for (const auto& tp : partitions)
    if (topics.empty() || topics.back() != tp.first) topics.push_back(tp.first);
  auto leaders = partition_leaders(client, topics);
  std::map<std::int32_t, protocol::list_offsets_request> by_leader;
  for (const auto& tp : partitions) {
    auto& req = by_leader[leaders.at(tp)];
    req.replica_id = -1;
    if (req.topics.empty() || req.topics.back().name != tp.first) {
      req.topics.emplace_back();
      req.topics.back().name = tp.first;
    }
    protocol::list_offsets_request::list_offsets_partition p;
    p.partition_index = tp.second;
    p.timestamp = timestamp;
    req.topics.back().partitions.push_back(p);
  }
  std::map<topic_partition, std::int64_t> out;
  for (const auto& [leader, req] : by_leader) {
    auto resp = client.send<protocol::list_offsets_response>(leader, req);
    for (const auto& t : resp.topics)
      for (const auto& p : t.partitions) {
        if (p.error_code != protocol::error_code::none) throw kafka_error(p.error_code);
        out[{t.name, p.partition_index}] = p.old_style_offsets.empty() ? p.offset : p.old_style_offsets.front();
      }
  }
  return out;
}

std::map<topic_partition, std::int64_t> committed_offsets(
    kafka_client& client, std::int32_t coordinator, const std::string& group,
    const std::optional<std::vector<topic_partition>>& partitions) {
  protocol::offset_fetch_request req;
  req.group_id = group;
  if (partitions) {
    req.topics.emplace();
    for (const auto& tp : *partitions) {
      if (req.topics->empty() || req.topics->back().name != tp.first) {
        req.topics->emplace_back();
        req.topics->back().name = tp.first;
      }
      req.topics->back().partition_indexes.push_back(tp.second);
    }
  } else {
    req.topics = std::nullopt;  // all topics: OffsetFetch v2+
  }
  auto resp = client.send<protocol::offset_fetch_response>(coordinator, req);
  if (resp.error_code != protocol::error_code::none) throw kafka_error(resp.error_code);
  std::map<topic_partition, std::int64_t> out;
  for (const auto& t : resp.topics)
    for (const auto& p : t.partitions) {
      if (p.error_code != protocol::error_code::none) throw kafka_error(p.error_code);
      if (p.committed_offset >= 0) out[{t.name, p.partition_index}] = p.committed_offset;
    }
  return out;
}

void commit_offsets(kafka_client& client, std::int32_t coordinator, const std::string& group,
                    const std::map<topic_partition, std::int64_t>& offsets, std::int32_t generation,
                    const std::string& member_id) {
  if (offsets.empty()) return;
  protocol::offset_commit_request req;
  req.group_id = group;
  req.generation_id_or_member_epoch = generation;
  req.member_id = member_id;
  for (const auto& [tp, offset] : offsets) {
    if (req.topics.empty() || req.topics.back().name != tp.first) {
      req.topics.emplace_back();
      req.topics.back().name = tp.first;
    }
    protocol::offset_commit_request::offset_commit_request_partition p;
    p.partition_index = tp.second;
    p.committed_offset = offset;
    req.topics.back().partitions.push_back(p);
  }
  auto resp = client.send<protocol::offset_commit_response>(coordinator, req);
  for (const auto& t : resp.topics)
    for (const auto& p : t.partitions)
      if (p.error_code != protocol::error_code::none) throw kafka_error(p.error_code);
}

}  // namespace gannet::tools
