// ApiVersions (key 18): the versions of every API this broker serves. An
// unknown version is answered by the dispatcher (KIP-511, v0 layout).

#include "gannet/protocol/messages/api_versions.h"

#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> api_versions(request_context& ctx) {
  protocol::api_versions_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed ApiVersions request");
  protocol::api_versions_response resp;
  // The controller's APIs only in ZooKeeper mode, as Kafka's zkBroker listener.
  const bool zk_mode = ctx.b.zk != nullptr;
  for (const auto& e : handler_table())
    if (zk_mode || !e.zk_only) resp.api_keys.push_back({e.key, e.min_version, e.max_version});
  // v3+: Kafka 3.9 in ZooKeeper mode sends the (tagged) finalized features epoch 0 with no
  // features: its /feature znode's epoch on a fresh cluster (tests/reference/kafka-3.9-apiversions.txt).
  resp.finalized_features_epoch = 0;
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
