// ListGroups (key 16): every group this coordinator holds (those of the
// __consumer_offsets partitions this broker leads); v4+ filters by state
// (case-insensitive), v5+ by type (all groups here are "classic").
// COORDINATOR_LOAD_IN_PROGRESS while a partition loads, with the groups.

#include "gannet/protocol/messages/list_groups.h"

#include "gannet/groups/coordinator.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> list_groups(request_context& ctx) {
  protocol::list_groups_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed ListGroups request");
  auto op = ctx.b.groups->list_groups(std::move(req.states_filter), std::move(req.types_filter));
  auto listed = co_await std::move(op);
  protocol::list_groups_response resp;
  resp.error_code = listed.error;
  for (auto& r : listed.groups) {
    protocol::list_groups_response::listed_group g;
    g.group_id = std::move(r.group_id);
    g.protocol_type = std::move(r.protocol_type);
    g.group_state = std::move(r.state);
    g.group_type = "classic";
    resp.groups.push_back(std::move(g));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
