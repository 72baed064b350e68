// LeaderAndIsr (key 4, v0-7): the controller names this broker leader or follower of
// partitions (Kafka's KafkaApis.handleLeaderAndIsrRequest and
// ReplicaManager.becomeLeaderOrFollower, in replica_manager.cc). A standalone broker has no
// controller: INVALID_REQUEST.

#include "gannet/protocol/messages/leader_and_isr.h"

#include "../replica_manager.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> leader_and_isr(request_context& ctx) {
  protocol::leader_and_isr_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed LeaderAndIsr request");
  auto* zk = ctx.b.zk.get();
  if (zk == nullptr || !zk->replicas || !zk->registration) {
    protocol::leader_and_isr_response resp;
    resp.error_code = protocol::error_code::invalid_request;
    co_return ctx.respond(resp);
  }
  auto resp = co_await zk->replicas->become_leader_or_follower(std::move(req), ctx.version());
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
