// DescribeCluster (key 60, KIP-700): this broker as the whole cluster and its
// controller. v1 adds endpoint_type (KIP-919): a broker serves only
// BROKER (1); CONTROLLER (2) is MISMATCHED_ENDPOINT_TYPE, anything else
// UNSUPPORTED_ENDPOINT_TYPE (INVALID_REQUEST in v0), with Kafka 3.9's
// messages (AuthHelper.computeDescribeClusterResponse).

#include "gannet/protocol/messages/describe_cluster.h"

#include "handlers.h"
#include "zk_handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;

constexpr std::int8_t endpoint_broker = 1;
constexpr std::int8_t endpoint_controller = 2;

// Every operation Kafka defines on the cluster resource (AclOperation codes
// CREATE 5, ALTER 7, DESCRIBE 8, CLUSTER_ACTION 9, DESCRIBE_CONFIGS 10,
// ALTER_CONFIGS 11, IDEMPOTENT_WRITE 12 = 8096, what Kafka 3.9 answers without
// an authorizer): no authorizer, so everything is allowed.
constexpr std::int32_t all_cluster_operations =
    (1 << 5) | (1 << 7) | (1 << 8) | (1 << 9) | (1 << 10) | (1 << 11) | (1 << 12);

}  // namespace

awaitable<net::handler_result> describe_cluster(request_context& ctx) {
  protocol::describe_cluster_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed DescribeCluster request");
  const broker_state& s = ctx.b;
  protocol::describe_cluster_response resp;
  if (req.endpoint_type != endpoint_broker) {
    const bool known = req.endpoint_type == endpoint_controller;
    if (ctx.version() == 0) {
      resp.error_code = error_code::invalid_request;
    } else {
      resp.error_code = known ? error_code::mismatched_endpoint_type : error_code::unsupported_endpoint_type;
    }
    resp.error_message = known ? std::string(
                                     "The request was sent to an endpoint of type BROKER, but we wanted an "
                                     "endpoint of type CONTROLLER")
                               : "Unsupported endpoint type " + std::to_string(req.endpoint_type);
    co_return ctx.respond(resp);
  }
  if (s.zk) co_return ctx.respond(zk_describe_cluster(ctx, req));
  resp.cluster_id = s.cluster_id;
  resp.controller_id = s.node_id;
  if (req.include_cluster_authorized_operations) resp.cluster_authorized_operations = all_cluster_operations;
  for (const auto& a : s.advertised) {
    if (a.listener_name != ctx.conn.listener_name && s.advertised.size() > 1) continue;
    resp.brokers.push_back({s.node_id, a.host, a.port, s.cfg.broker_rack});
    break;
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
