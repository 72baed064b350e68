// ControlledShutdown (key 7, v0-3): a broker about to stop asks the active
// controller to move its leaderships away (KafkaApis.handleControlledShutdownRequest,
// ZooKeeper mode). The controller's answer: NONE with the partitions the broker
// still leads, NOT_CONTROLLER when this broker's controller is not the active
// one, STALE_BROKER_EPOCH for an older registration (v2+ carries the epoch),
// BROKER_NOT_AVAILABLE for a broker it does not know
// (controller_controlled_shutdown.cc). v0 uses request header v0.

#include "gannet/protocol/messages/controlled_shutdown.h"

#include "../controller_call.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> controlled_shutdown(request_context& ctx) {
  protocol::controlled_shutdown_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed ControlledShutdown request");
  auto* zk = ctx.b.zk.get();
  if (zk == nullptr || !zk->controller) {
    protocol::controlled_shutdown_response resp;
    resp.error_code = protocol::error_code::not_controller;
    co_return ctx.respond(resp);
  }
  // Before v2 there is no broker epoch: the schema default (-1) is Kafka's
  // UNKNOWN_BROKER_EPOCH, which the controller does not check.
  auto* controller = zk->controller.get();
  auto start = [controller, &req](std::function<void(protocol::controlled_shutdown_response)> done) {
    controller->controlled_shutdown(std::move(req), std::move(done));
  };
  auto resp = co_await controller_call<protocol::controlled_shutdown_response>(std::move(start));
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
