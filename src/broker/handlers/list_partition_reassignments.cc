// ListPartitionReassignments (key 46, v0; KIP-455): the reassignments in
// progress (replicas, adding, removing), of the given partitions or all, from
// the active controller (KafkaApis.handleListPartitionReassignmentsRequest,
// ZooKeeper mode). NOT_CONTROLLER (top level) when this broker's controller is
// not the active one. Partitions not being reassigned are left out.

#include "gannet/protocol/messages/list_partition_reassignments.h"

#include "../controller_call.h"
#include "gannet/cluster/controller.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> list_partition_reassignments(request_context& ctx) {
  protocol::list_partition_reassignments_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed ListPartitionReassignments request");
  std::optional<std::vector<cluster::topic_partition>> partitions;
  if (req.topics) {
    partitions.emplace();
    for (const auto& t : *req.topics) {
      for (auto p : t.partition_indexes)
        partitions->push_back({t.name, p});
    }
  }
  cluster::reassignment_listing listing;
  auto* zk = ctx.b.zk.get();
  if (zk == nullptr || !zk->controller) {
    listing.error = protocol::error_code::not_controller;
  } else {
    auto* controller = zk->controller.get();
    auto start = [controller, &partitions](std::function<void(cluster::reassignment_listing)> done) {
      controller->list_partition_reassignments(std::move(partitions), std::move(done));
    };
    listing = co_await controller_call<cluster::reassignment_listing>(std::move(start));
  }
  protocol::list_partition_reassignments_response resp;
  if (listing.error != protocol::error_code::none) {
    resp.error_code = listing.error;
    resp.error_message = std::string(protocol::error_code_message(listing.error));
    co_return ctx.respond(resp);
  }
  for (const auto& [tp, a] : listing.partitions) {
    if (resp.topics.empty() || resp.topics.back().name != tp.topic) {
      protocol::list_partition_reassignments_response::ongoing_topic_reassignment t;
      t.name = tp.topic;
      resp.topics.push_back(std::move(t));
    }
    protocol::list_partition_reassignments_response::ongoing_partition_reassignment p;
    p.partition_index = tp.partition;
    p.replicas = a.replicas;
    p.adding_replicas = a.adding_replicas;
    p.removing_replicas = a.removing_replicas;
    resp.topics.back().partitions.push_back(std::move(p));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
