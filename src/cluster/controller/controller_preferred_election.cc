// Preferred-replica election requested through /admin/preferred_replica_election
// (KafkaController.processReplicaLeaderElection, ZooKeeper-triggered, Kafka 3.9):
// each listed partition whose leader is not its first replica gets that replica
// as leader when it is live and in the ISR (PreferredReplicaPartitionLeaderElectionStrategy:
// ISR unchanged, leader epoch + 1); then the request znode is removed, fenced.

#include <algorithm>

#include "controller/controller_context.h"
#include "controller/partition_election.h"
#include "controller/request_batch.h"
#include "gannet/cluster/controller.h"
#include "gannet/cluster/zk_paths.h"
#include "gannet/common/logging.h"

namespace gannet::cluster {

namespace asio = boost::asio;

asio::awaitable<void> controller::on_preferred_replica_election() {
  const std::string path(zk_paths::preferred_replica_election);
  auto exists = co_await zk_.exists(path, watch(event_kind::preferred_replica_election));
  if (!exists || !exists->has_value() || !active_) co_return;
  auto d = co_await zk_.get(path);
  if (!d) co_return;
  std::vector<topic_partition> partitions;
  if (auto refs = decode_preferred_replica_election(d->data)) {
    for (const auto& r : *refs) {
      topic_partition tp{r.topic, r.partition};
      if (context_->assignment(tp) != nullptr && !context_->topics_to_delete.contains(tp.topic)) {
        partitions.push_back(tp);
      }
    }
  } else {
    log::warn("controller {}: unreadable {}: {}", config_.broker_id, path, refs.error().message());
  }
  request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
  if (!co_await elect_preferred(partitions, batch)) co_return;
  send(batch);
  std::vector<zk_op> ops;
  ops.push_back(zk_op{zk_op::kind::check, std::string(zk_paths::controller_epoch), {}, {}, context_->epoch_zk_version});
  ops.push_back(zk_op{zk_op::kind::remove, path, {}, {}, -1});
  auto r = co_await zk_.multi(std::move(ops));
  if (!r) log::warn("controller {}: cannot remove {}: {}", config_.broker_id, path, r.error().message());
}

asio::awaitable<bool> controller::elect_preferred(std::vector<topic_partition> partitions, request_batch& batch) {
  const auto live_ids = context_->live_broker_ids();
  const std::set<std::int32_t> live(live_ids.begin(), live_ids.end());
  for (const auto& tp : partitions) {
    const auto* a = context_->assignment(tp);
    if (a == nullptr || a->replicas.empty()) continue;
    auto current = (co_await read_partition_state(tp)).state;
    if (!current || current->controller_epoch > context_->epoch) continue;
    if (current->leader == a->replicas.front()) continue;  // ELECTION_NOT_NEEDED
    auto leader = preferred_replica_leader(a->replicas, current->isr, live);
    if (!leader) {
      log::info("controller {}: preferred replica {} of {}-{} is not live and in the ISR", config_.broker_id,
                a->replicas.front(), tp.topic, tp.partition);
      continue;
    }
    partition_state next = *current;
    next.leader = *leader;
    next.leader_epoch = current->leader_epoch + 1;
    next.controller_epoch = context_->epoch;
    auto w = co_await write_partition_state(tp, next, false);
    if (w.outcome == write_outcome::controller_moved) co_return false;
    if (w.outcome != write_outcome::ok) continue;
    next.zk_version = w.zk_version;
    context_->leadership[tp] = next;
    batch.add_leader_and_isr(context_->live_replicas(tp), tp, next, *a, false);
  }
  co_return true;
}

}  // namespace gannet::cluster
