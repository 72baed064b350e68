// The controller's state changes (gannet/cluster/controller.h): what happens
// when brokers come and go, topics and partitions appear, and leaders change
// their ISR. Each follows Kafka 3.9's KafkaController / PartitionStateMachine /
// ReplicaStateMachine; the comments name the Kafka method.

#include <algorithm>

#include "controller/controller_context.h"
#include "controller/partition_election.h"
#include "controller/request_batch.h"
#include "gannet/cluster/controller.h"
#include "gannet/cluster/zk_paths.h"
#include "gannet/common/logging.h"

namespace gannet::cluster {

namespace asio = boost::asio;

namespace {

// A partition whose state znode changed between our read and our write is read
// again; Kafka retries until it succeeds, we give up (and log) after a few.
constexpr int max_write_attempts = 5;

bool contains(const std::vector<std::int32_t>& v, std::int32_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::set<std::int32_t> as_set(const std::vector<std::int32_t>& v) { return {v.begin(), v.end()}; }

}  // namespace

asio::awaitable<std::optional<std::map<std::int32_t, live_broker>>> controller::read_brokers() {
  auto ids = co_await zk_.children(std::string(zk_paths::broker_ids), watch(event_kind::broker_change));
  if (!ids) {
    log::warn("controller {}: cannot list brokers: {}", config_.broker_id, ids.error().message());
    co_return std::nullopt;
  }
  std::map<std::int32_t, live_broker> out;
  for (const auto& name : *ids) {
    std::int32_t id = 0;
    try {
      id = std::stoi(name);
    } catch (const std::exception&) {
      log::warn("controller {}: ignoring /brokers/ids/{}: not a broker id", config_.broker_id, name);
      continue;
    }
    auto d = co_await zk_.get(zk_paths::broker_id_path(id));
    if (!d) {
      if (d.error() == zk_errc::no_node) continue;  // gone since the listing
      co_return std::nullopt;
    }
    auto reg = decode_broker_registration(id, d->data);
    if (!reg) {
      log::warn("controller {}: ignoring broker {}: unreadable registration ({})", config_.broker_id, id,
                reg.error().message());
      continue;
    }
    out[id] = live_broker{std::move(*reg), d->stat.czxid};
  }
  co_return out;
}

asio::awaitable<std::optional<std::set<std::string>>> controller::read_topic_names() {
  auto names = co_await zk_.children(std::string(zk_paths::broker_topics), watch(event_kind::topic_change));
  if (!names) {
    log::warn("controller {}: cannot list topics: {}", config_.broker_id, names.error().message());
    co_return std::nullopt;
  }
  co_return std::set<std::string>(names->begin(), names->end());
}

asio::awaitable<bool> controller::read_topic_assignment(std::string topic) {
  auto d = co_await zk_.get(zk_paths::topic_path(topic), watch(event_kind::partition_modification, topic));
  if (!d) {
    if (d.error() == zk_errc::no_node) {
      context_->topics.erase(topic);
      co_return true;
    }
    co_return false;
  }
  auto a = decode_topic_assignment(d->data);
  if (!a) {
    log::warn("controller {}: ignoring topic {}: unreadable assignment ({})", config_.broker_id, topic,
              a.error().message());
    co_return true;
  }
  auto& t = context_->topics[topic];
  t.topic_id = a->topic_id;
  t.partitions = std::move(a->partitions);
  t.zk_version = d->stat.version;
  co_return true;
}

asio::awaitable<controller::state_read> controller::read_partition_state(topic_partition tp) {
  // Locals rather than braced temporaries in co_return: GCC 12 miscompiles those.
  state_read out;
  auto d = co_await zk_.get(zk_paths::partition_state_path(tp.topic, tp.partition));
  if (!d) {
    out.failed = d.error() != zk_errc::no_node;
    co_return out;
  }
  auto s = decode_partition_state(d->data, d->stat.version);
  if (!s) {
    log::warn("controller {}: unreadable state of {}-{}: {}", config_.broker_id, tp.topic, tp.partition,
              s.error().message());
    out.failed = true;
    co_return out;
  }
  out.state = std::move(*s);
  co_return out;
}

asio::awaitable<bool> controller::read_partition_states(std::string topic) {
  auto t = context_->topics.find(topic);
  if (t == context_->topics.end()) co_return true;
  std::vector<std::int32_t> ids;
  for (const auto& [p, a] : t->second.partitions)
    ids.push_back(p);
  for (auto p : ids) {
    topic_partition tp{topic, p};  // named: GCC 12 frees a braced temporary argument of a coroutine twice
    auto r = co_await read_partition_state(tp);
    if (r.failed) co_return false;
    if (r.state) context_->leadership[tp] = *r.state;
  }
  co_return true;
}

// PartitionStateMachine.initializeLeaderAndIsrForPartitions: leader = the first
// live replica, ISR = the live replicas; the state znode is created, fenced.
asio::awaitable<bool> controller::initialize_new_partitions(std::vector<topic_partition> partitions,
                                                            request_batch& batch) {
  for (const auto& tp : partitions) {
    const auto* a = context_->assignment(tp);
    if (a == nullptr) continue;
    auto live = context_->live_replicas(tp);
    if (live.empty()) {
      log::error("controller {}: no assigned replica of {}-{} is alive; it stays without a leader", config_.broker_id,
                 tp.topic, tp.partition);
      continue;
    }
    partition_state state;
    state.leader = live.front();
    state.leader_epoch = 0;
    state.isr = live;
    state.controller_epoch = context_->epoch;
    auto w = co_await write_partition_state(tp, state, true);
    if (w.outcome == write_outcome::controller_moved) co_return false;
    if (w.outcome != write_outcome::ok) {
      log::error("controller {}: cannot create the state of {}-{}", config_.broker_id, tp.topic, tp.partition);
      continue;
    }
    state.zk_version = w.zk_version;
    context_->leadership[tp] = state;
    batch.add_leader_and_isr(state.isr, tp, state, *a, true);
  }
  co_return true;
}

// PartitionStateMachine.doElectLeaderForPartitions with
// OfflinePartitionLeaderElectionStrategy: the state is read fresh, a state
// written by a newer controller aborts, the result is written with CAS.
asio::awaitable<bool> controller::elect_offline_partitions(std::vector<topic_partition> partitions,
                                                           request_batch& batch) {
  const auto live = as_set(context_->live_broker_ids());
  for (const auto& tp : partitions) {
    if (context_->topics_to_delete.contains(tp.topic)) continue;
    const auto* a = context_->assignment(tp);
    if (a == nullptr) continue;
    for (int attempt = 0; attempt < max_write_attempts; ++attempt) {
      auto current = (co_await read_partition_state(tp)).state;
      if (!current) break;
      if (current->controller_epoch > context_->epoch) {
        log::warn("controller {}: {}-{} was written by controller epoch {}; aborting the election", config_.broker_id,
                  tp.topic, tp.partition, current->controller_epoch);
        break;
      }
      auto next = elect_offline(*current, a->replicas, live, unclean_allowed(tp.topic), context_->epoch);
      if (!next) {
        log::error("controller {}: no eligible leader for {}-{} (ISR {}); it stays offline", config_.broker_id,
                   tp.topic, tp.partition, fmt::join(current->isr, ","));
        context_->leadership[tp] = *current;
        break;
      }
      auto w = co_await write_partition_state(tp, *next, false);
      if (w.outcome == write_outcome::controller_moved) co_return false;
      if (w.outcome == write_outcome::partition_changed) continue;
      if (w.outcome == write_outcome::ok) {
        next->zk_version = w.zk_version;
        context_->leadership[tp] = *next;
        batch.add_leader_and_isr(context_->live_replicas(tp), tp, *next, *a, false);
      }
      break;
    }
  }
  co_return true;
}

// ReplicaStateMachine, OfflineReplica: the replica leaves every ISR it is in
// (doRemoveReplicasFromIsr); the other replicas hear the new state.
asio::awaitable<bool> controller::remove_replica_from_isrs(std::int32_t replica,
                                                           std::vector<topic_partition> partitions,
                                                           request_batch& batch) {
  for (const auto& tp : partitions) {
    const auto* a = context_->assignment(tp);
    if (a == nullptr) continue;
    for (int attempt = 0; attempt < max_write_attempts; ++attempt) {
      auto current = (co_await read_partition_state(tp)).state;
      if (!current) break;
      partition_state state = *current;
      if (contains(current->isr, replica)) {
        auto next = remove_replica_from_isr(*current, replica, context_->epoch);
        auto w = co_await write_partition_state(tp, next, false);
        if (w.outcome == write_outcome::controller_moved) co_return false;
        if (w.outcome == write_outcome::partition_changed) continue;
        if (w.outcome != write_outcome::ok) break;
        next.zk_version = w.zk_version;
        state = next;
      }
      context_->leadership[tp] = state;
      if (context_->topics_to_delete.contains(tp.topic)) {
        // Nobody leads a partition being deleted: only the metadata changes.
        batch.add_update_metadata(context_->live_broker_ids(), {tp});
        break;
      }
      std::vector<std::int32_t> recipients;
      for (auto r : a->replicas) {
        if (r != replica) recipients.push_back(r);
      }
      batch.add_leader_and_isr(recipients, tp, state, *a, false);
      break;
    }
  }
  co_return true;
}

// PartitionStateMachine.triggerOnlinePartitionStateChange: partitions never
// initialized get a first leader; partitions whose leader is gone an election.
asio::awaitable<bool> controller::trigger_online_partition_state_change() {
  std::vector<topic_partition> fresh, leaderless;
  for (const auto& [topic, t] : context_->topics) {
    if (context_->topics_to_delete.contains(topic)) continue;
    for (const auto& [p, a] : t.partitions) {
      topic_partition tp{topic, p};
      auto it = context_->leadership.find(tp);
      if (it == context_->leadership.end()) {
        fresh.push_back(tp);
      } else if (!context_->is_live(it->second.leader)) {
        leaderless.push_back(tp);
      }
    }
  }
  request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
  if (!co_await initialize_new_partitions(fresh, batch)) co_return false;
  if (!co_await elect_offline_partitions(leaderless, batch)) co_return false;
  send(batch);
  co_return true;
}

// KafkaController.processBrokerChange.
asio::awaitable<void> controller::on_broker_change() {
  auto current = co_await read_brokers();
  if (!current || !active_) co_return;
  std::vector<std::int32_t> added, bounced, dead;
  for (const auto& [id, b] : *current) {
    auto known = context_->live_brokers.find(id);
    if (known == context_->live_brokers.end()) {
      added.push_back(id);
    } else if (b.epoch > known->second.epoch) {
      bounced.push_back(id);  // re-registered: a restart we did not see go down
    }
  }
  for (const auto& [id, b] : context_->live_brokers) {
    if (!current->contains(id)) dead.push_back(id);
  }
  log::info("controller {}: brokers added [{}], bounced [{}], dead [{}]", config_.broker_id, fmt::join(added, ","),
            fmt::join(bounced, ","), fmt::join(dead, ","));
  auto add_channel = [&](std::int32_t id) {
    for (const auto& e : current->at(id).registration.endpoints) {
      if (e.listener_name == config_.inter_broker_listener_name) channel_.add_broker(id, e);
    }
  };
  for (auto id : added)
    add_channel(id);
  for (auto id : bounced)
    channel_.remove_broker(id);
  for (auto id : bounced)
    add_channel(id);
  for (auto id : dead)
    channel_.remove_broker(id);

  if (!added.empty()) {
    for (auto id : added)
      context_->live_brokers[id] = current->at(id);
    co_await on_broker_startup(added);
  }
  if (!bounced.empty() && active_) {
    for (auto id : bounced) {
      context_->live_brokers.erase(id);
      context_->shutting_down_brokers.erase(id);  // onBrokerFailure forgets the old incarnation's shutdown
    }
    co_await on_broker_failure(bounced);
    for (auto id : bounced)
      context_->live_brokers[id] = current->at(id);
    if (active_) co_await on_broker_startup(bounced);
  }
  if (!dead.empty() && active_) {
    for (auto id : dead) {
      context_->live_brokers.erase(id);
      context_->shutting_down_brokers.erase(id);
    }
    co_await on_broker_failure(dead);
  }
}

// KafkaController.onBrokerStartup.
asio::awaitable<void> controller::on_broker_startup(std::vector<std::int32_t> brokers) {
  const auto fresh = as_set(brokers);
  std::vector<std::int32_t> existing;
  for (auto id : context_->live_broker_ids()) {
    if (!fresh.contains(id)) existing.push_back(id);
  }
  {
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    batch.add_update_metadata(existing, {});
    send(batch);
  }
  {
    // The new brokers get every partition's state to start from.
    std::set<topic_partition> all;
    for (const auto& [tp, s] : context_->leadership)
      all.insert(tp);
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    batch.add_update_metadata(brokers, all);
    send(batch);
  }
  {
    // OnlineReplica: each replica on a new broker becomes a follower (or the
    // leader it still is) of its partition.
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    for (const auto& [tp, state] : context_->leadership) {
      const auto* a = context_->assignment(tp);
      if (a == nullptr) continue;
      for (auto r : a->replicas) {
        if (fresh.contains(r)) batch.add_leader_and_isr({r}, tp, state, *a, false);
      }
    }
    send(batch);
  }
  if (!co_await trigger_online_partition_state_change()) co_return;
  // Reassignments whose target replicas include a new broker go on (onBrokerStartup).
  co_await resume_reassignments([&](const topic_partition&, const replica_assignment& a) {
    for (auto r : a.replicas) {
      const bool removing =
          std::find(a.removing_replicas.begin(), a.removing_replicas.end(), r) != a.removing_replicas.end();
      if (!removing && fresh.contains(r)) return true;
    }
    return false;
  });
  if (!active_ || fenced_) co_return;
  // Deletions waiting for these brokers go on (TopicDeletionManager.resumeDeletionForTopics).
  for (const auto& [topic, t] : context_->topics) {
    for (const auto& [p, a] : t.partitions) {
      for (auto r : a.replicas) {
        if (fresh.contains(r)) context_->topics_ineligible_for_deletion.erase(topic);
      }
    }
  }
  co_await resume_deletions();
}

// KafkaController.onBrokerFailure / onReplicasBecomeOffline.
asio::awaitable<void> controller::on_broker_failure(std::vector<std::int32_t> brokers) {
  const auto gone = as_set(brokers);
  // Deletions waiting on these brokers' answers will not get them (failReplicaDeletion).
  for (auto& [tp, states] : context_->replica_deletions) {
    for (auto& [r, s] : states) {
      if (gone.contains(r) && s == controller_context::replica_deletion::started) {
        s = controller_context::replica_deletion::ineligible;
        context_->topics_ineligible_for_deletion.insert(tp.topic);
      }
    }
  }
  bool leaders_lost = false;
  for (const auto& [tp, state] : context_->leadership) {
    if (gone.contains(state.leader) && !context_->topics_to_delete.contains(tp.topic)) leaders_lost = true;
  }
  if (!co_await trigger_online_partition_state_change()) co_return;
  request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
  for (auto replica : brokers) {
    std::vector<topic_partition> partitions;
    for (const auto& [tp, state] : context_->leadership) {
      const auto* a = context_->assignment(tp);
      if (a != nullptr && contains(a->replicas, replica) && !context_->topics_to_delete.contains(tp.topic)) {
        partitions.push_back(tp);
      }
    }
    if (!co_await remove_replica_from_isrs(replica, partitions, batch)) co_return;
  }
  send(batch);
  if (!leaders_lost) {
    // No election told the brokers; they still must learn who is gone.
    request_batch um(*context_, config_.broker_id, config_.inter_broker_listener_name);
    um.add_update_metadata(context_->live_broker_ids(), {});
    send(um);
  }
}

// KafkaController.processTopicChange.
asio::awaitable<void> controller::on_topic_change() {
  auto names = co_await read_topic_names();
  if (!names || !active_) co_return;
  std::vector<std::string> added;
  for (const auto& n : *names) {
    if (!context_->topics.contains(n)) added.push_back(n);
  }
  for (auto it = context_->topics.begin(); it != context_->topics.end();) {
    if (names->contains(it->first)) {
      ++it;
      continue;
    }
    // Removed from ZooKeeper (by the deletion or by hand): forget it.
    const auto topic = it->first;
    std::erase_if(context_->leadership, [&](const auto& kv) { return kv.first.topic == topic; });
    context_->topics_to_delete.erase(topic);
    it = context_->topics.erase(it);
  }
  std::vector<topic_partition> partitions;
  for (const auto& topic : added) {
    if (!co_await read_topic_assignment(topic)) co_return;
    // A topic that already has states (a controller re-reading) keeps them.
    if (!co_await read_partition_states(topic)) co_return;
    if (auto t = context_->topics.find(topic); t != context_->topics.end()) {
      for (const auto& [p, a] : t->second.partitions) {
        if (!context_->leadership.contains({topic, p})) partitions.push_back({topic, p});
      }
    }
  }
  if (!partitions.empty()) co_await on_new_partitions(partitions);
}

// KafkaController.processPartitionModifications: partitions added to a topic.
asio::awaitable<void> controller::on_partition_modification(std::string topic) {
  std::set<std::int32_t> before;
  if (auto t = context_->topics.find(topic); t != context_->topics.end()) {
    for (const auto& [p, a] : t->second.partitions)
      before.insert(p);
  } else {
    co_return;  // not a topic we know (yet): the topic change will read it
  }
  if (!co_await read_topic_assignment(topic) || !active_) co_return;
  std::vector<topic_partition> added;
  if (auto t = context_->topics.find(topic); t != context_->topics.end()) {
    for (const auto& [p, a] : t->second.partitions) {
      if (!before.contains(p)) added.push_back({topic, p});
    }
  }
  if (!added.empty()) co_await on_new_partitions(added);
}

// KafkaController.onNewPartitionCreation.
asio::awaitable<void> controller::on_new_partitions(std::vector<topic_partition> partitions) {
  request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
  if (!co_await initialize_new_partitions(partitions, batch)) co_return;
  send(batch);
}

}  // namespace gannet::cluster
