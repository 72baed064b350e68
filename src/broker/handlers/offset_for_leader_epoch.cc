// OffsetForLeaderEpoch (key 23; KIP-101, KIP-320 for consumers): for each
// partition, the largest epoch <= the one asked for and its end offset, from
// the log's leader epoch cache, on the partition's strand. current_leader_epoch
// (v2+) older than ours is FENCED_LEADER_EPOCH, newer UNKNOWN_LEADER_EPOCH.
// replica_id (v3+) is informational: Kafka 3.9 answers as the leader for
// consumers (-1), debug tools (-2) and followers alike, and only as the leader:
// a broker following the partition answers NOT_LEADER_OR_FOLLOWER
// (ReplicaManager.lastOffsetForLeaderEpoch with fetchOnlyFromLeader).

#include "gannet/protocol/messages/offset_for_leader_epoch.h"

#include "../run_on.h"
#include "handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;
using response = protocol::offset_for_leader_epoch_response;

// On the partition's strand. Kafka's LeaderEpochFileCache.endOffsetFor via
// UnifiedLog.endOffsetForEpoch: an undefined epoch (-1) or an epoch above the
// latest one answer no epoch and no offset. Kafka's leader assigns its epoch
// at the log end when it becomes leader (Partition.makeLeader), so a log that
// has no batch yet answers (current epoch, log end offset) as Kafka does.
response::epoch_end_offset end_offset(partition& p, std::int32_t requested, std::int16_t version) {
  response::epoch_end_offset out;
  if (p.deleted()) {
    out.error_code = error_code::unknown_topic_or_partition;
    return out;
  }
  auto& lg = p.log();
  auto latest = lg.latest_epoch();
  if (requested < 0 || requested > (latest ? latest->value() : p.leader_epoch())) return out;
  if (!latest) {
    if (version >= 1) out.leader_epoch = requested;
    out.end_offset = lg.log_end_offset().value();
    return out;
  }
  auto [epoch, end] = lg.end_offset_for_epoch(leader_epoch(requested));
  if (epoch.value() < 0) return out;
  if (version >= 1) out.leader_epoch = epoch.value();
  out.end_offset = end.value();
  return out;
}

}  // namespace

awaitable<net::handler_result> offset_for_leader_epoch(request_context& ctx) {
  protocol::offset_for_leader_epoch_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed OffsetForLeaderEpoch request");
  broker_state& s = ctx.b;
  const std::int16_t v = ctx.version();
  response resp;
  for (const auto& t : req.topics) {
    response::offset_for_leader_topic_result tr;
    tr.topic = t.topic;
    for (const auto& rp : t.partitions) {
      response::epoch_end_offset out;
      auto p = s.partitions.find({t.topic, rp.partition});
      if (!p) {
        out.error_code = error_code::unknown_topic_or_partition;
      } else if (rp.current_leader_epoch >= 0 && rp.current_leader_epoch != p->leader_epoch()) {
        out.error_code = rp.current_leader_epoch < p->leader_epoch() ? error_code::fenced_leader_epoch
                                                                     : error_code::unknown_leader_epoch;
      } else if (!p->is_leader()) {
        out.error_code = error_code::not_leader_or_follower;
      } else {
        partition* pp = p.get();
        std::int32_t requested = rp.leader_epoch;
        auto fn = [pp, requested, v] { return end_offset(*pp, requested, v); };
        out = co_await run_on(p->strand(), std::move(fn));
      }
      out.partition = rp.partition;
      tr.partitions.push_back(std::move(out));
    }
    resp.topics.push_back(std::move(tr));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
