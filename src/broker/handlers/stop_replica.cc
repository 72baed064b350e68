// StopReplica (key 5, v0-4): the controller stops this broker's replicas of partitions, and
// deletes them with delete_partition (topic deletion, reassignment) (Kafka's
// KafkaApis.handleStopReplicaRequest and ReplicaManager.stopReplicas, in replica_manager.cc). A
// standalone broker has no controller: INVALID_REQUEST.

#include "gannet/protocol/messages/stop_replica.h"

#include "../replica_manager.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> stop_replica(request_context& ctx) {
  protocol::stop_replica_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed StopReplica request");
  auto* zk = ctx.b.zk.get();
  if (zk == nullptr || !zk->replicas || !zk->registration) {
    protocol::stop_replica_response resp;
    resp.error_code = protocol::error_code::invalid_request;
    co_return ctx.respond(resp);
  }
  auto resp = co_await zk->replicas->stop_replicas(std::move(req), ctx.version());
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
