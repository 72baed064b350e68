// OffsetDelete (key 47, KIP-496): removes committed offsets of an Empty
// group, or of topics a consumer group does not subscribe to
// (GROUP_SUBSCRIBED_TO_TOPIC otherwise). Partitions that do not exist get
// UNKNOWN_TOPIC_OR_PARTITION, listed only when the group itself has no error
// (as Kafka merges them).

#include "gannet/protocol/messages/offset_delete.h"

#include <map>

#include "gannet/groups/coordinator.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> offset_delete(request_context& ctx) {
  protocol::offset_delete_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed OffsetDelete request");
  std::vector<groups::offset_key> keys;
  std::map<std::pair<std::string, std::int32_t>, protocol::error_code> errors;
  for (const auto& t : req.topics) {
    for (const auto& p : t.partitions) {
      if (!ctx.b.partitions.find({t.name, p.partition_index})) {
        errors[{t.name, p.partition_index}] = protocol::error_code::unknown_topic_or_partition;
      } else {
        keys.push_back({t.name, p.partition_index});
      }
    }
  }
  auto op = ctx.b.groups->delete_offsets(req.group_id, std::move(keys));
  auto r = co_await std::move(op);
  protocol::offset_delete_response resp;
  resp.error_code = r.error;
  if (r.error == protocol::error_code::none) {
    for (const auto& [k, e] : r.partitions)
      errors[{k.topic, k.partition}] = e;
    for (const auto& t : req.topics) {
      protocol::offset_delete_response::offset_delete_response_topic rt;
      rt.name = t.name;
      for (const auto& p : t.partitions) {
        auto it = errors.find({t.name, p.partition_index});
        if (it == errors.end()) continue;
        protocol::offset_delete_response::offset_delete_response_partition rp;
        rp.partition_index = p.partition_index;
        rp.error_code = it->second;
        rt.partitions.push_back(rp);
      }
      resp.topics.push_back(std::move(rt));
    }
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
