// AlterPartition (key 56, v0-3; KIP-497): a partition leader asks the active
// controller to change its ISR. Kafka's KafkaApis.handleAlterPartitionRequest
// in ZooKeeper mode: NOT_CONTROLLER (top level) when this broker's controller
// is not the active one, else the controller's answer (its checks and codes:
// controller_alter_partition.cc). v2+ names topics by id, v3+ carries each ISR
// member's broker epoch.

#include "gannet/protocol/messages/alter_partition.h"

#include "../controller_call.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> alter_partition(request_context& ctx) {
  protocol::alter_partition_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed AlterPartition request");
  auto* zk = ctx.b.zk.get();
  if (zk == nullptr || !zk->controller) {
    protocol::alter_partition_response resp;
    resp.error_code = protocol::error_code::not_controller;
    co_return ctx.respond(resp);
  }
  auto* controller = zk->controller.get();
  const auto version = ctx.version();
  auto start = [controller, &req, version](std::function<void(protocol::alter_partition_response)> done) {
    controller->alter_partition(std::move(req), version, std::move(done));
  };
  auto resp = co_await controller_call<protocol::alter_partition_response>(std::move(start));
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
