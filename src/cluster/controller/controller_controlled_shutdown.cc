// ControlledShutdown (KafkaController.doControlledShutdown, Kafka 3.9): the
// broker is marked shutting down; partitions it leads (with more than one
// replica) elect the first live ISR member that is not shutting down, the ISR
// losing the shutting-down brokers; partitions it follows get StopReplica
// (delete=false) and lose it from their ISR. The answer lists the partitions
// it still leads (no other eligible leader), which the broker retries.

#include <algorithm>

#include "controller/controller_context.h"
#include "controller/partition_election.h"
#include "controller/request_batch.h"
#include "gannet/cluster/controller.h"
#include "gannet/common/logging.h"

namespace gannet::cluster {

namespace asio = boost::asio;
using protocol::error_code;

namespace {
constexpr std::int64_t unknown_broker_epoch = -1;  // AbstractControlRequest.UNKNOWN_BROKER_EPOCH (pre KIP-380)
}  // namespace

asio::awaitable<protocol::controlled_shutdown_response> controller::on_controlled_shutdown(
    protocol::controlled_shutdown_request request) {
  protocol::controlled_shutdown_response response;
  if (!active_) {
    response.error_code = error_code::not_controller;
    co_return response;
  }
  const auto id = request.broker_id;
  auto broker = context_->live_brokers.find(id);
  if (broker == context_->live_brokers.end()) {
    // Kafka reads the epoch first and fails on an unknown broker; without an
    // epoch it reports BrokerNotAvailableException.
    response.error_code = request.broker_epoch == unknown_broker_epoch ? error_code::broker_not_available
                                                                       : error_code::unknown_server_error;
    co_return response;
  }
  if (request.broker_epoch != unknown_broker_epoch && request.broker_epoch < broker->second.epoch) {
    response.error_code = error_code::stale_broker_epoch;
    co_return response;
  }
  log::info("controller {}: shutting down broker {}", config_.broker_id, id);
  context_->shutting_down_brokers.insert(id);

  std::vector<topic_partition> led, followed;
  for (const auto& [tp, state] : context_->leadership) {
    const auto* a = context_->assignment(tp);
    if (a == nullptr || a->replicas.size() <= 1 || context_->topics_to_delete.contains(tp.topic)) continue;
    if (std::find(a->replicas.begin(), a->replicas.end(), id) == a->replicas.end()) continue;
    (state.leader == id ? led : followed).push_back(tp);
  }

  // Leadership moves (ControlledShutdownPartitionLeaderElectionStrategy).
  {
    const auto live_ids = context_->live_broker_ids();
    const std::set<std::int32_t> live(live_ids.begin(), live_ids.end());
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    for (const auto& tp : led) {
      const auto* a = context_->assignment(tp);
      auto current = (co_await read_partition_state(tp)).state;
      if (!current || current->controller_epoch > context_->epoch) continue;
      auto leader = controlled_shutdown_leader(a->replicas, current->isr, live, context_->shutting_down_brokers);
      if (!leader) continue;  // stays with the broker: reported as remaining
      partition_state next = *current;
      next.leader = *leader;
      next.leader_epoch = current->leader_epoch + 1;
      next.controller_epoch = context_->epoch;
      next.isr.clear();
      for (auto r : current->isr) {
        if (!context_->shutting_down_brokers.contains(r)) next.isr.push_back(r);
      }
      if (next.isr.empty()) next.isr = current->isr;
      auto w = co_await write_partition_state(tp, next, false);
      if (w.outcome == write_outcome::controller_moved) {
        response.error_code = error_code::not_controller;
        co_return response;
      }
      if (w.outcome != write_outcome::ok) continue;
      next.zk_version = w.zk_version;
      context_->leadership[tp] = next;
      std::vector<std::int32_t> recipients;
      for (auto r : a->replicas) {
        if (context_->is_live(r)) recipients.push_back(r);
      }
      batch.add_leader_and_isr(recipients, tp, next, *a, false);
    }
    send(batch);
  }
  // Followers stop fetching, then leave the ISR (OfflineReplica).
  {
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    for (const auto& tp : followed)
      batch.add_stop_replica({id}, tp, false);
    send(batch);
  }
  {
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    for (const auto& tp : followed)
      batch.add_stop_replica({id}, tp, false);
    if (!co_await remove_replica_from_isrs(id, followed, batch)) {
      response.error_code = error_code::not_controller;
      co_return response;
    }
    send(batch);
  }
  for (const auto& [tp, state] : context_->leadership) {
    if (state.leader == id) response.remaining_partitions.push_back({tp.topic, tp.partition});
  }
  co_return response;
}

}  // namespace gannet::cluster
