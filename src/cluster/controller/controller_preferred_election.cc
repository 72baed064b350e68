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
  // processReplicaLeaderElection (ZkTriggered): only partitions whose leader is
  // not their preferred replica are elected (the others: ELECTION_NOT_NEEDED).
  std::vector<topic_partition> electable;
  for (const auto& tp : partitions) {
    const auto* a = context_->assignment(tp);
    if (a == nullptr || a->replicas.empty()) continue;
    auto it = context_->leadership.find(tp);
    if (it != context_->leadership.end() && it->second.leader == a->replicas.front()) continue;
    electable.push_back(tp);
  }
  auto results = co_await on_replica_election(electable, election_type::preferred, false, "ZkTriggered", batch);
  if (!results) co_return false;
  for (const auto& [tp, r] : *results) {
    if (r.error != protocol::error_code::none) {
      log::info("controller {}: preferred replica election of {}-{} failed: {}", config_.broker_id, tp.topic,
                tp.partition, r.message.value_or(""));
    }
  }
  co_return true;
}

}  // namespace gannet::cluster
