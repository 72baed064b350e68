// LeaveGroup (key 13): one member (v0-v2) or a batch (v3+, KIP-345). Below
// v3 the answer has only a top-level error: the group's, else the first
// member's (Kafka's LeaveGroupResponse does the same).

#include "gannet/protocol/messages/leave_group.h"

#include "gannet/groups/coordinator.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> leave_group(request_context& ctx) {
  protocol::leave_group_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed LeaveGroup request");
  std::vector<protocol::leave_group_request_member_identity> members;
  if (ctx.version() < 3) {
    protocol::leave_group_request_member_identity who;
    who.member_id = req.member_id;
    members.push_back(std::move(who));
  } else {
    members = std::move(req.members);
  }
  auto op = ctx.b.groups->leave_group(std::move(req.group_id), std::move(members));
  protocol::leave_group_response resp = co_await std::move(op);
  if (ctx.version() < 3) {
    if (resp.error_code == protocol::error_code::none) {
      for (const auto& m : resp.members) {
        if (m.error_code != protocol::error_code::none) {
          resp.error_code = m.error_code;
          break;
        }
      }
    }
    resp.members.clear();
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
