// Replica leader elections asked for by an admin client (ElectLeaders,
// KafkaController.processReplicaLeaderElection with AdminClientTriggered), the
// automatic preferred-leader rebalance (checkAndTriggerAutoLeaderRebalance) and
// a topic's unclean.leader.election.enable turned on
// (processTopicUncleanLeaderElectionEnable), Kafka 3.9. All of them go through
// on_replica_election (onReplicaElection): PreferredReplicaPartitionLeaderElectionStrategy
// or OfflinePartitionLeaderElectionStrategy, each partition read fresh,
// written with CAS on its version and the controller-epoch check.

#include <fmt/format.h>
#include <fmt/ranges.h>

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

constexpr int max_write_attempts = 5;  // a concurrent change of the state znode: read again and retry

std::string name_of(const topic_partition& tp) { return fmt::format("{}-{}", tp.topic, tp.partition); }

std::string names_of(const std::vector<topic_partition>& partitions) {
  std::vector<std::string> names;
  for (const auto& tp : partitions)
    names.push_back(name_of(tp));
  return fmt::format("{}", fmt::join(names, ","));
}

}  // namespace

std::set<std::int32_t> controller::online_brokers() const {
  std::set<std::int32_t> out;
  for (const auto& [id, b] : context_->live_brokers) {
    if (!context_->shutting_down_brokers.contains(id)) out.insert(id);
  }
  return out;
}

asio::awaitable<std::optional<election_results>> controller::on_replica_election(
    std::vector<topic_partition> partitions, election_type type, bool allow_unclean, const char* trigger,
    request_batch& batch) {
  election_results results;
  if (partitions.empty()) co_return results;
  const bool preferred = type == election_type::preferred;
  log::info("controller {}: Starting replica leader election ({}) for partitions {} triggered by {}", config_.broker_id,
            preferred ? "PREFERRED" : "UNCLEAN", names_of(partitions), trigger);
  // The Scala objects' toString, as Kafka's failure messages print them.
  const std::string strategy = preferred ? std::string("PreferredReplicaPartitionLeaderElectionStrategy")
                                         : fmt::format("OfflinePartitionLeaderElectionStrategy({})", allow_unclean);
  // A StateChangeFailedException becomes this code in the ElectLeaders answer.
  const auto failed =
      preferred ? error_code::preferred_leader_not_available : error_code::eligible_leaders_not_available;
  const auto online = online_brokers();
  for (const auto& tp : partitions) {
    const auto* a = context_->assignment(tp);
    if (a == nullptr) continue;
    auto& result = results[tp];
    for (int attempt = 0; attempt < max_write_attempts; ++attempt) {
      auto read = co_await read_partition_state(tp);
      if (read.failed && !read.state) {
        result = {error_code::unknown_server_error, std::nullopt, -1};
        break;
      }
      if (!read.state) {
        result = {failed,
                  fmt::format("LeaderAndIsr information doesn't exist for partition {} in OnlinePartition state",
                              name_of(tp)),
                  -1};
        break;
      }
      const auto& current = *read.state;
      if (current.controller_epoch > context_->epoch) {
        result = {failed,
                  fmt::format("Aborted leader election for partition {} since the LeaderAndIsr path was already "
                              "written by another controller. This probably means that the current controller {} "
                              "went through a soft failure and another controller was elected with epoch {}.",
                              name_of(tp), config_.broker_id, current.controller_epoch),
                  -1};
        break;
      }
      std::optional<partition_state> next;
      if (preferred) {
        if (auto leader = preferred_replica_leader(a->replicas, current.isr, online)) {
          next = current;
          next->leader = *leader;
          next->leader_epoch = current.leader_epoch + 1;
          next->controller_epoch = context_->epoch;
        }
      } else {
        next = elect_offline(current, a->replicas, online, allow_unclean || unclean_allowed(tp.topic), context_->epoch);
      }
      if (!next) {
        result = {failed,
                  fmt::format("Failed to elect leader for partition {} under strategy {}", name_of(tp), strategy), -1};
        context_->leadership[tp] = current;
        break;
      }
      auto w = co_await write_partition_state(tp, *next, false);
      if (w.outcome == write_outcome::controller_moved) co_return std::nullopt;
      if (w.outcome == write_outcome::partition_changed) {
        result = {error_code::unknown_server_error, std::nullopt, -1};
        continue;
      }
      if (w.outcome == write_outcome::failed) {
        result = {error_code::unknown_server_error, std::nullopt, -1};
        break;
      }
      next->zk_version = w.zk_version;
      context_->leadership[tp] = *next;
      std::vector<std::int32_t> recipients;
      for (auto r : a->replicas) {
        if (online.contains(r)) recipients.push_back(r);
      }
      batch.add_leader_and_isr(recipients, tp, *next, *a, false);
      result = {error_code::none, std::nullopt, next->leader};
      break;
    }
  }
  co_return results;
}

