// DeleteGroups (key 42): only Empty groups (NON_EMPTY_GROUP otherwise);
// GROUP_ID_NOT_FOUND for unknown ones. The group's metadata and offsets get
// tombstones.

#include "gannet/protocol/messages/delete_groups.h"

#include "gannet/groups/coordinator.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> delete_groups(request_context& ctx) {
  protocol::delete_groups_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed DeleteGroups request");
  protocol::delete_groups_response resp;
  for (const auto& id : req.groups_names) {
    auto op = ctx.b.groups->delete_group(id);
    protocol::delete_groups_response::deletable_group_result r;
    r.group_id = id;
    r.error_code = co_await std::move(op);
    resp.results.push_back(std::move(r));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
