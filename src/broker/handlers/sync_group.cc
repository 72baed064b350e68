// SyncGroup (key 14): the leader hands in the assignment, every member gets
// its own once it is stored (src/groups). From v5 the protocol type and name
// are mandatory (INCONSISTENT_GROUP_PROTOCOL without them, as Kafka answers).

#include "gannet/protocol/messages/sync_group.h"

#include "gannet/groups/coordinator.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> sync_group(request_context& ctx) {
  protocol::sync_group_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed SyncGroup request");
  protocol::sync_group_response resp;
  if (ctx.version() >= 5 && (!req.protocol_type || !req.protocol_name)) {
    resp.error_code = protocol::error_code::inconsistent_group_protocol;
    co_return ctx.respond(resp);
  }
  auto op = ctx.b.groups->sync_group(std::move(req));
  resp = co_await std::move(op);
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