asio::awaitable<election_results> controller::on_elect_leaders(std::vector<topic_partition> partitions,
                                                               election_type type) {
  election_results results;
  if (!active_) {
    for (const auto& tp : partitions)
      results[tp] = {error_code::not_controller, std::nullopt, -1};
    co_return results;
  }
  std::vector<topic_partition> electable;
  for (const auto& tp : partitions) {
    if (context_->assignment(tp) == nullptr) {
      log::info(
          "controller {}: Skipping replica leader election for partition {} by AdminClientTriggered since it "
          "doesn't exist.",
          config_.broker_id, name_of(tp));
      results[tp] = {error_code::unknown_topic_or_partition, "The partition does not exist.", -1};
    } else if (context_->topics_to_delete.contains(tp.topic)) {
      results[tp] = {error_code::invalid_topic_exception, "The topic is being deleted", -1};
    } else {
      auto it = context_->leadership.find(tp);
      const std::int32_t leader = it == context_->leadership.end() ? -1 : it->second.leader;
      const bool needed = type == election_type::preferred ? leader != context_->assignment(tp)->replicas.front()
                                                           : leader == -1 || !context_->is_live(leader);
      if (needed) {
        electable.push_back(tp);
      } else {
        results[tp] = {error_code::election_not_needed, "Leader election not needed for topic partition.", -1};
      }
    }
  }
  request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
  // Unclean only when asked by an admin client, which this is (onReplicaElection).
  auto elected =
      co_await on_replica_election(electable, type, type == election_type::unclean, "AdminClientTriggered", batch);
  if (!elected) {
    for (const auto& tp : electable)
      results[tp] = {error_code::not_controller, "Controller moved to another broker.", -1};
    co_return results;
  }
  send(batch);
  for (auto& [tp, r] : *elected)
    results[tp] = std::move(r);
  co_return results;
}

asio::awaitable<void> controller::on_auto_leader_rebalance() {
  if (!active_) co_return;
  log::info("controller {}: Processing automatic preferred replica leader election", config_.broker_id);
  // Partitions by their preferred (first) replica.
  std::map<std::int32_t, std::vector<topic_partition>> by_preferred;
  for (const auto& [topic, t] : context_->topics) {
    if (context_->topics_to_delete.contains(topic)) continue;
    for (const auto& [p, a] : t.partitions) {
      if (!a.replicas.empty()) by_preferred[a.replicas.front()].push_back({topic, p});
    }
  }
  const auto online = online_brokers();
  for (const auto& [broker, owned] : by_preferred) {
    std::vector<topic_partition> not_preferred;
    for (const auto& tp : owned) {
      auto it = context_->leadership.find(tp);
      if (it != context_->leadership.end() && it->second.leader != broker) not_preferred.push_back(tp);
    }
    const double ratio = static_cast<double>(not_preferred.size()) / static_cast<double>(owned.size());
    if (ratio <= static_cast<double>(config_.leader_imbalance_per_broker_percentage) / 100.0) continue;
    std::vector<topic_partition> candidates;
    for (const auto& tp : not_preferred) {
      const auto* a = context_->assignment(tp);
      const auto& isr = context_->leadership.at(tp).isr;
      if (a != nullptr && preferred_replica_leader(a->replicas, isr, online)) candidates.push_back(tp);
    }
    log::info("controller {}: leader imbalance ratio for broker {} is {:.3f}", config_.broker_id, broker, ratio);
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    auto elected = co_await on_replica_election(candidates, election_type::preferred, false, "AutoTriggered", batch);
    if (!elected) co_return;  // fenced: handle() resigns; no next check from this term
    send(batch);
  }
  schedule_auto_leader_rebalance(config_.leader_imbalance_check_interval);
}

asio::awaitable<void> controller::on_topic_unclean_election(std::string topic) {
  if (!active_) co_return;
  log::info("controller {}: Unclean leader election has been enabled for topic {}", config_.broker_id, topic);
  auto t = context_->topics.find(topic);
  if (t == context_->topics.end() || context_->topics_to_delete.contains(topic)) co_return;
  std::vector<topic_partition> leaderless;
  for (const auto& [p, a] : t->second.partitions) {
    auto it = context_->leadership.find({topic, p});
    if (it != context_->leadership.end() && !context_->is_live(it->second.leader)) leaderless.push_back({topic, p});
  }
  request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
  if (!co_await elect_offline_partitions(leaderless, batch)) co_return;
  send(batch);
}

}  // namespace gannet::cluster
