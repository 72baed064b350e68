// Heartbeat (key 12): keeps a member's session alive and tells it when to
// rejoin (REBALANCE_IN_PROGRESS), as the group coordinator decides.

#include "gannet/protocol/messages/heartbeat.h"

#include "gannet/groups/coordinator.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> heartbeat(request_context& ctx) {
  protocol::heartbeat_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed Heartbeat request");
  auto op = ctx.b.groups->heartbeat(std::move(req.group_id), std::move(req.member_id), std::move(req.group_instance_id),
                                    req.generation_id);
  protocol::heartbeat_response resp;
  resp.error_code = co_await std::move(op);
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
