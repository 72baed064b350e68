// OffsetFetch (key 9): committed offsets, -1 where there is none. Null
// topics (v2+) ask for every committed offset of the group; v8+ asks for
// several groups at once; v7+ require_stable. Below v2 there is no top-level
// error: a group error is repeated on every partition.

#include "gannet/protocol/messages/offset_fetch.h"

#include <map>

#include "gannet/groups/coordinator.h"
#include "handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;

struct partition_answer {
  std::int32_t partition = 0;
  std::int64_t offset = -1;
  std::int32_t leader_epoch = -1;
  std::string metadata;
  error_code error = error_code::none;
};

// topic -> partitions, in topic name order (as Kafka's maps come out sorted
// enough for every client: they look answers up by name).
using answer_map = std::map<std::string, std::vector<partition_answer>>;

answer_map to_answers(const groups::offset_fetch_result& r, error_code partition_error) {
  answer_map out;
  for (const auto& f : r.offsets) {
    partition_answer a;
    a.partition = f.key.partition;
    a.error = partition_error;
    if (f.committed) {
      a.offset = f.committed->offset;
      a.leader_epoch = f.committed->leader_epoch;
      a.metadata = f.committed->metadata;
    }
    for (const auto& u : r.unstable) {
      if (u == f.key) a.error = error_code::unstable_offset_commit;
    }
    out[f.key.topic].push_back(std::move(a));
  }
  return out;
}

}  // namespace

awaitable<net::handler_result> offset_fetch(request_context& ctx) {
  protocol::offset_fetch_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed OffsetFetch request");
  protocol::offset_fetch_response resp;
  auto& coordinator = *ctx.b.groups;

  if (ctx.version() >= 8) {
    for (const auto& g : req.groups) {
      std::optional<std::vector<groups::offset_key>> keys;
      if (g.topics) {
        keys.emplace();
        for (const auto& t : *g.topics) {
          for (auto p : t.partition_indexes)
            keys->push_back({t.name, p});
        }
      }
      auto op = coordinator.fetch_offsets(g.group_id, std::move(keys), req.require_stable);
      auto r = co_await std::move(op);
      protocol::offset_fetch_response::offset_fetch_response_group rg;
      rg.group_id = g.group_id;
      rg.error_code = r.error;
      for (auto& [topic, parts] : to_answers(r, error_code::none)) {
        protocol::offset_fetch_response::offset_fetch_response_topics rt;
        rt.name = topic;
        for (auto& a : parts) {
          protocol::offset_fetch_response::offset_fetch_response_partitions rp;
          rp.partition_index = a.partition;
          rp.committed_offset = a.offset;
          rp.committed_leader_epoch = a.leader_epoch;
          rp.metadata = a.metadata;
          rp.error_code = a.error;
          rt.partitions.push_back(std::move(rp));
        }
        rg.topics.push_back(std::move(rt));
      }
      resp.groups.push_back(std::move(rg));
    }
    co_return ctx.respond(resp);
  }

  std::optional<std::vector<groups::offset_key>> keys;
  if (req.topics) {
    keys.emplace();
    for (const auto& t : *req.topics) {
      for (auto p : t.partition_indexes)
        keys->push_back({t.name, p});
    }
  }
  auto requested = keys;
  auto op = coordinator.fetch_offsets(req.group_id, std::move(keys), req.require_stable);
  auto r = co_await std::move(op);
  error_code partition_error = error_code::none;
  if (r.error != error_code::none) {
    if (ctx.version() >= 2) {
      resp.error_code = r.error;
      co_return ctx.respond(resp);
    }
    // v0-v1: no top-level error; every asked-for partition carries it.
    partition_error = r.error;
    r.offsets.clear();
    if (requested) {
      for (const auto& k : *requested)
        r.offsets.push_back({k, std::nullopt});
    }
  }
  for (auto& [topic, parts] : to_answers(r, partition_error)) {
    protocol::offset_fetch_response::offset_fetch_response_topic rt;
    rt.name = topic;
    for (auto& a : parts) {
      protocol::offset_fetch_response::offset_fetch_response_partition rp;
      rp.partition_index = a.partition;
      rp.committed_offset = a.offset;
      rp.committed_leader_epoch = a.leader_epoch;
      rp.metadata = a.metadata;
      rp.error_code = a.error;
      rt.partitions.push_back(std::move(rp));
    }
    resp.topics.push_back(std::move(rt));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
