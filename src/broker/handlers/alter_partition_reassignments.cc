// AlterPartitionReassignments (key 45, v0; KIP-455): start, change or cancel
// (null replicas) reassignments, served by the active controller (Kafka's
// KafkaApis.handleAlterPartitionReassignmentsRequest, ZooKeeper mode). The
// answer is immediate: the reassignment goes on in the controller
// (controller_reassignment.cc). NOT_CONTROLLER (top level) when this broker's
// controller is not the active one; per partition INVALID_REPLICA_ASSIGNMENT,
// NO_REASSIGNMENT_IN_PROGRESS, UNKNOWN_TOPIC_OR_PARTITION with Kafka's messages.

#include "gannet/protocol/messages/alter_partition_reassignments.h"

#include "../controller_call.h"
#include "gannet/cluster/controller.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> alter_partition_reassignments(request_context& ctx) {
  protocol::alter_partition_reassignments_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed AlterPartitionReassignments request");
  std::map<cluster::topic_partition, std::optional<std::vector<std::int32_t>>> reassignments;
  for (const auto& t : req.topics) {
    for (const auto& p : t.partitions)
      reassignments[{t.name, p.partition_index}] = p.replicas;
  }
  cluster::reassignment_results results;
  auto* zk = ctx.b.zk.get();
  if (zk == nullptr || !zk->controller) {
    results.error = protocol::error_code::not_controller;
  } else {
    auto* controller = zk->controller.get();
    auto start = [controller, &reassignments](std::function<void(cluster::reassignment_results)> done) {
      controller->alter_partition_reassignments(std::move(reassignments), std::move(done));
    };
    results = co_await controller_call<cluster::reassignment_results>(std::move(start));
  }
  protocol::alter_partition_reassignments_response resp;
  if (results.error != protocol::error_code::none) {
    resp.error_code = results.error;
    resp.error_message = std::string(protocol::error_code_message(results.error));
    co_return ctx.respond(resp);
  }
  for (const auto& [tp, r] : results.partitions) {
    if (resp.responses.empty() || resp.responses.back().name != tp.topic) {
      protocol::alter_partition_reassignments_response::reassignable_topic_response t;
      t.name = tp.topic;
      resp.responses.push_back(std::move(t));
    }
    protocol::alter_partition_reassignments_response::reassignable_partition_response p;
    p.partition_index = tp.partition;
    p.error_code = r.error;
    p.error_message = r.message;
    resp.responses.back().partitions.push_back(std::move(p));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
