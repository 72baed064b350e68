// JoinGroup (key 11): the classic rebalance's first step, decided by the
// group coordinator (src/groups). The answer may wait for the whole group:
// the coroutine suspends, no thread blocks.

#include "gannet/protocol/messages/join_group.h"

#include "gannet/groups/coordinator.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> join_group(request_context& ctx) {
  groups::join_request r;
  if (!ctx.decode(r.req)) co_return net::handler_result::close("malformed JoinGroup request");
  r.version = ctx.version();
  r.client_id = ctx.header.client_id.value_or("");
  // Kafka names the client host as Java's InetAddress.toString does.
  r.client_host = "/";
  r.client_host += ctx.conn.remote_endpoint.address().to_string();
  auto op = ctx.b.groups->join_group(std::move(r));
  protocol::join_group_response resp = co_await std::move(op);
  // Below v7 the protocol name is not nullable: "" when there is none.
  if (ctx.version() < 7 && !resp.protocol_name) resp.protocol_name = std::string();
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
