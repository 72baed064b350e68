// UpdateMetadata (key 6, v0-8): the active controller's view of the cluster
// (live brokers, controller, partition leaders and ISRs) for this broker's
// metadata cache (Kafka's KafkaApis.handleUpdateMetadataRequest and
// ReplicaManager.maybeUpdateMetadataCache). A request of a controller epoch
// older than one already seen comes from a deposed controller: refused with
// STALE_CONTROLLER_EPOCH. One naming an older registration of this broker
// (broker epoch, v5+) is refused with STALE_BROKER_EPOCH. A standalone broker
// has no controller: INVALID_REQUEST.

#include "gannet/protocol/messages/update_metadata.h"

#include "gannet/common/logging.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> update_metadata(request_context& ctx) {
  protocol::update_metadata_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed UpdateMetadata request");
  protocol::update_metadata_response resp;
  auto* zk = ctx.b.zk.get();
  if (zk == nullptr || !zk->metadata || !zk->registration) {
    resp.error_code = protocol::error_code::invalid_request;
    co_return ctx.respond(resp);
  }
  const std::int64_t our_epoch = zk->registration->broker_epoch();
  std::lock_guard lock(zk->controller_requests_mutex);
  if (ctx.version() >= 5 && req.broker_epoch != -1 && req.broker_epoch < our_epoch) {
    log::info("Received UpdateMetadata request with stale broker epoch info {} (current broker epoch {})",
              req.broker_epoch, our_epoch);
    resp.error_code = protocol::error_code::stale_broker_epoch;
  } else if (req.controller_epoch < zk->controller_epoch) {
    log::warn(
        "Received UpdateMetadata request from controller {} with epoch {} older than the latest known "
        "controller epoch {}",
        req.controller_id, req.controller_epoch, zk->controller_epoch);
    resp.error_code = protocol::error_code::stale_controller_epoch;
  } else {
    zk->controller_epoch = req.controller_epoch;
    zk->metadata->update_metadata(req, ctx.version());
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
