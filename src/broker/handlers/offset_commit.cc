// OffsetCommit (key 8): committed offsets of a group's members, or of a
// simple consumer (generation -1). Topics that do not exist get
// UNKNOWN_TOPIC_OR_PARTITION here (in ZooKeeper mode: partitions the metadata
// cache does not know); the coordinator decides the rest.
// v1 carries a commit timestamp per partition, v2-v4 a retention time (an
// explicit expiry), v6+ the leader epoch.

#include "gannet/protocol/messages/offset_commit.h"

#include <map>

#include "gannet/groups/coordinator.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> offset_commit(request_context& ctx) {
  protocol::offset_commit_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed OffsetCommit request");
  const std::int64_t now = broker_state::now_ms();
  std::vector<groups::offset_entry> offsets;
  std::map<std::pair<std::string, std::int32_t>, protocol::error_code> errors;
  // Kafka's metadataCache.contains(topicPartition): in ZooKeeper mode what
  // UpdateMetadata says exists, standalone the topic registry.
  const cluster::metadata_cache* cluster_metadata = ctx.b.zk ? ctx.b.zk->metadata.get() : nullptr;
  for (const auto& t : req.topics) {
    const bool topic_exists = cluster_metadata ? false : ctx.b.topics.find(t.name).has_value();
    for (const auto& p : t.partitions) {
      const bool exists = cluster_metadata ? cluster_metadata->contains(t.name, p.partition_index) : topic_exists;
      if (!exists) {
        errors[{t.name, p.partition_index}] = protocol::error_code::unknown_topic_or_partition;
        continue;
      }
      groups::offset_record v;
      v.offset = p.committed_offset;
      v.leader_epoch = p.committed_leader_epoch;
      v.metadata = p.committed_metadata.value_or("");
      v.commit_timestamp = p.commit_timestamp == -1 ? now : p.commit_timestamp;
      v.expire_timestamp = req.retention_time_ms == -1 ? -1 : now + req.retention_time_ms;
      offsets.emplace_back(groups::offset_key{t.name, p.partition_index}, std::move(v));
    }
  }
  if (!offsets.empty()) {
    auto op = ctx.b.groups->commit_offsets(std::move(req.group_id), std::move(req.member_id),
                                           std::move(req.group_instance_id), req.generation_id_or_member_epoch,
                                           std::move(offsets));
    auto results = co_await std::move(op);
    for (auto& [k, e] : results)
      errors[{k.topic, k.partition}] = e;
  }
  protocol::offset_commit_response resp;
  for (const auto& t : req.topics) {
    protocol::offset_commit_response::offset_commit_response_topic rt;
    rt.name = t.name;
    for (const auto& p : t.partitions) {
      protocol::offset_commit_response::offset_commit_response_partition rp;
      rp.partition_index = p.partition_index;
      rp.error_code = errors[{t.name, p.partition_index}];
      rt.partitions.push_back(rp);
    }
    resp.topics.push_back(std::move(rt));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
