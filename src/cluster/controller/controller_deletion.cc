// Topic deletion across the cluster (Kafka 3.9's TopicDeletionManager).
//
// /admin/delete_topics/<t> queues a topic. When every replica's broker is live
// the deletion starts: UpdateMetadata with leader -2 (LeaderDuringDelete) to
// every broker so clients stop using it, each replica leaves the ISR and gets
// StopReplica (delete=false), then StopReplica (delete=true). Each replica's
// answer marks it successful or ineligible (an error, or its broker went down:
// retried when the broker is back). When all replicas are deleted the topic's
// znodes go: /brokers/topics/<t> with its partition states, /config/topics/<t>,
// /admin/delete_topics/<t>, each removal fenced by the controller-epoch check.

#include <algorithm>

#include "controller/controller_context.h"
#include "controller/request_batch.h"
#include "gannet/cluster/controller.h"
#include "gannet/cluster/zk_paths.h"
#include "gannet/common/logging.h"

namespace gannet::cluster {

namespace asio = boost::asio;
using replica_deletion = controller_context::replica_deletion;

// KafkaController.processTopicDeletion.
asio::awaitable<void> controller::on_topic_deletion() {
  auto marked = co_await zk_.children(std::string(zk_paths::delete_topics), watch(event_kind::topic_deletion));
  if (!marked || !active_) co_return;
  std::vector<std::string> unknown, queued;
  for (const auto& topic : *marked) {
    if (context_->topics.contains(topic)) {
      queued.push_back(topic);
    } else {
      unknown.push_back(topic);
    }
  }
  if (!config_.delete_topic_enable) {
    // Kafka removes the requests it will never serve.
    unknown.insert(unknown.end(), queued.begin(), queued.end());
    queued.clear();
  }
  for (const auto& topic : unknown) {
    log::info("controller {}: removing the deletion request of {} (unknown topic or deletion disabled)",
              config_.broker_id, topic);
    std::vector<zk_op> ops;
    ops.push_back(
        zk_op{zk_op::kind::check, std::string(zk_paths::controller_epoch), {}, {}, context_->epoch_zk_version});
    ops.push_back(zk_op{zk_op::kind::remove, zk_paths::delete_topic_path(topic), {}, {}, -1});
    auto r = co_await zk_.multi(std::move(ops));
    if (!r)
      log::warn("controller {}: cannot remove the deletion request of {}: {}", config_.broker_id, topic,
                r.error().message());
  }
  for (const auto& topic : queued)
    context_->topics_to_delete.insert(topic);
  co_await resume_deletions();
}

// TopicDeletionManager.resumeDeletions.
asio::awaitable<void> controller::resume_deletions() {
  const std::vector<std::string> topics(context_->topics_to_delete.begin(), context_->topics_to_delete.end());
  for (const auto& topic : topics) {
    if (!active_ || !context_->topics.contains(topic)) co_return;
    if (context_->replicas_in(topic, replica_deletion::successful, false)) {
      if (!co_await complete_delete_topic(topic)) co_return;
      continue;
    }
    if (context_->replicas_in(topic, replica_deletion::started, true)) continue;  // answers still due
    // A failed replica is retried only after its broker restarts, never in a loop.
    if (context_->topics_ineligible_for_deletion.contains(topic)) continue;
    // Not started, or some replica failed: (re)start for the replicas on live
    // brokers that are not deleted yet. A dead replica waits for its broker.
    std::vector<std::int32_t> brokers;
    for (const auto& [p, a] : context_->topics.at(topic).partitions) {
      for (auto r : a.replicas) {
        auto& states = context_->replica_deletions[{topic, p}];
        auto it = states.find(r);
        if (it != states.end() && it->second == replica_deletion::successful) continue;
        if (context_->is_live(r)) {
          brokers.push_back(r);
        } else {
          states[r] = replica_deletion::ineligible;
          context_->topics_ineligible_for_deletion.insert(topic);
        }
      }
    }
    std::sort(brokers.begin(), brokers.end());
    brokers.erase(std::unique(brokers.begin(), brokers.end()), brokers.end());
    if (!brokers.empty() && !co_await delete_replicas(topic, brokers)) co_return;
  }
}

// TopicDeletionManager.onPartitionDeletion for the replicas on `only_brokers`.
asio::awaitable<bool> controller::delete_replicas(std::string topic, std::vector<std::int32_t> only_brokers) {
  log::info("controller {}: deleting topic {} on brokers [{}]", config_.broker_id, topic, fmt::join(only_brokers, ","));
  std::set<topic_partition> partitions;
  for (const auto& [p, a] : context_->topics.at(topic).partitions)
    partitions.insert({topic, p});
  {
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    batch.add_update_metadata(context_->live_broker_ids(), partitions);
    send(batch);
  }
  request_batch offline(*context_, config_.broker_id, config_.inter_broker_listener_name);
  for (auto broker : only_brokers) {
    std::vector<topic_partition> hosted;
    for (const auto& tp : partitions) {
      const auto& replicas = context_->assignment(tp)->replicas;
      if (std::find(replicas.begin(), replicas.end(), broker) == replicas.end()) continue;
      hosted.push_back(tp);
      offline.add_stop_replica({broker}, tp, false);
    }
    if (!co_await remove_replica_from_isrs(broker, hosted, offline)) co_return false;
  }
  send(offline);
  request_batch deletion(*context_, config_.broker_id, config_.inter_broker_listener_name);
  for (auto broker : only_brokers) {
    for (const auto& tp : partitions) {
      const auto& replicas = context_->assignment(tp)->replicas;
      if (std::find(replicas.begin(), replicas.end(), broker) == replicas.end()) continue;
      context_->replica_deletions[tp][broker] = replica_deletion::started;
      deletion.add_stop_replica({broker}, tp, true);
    }
  }
  send(deletion);
  co_return true;
}

// KafkaController.processTopicDeletionStopReplicaResponseReceived.
asio::awaitable<void> controller::on_stop_replica_response(std::int32_t broker,
                                                           std::shared_ptr<protocol::stop_replica_response> response) {
  bool changed = false;
  auto mark = [&](const topic_partition& tp, replica_deletion state) {
    auto it = context_->replica_deletions.find(tp);
    if (it == context_->replica_deletions.end()) return;
    auto r = it->second.find(broker);
    if (r == it->second.end() || r->second != replica_deletion::started) return;
    r->second = state;
    if (state == replica_deletion::ineligible) context_->topics_ineligible_for_deletion.insert(tp.topic);
    changed = true;
  };
  if (response->error_code != protocol::error_code::none) {
    // The whole request failed: every replica it asked to delete on that broker.
    for (auto& [tp, states] : context_->replica_deletions)
      mark(tp, replica_deletion::ineligible);
  } else {
    for (const auto& pe : response->partition_errors) {
      topic_partition tp{pe.topic_name, pe.partition_index};
      if (!context_->topics_to_delete.contains(tp.topic)) continue;
      mark(tp,
           pe.error_code == protocol::error_code::none ? replica_deletion::successful : replica_deletion::ineligible);
    }
  }
  if (changed) co_await resume_deletions();
}

// TopicDeletionManager.completeDeleteTopic / KafkaZkClient.deleteTopic.
asio::awaitable<bool> controller::complete_delete_topic(std::string topic) {
  std::vector<std::string> paths;
  const auto& t = context_->topics.at(topic);
  for (const auto& [p, a] : t.partitions) {
    paths.push_back(zk_paths::partition_state_path(topic, p));
    paths.push_back(zk_paths::topic_partition_path(topic, p));
  }
  paths.push_back(zk_paths::topic_partitions_path(topic));
  paths.push_back(zk_paths::topic_path(topic));
  paths.push_back(zk_paths::topic_config_path(topic));
  paths.push_back(zk_paths::delete_topic_path(topic));
  std::vector<zk_op> ops;
  ops.push_back(zk_op{zk_op::kind::check, std::string(zk_paths::controller_epoch), {}, {}, context_->epoch_zk_version});
  for (const auto& p : paths) {
    auto exists = co_await zk_.exists(p);
    if (exists && exists->has_value()) ops.push_back(zk_op{zk_op::kind::remove, p, {}, {}, -1});
  }
  auto r = co_await zk_.multi(std::move(ops));
  if (!r) {
    auto check = co_await zk_.exists(std::string(zk_paths::controller_epoch));
    if (!check || !check->has_value() || (*check)->version != context_->epoch_zk_version) {
      fenced_ = true;
      co_return false;
    }
    log::warn("controller {}: removing the znodes of deleted topic {} failed: {}", config_.broker_id, topic,
              r.error().message());
    co_return true;  // retried at the next deletion event
  }
  log::info("controller {}: deletion of topic {} completed", config_.broker_id, topic);
  std::erase_if(context_->leadership, [&](const auto& kv) { return kv.first.topic == topic; });
  std::erase_if(context_->replica_deletions, [&](const auto& kv) { return kv.first.topic == topic; });
  context_->topics_ineligible_for_deletion.erase(topic);
  context_->topics_to_delete.erase(topic);
  context_->topics.erase(topic);
  co_return true;
}

}  // namespace gannet::cluster
