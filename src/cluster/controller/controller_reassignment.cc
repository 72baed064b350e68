// Partition reassignment (KIP-455), Kafka 3.9's ZooKeeper-mode controller:
// AlterPartitionReassignments and /admin/reassign_partitions start (or cancel)
// one; KafkaController.onPartitionReassignment moves it on, step by step:
//
//   U1/U2  /brokers/topics/<t> (then memory): RS = ORS + TRS, AR = TRS - ORS, RR = ORS - TRS
//   U3     a replaced reassignment's adding replicas not in the new RS are stopped
//   A1     (TRS not all in the ISR) leader epoch + 1, LeaderAndIsr to ORS, and to AR as new
//   A2     AR replicas started (NewReplica: LeaderAndIsr, is_new)
//   ...    the new replicas catch up and AlterPartition adds them to the ISR, which
//          brings the controller back here (maybe_complete_reassignment)
//   B2/B3  (TRS all in the ISR) RS = TRS in memory; the leader moves to a live
//          TRS member in the ISR when it is not in TRS or dead, else epoch + 1
//   B4/B5  RR replicas: StopReplica, out of the ISR, then StopReplica (delete)
//   B6     /brokers/topics/<t>: RS = TRS, AR = RR = []
//   B7     the partition leaves /admin/reassign_partitions (the znode goes with the last)
//   B8     UpdateMetadata to every live broker
//
// Where Kafka's controller would throw, a step logs and the reassignment
// stays as ZooKeeper has it (resumed on failover or a broker's return).

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "controller/controller_context.h"
#include "controller/partition_election.h"
#include "controller/request_batch.h"
#include "gannet/cluster/controller.h"
#include "gannet/cluster/zk_paths.h"
#include "gannet/common/logging.h"

namespace gannet::cluster {

namespace asio = boost::asio;
using protocol::error_code;

namespace {

using ints = std::vector<std::int32_t>;

ints minus(const ints& a, const ints& b) {
  ints out;
  for (auto x : a) {
    if (std::find(b.begin(), b.end(), x) == b.end()) out.push_back(x);
  }
  return out;
}
bool has(const ints& v, std::int32_t x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// ReplicaAssignment's derived sets.
ints origin_replicas(const replica_assignment& a) { return minus(a.replicas, a.adding_replicas); }
ints target_replicas(const replica_assignment& a) { return minus(a.replicas, a.removing_replicas); }
bool being_reassigned(const replica_assignment& a) {
  return !a.adding_replicas.empty() || !a.removing_replicas.empty();
}
// ReplicaAssignment.reassignTo: RS = distinct(TRS ++ ORS), AR = RS - ORS, RR = RS - TRS.
replica_assignment reassign_to(const replica_assignment& current, const ints& target) {
  const auto origin = origin_replicas(current);
  replica_assignment out;
  for (auto r : target) {
    if (!has(out.replicas, r)) out.replicas.push_back(r);
  }
  for (auto r : origin) {
    if (!has(out.replicas, r)) out.replicas.push_back(r);
  }
  out.adding_replicas = minus(out.replicas, origin);
  out.removing_replicas = minus(out.replicas, target);
  return out;
}

std::string show(const replica_assignment& a) {
  return fmt::format("ReplicaAssignment(replicas={}, addingReplicas={}, removingReplicas={})",
                     fmt::join(a.replicas, ","), fmt::join(a.adding_replicas, ","),
                     fmt::join(a.removing_replicas, ","));
}

election_result error_of(error_code e, std::optional<std::string> message = std::nullopt) {
  return election_result{e, std::move(message), -1};
}

}  // namespace

void controller::alter_partition_reassignments(
    std::map<topic_partition, std::optional<std::vector<std::int32_t>>> reassignments,
    std::function<void(reassignment_results)> done) {
  asio::post(executor_, [this, r = std::move(reassignments), done = std::move(done)]() mutable {
    event e(event_kind::alter_reassignments);
    e.reassignments = std::move(r);
    e.reassign_done = std::move(done);
    if (stopped_) {
      refuse(e);
      return;
    }
    enqueue(std::move(e));
  });
}

void controller::list_partition_reassignments(std::optional<std::vector<topic_partition>> partitions,
                                              std::function<void(reassignment_listing)> done) {
  asio::post(executor_, [this, p = std::move(partitions), done = std::move(done)]() mutable {
    event e(event_kind::list_reassignments);
    e.list_partitions = std::move(p);
    e.list_done = std::move(done);
    if (stopped_) {
      refuse(e);
      return;
    }
    enqueue(std::move(e));
  });
}

reassignment_listing controller::on_list_reassignments(
    const std::optional<std::vector<topic_partition>>& partitions) const {
  reassignment_listing out;
  if (!active_) {
    out.error = error_code::not_controller;
    return out;
  }
  std::vector<topic_partition> wanted;
  if (partitions) {
    wanted = *partitions;
  } else {
    wanted.assign(context_->partitions_being_reassigned.begin(), context_->partitions_being_reassigned.end());
  }
  for (const auto& tp : wanted) {
    const auto* a = context_->assignment(tp);
    if (a != nullptr && being_reassigned(*a)) out.partitions[tp] = *a;
  }
  return out;
}

asio::awaitable<reassignment_results> controller::on_alter_reassignments(
    std::map<topic_partition, std::optional<std::vector<std::int32_t>>> reassignments) {
  reassignment_results out;
  if (!active_) {
    out.error = error_code::not_controller;
    co_return out;
  }
  std::map<topic_partition, replica_assignment> to_start;
  for (const auto& [tp, target] : reassignments) {
    const auto* current = context_->assignment(tp);
    const replica_assignment empty;
    const auto& a = current != nullptr ? *current : empty;
    if (target) {
      // validateReplicas.
      const std::set<std::int32_t> distinct(target->begin(), target->end());
      if (target->empty()) {
        out.partitions[tp] =
            error_of(error_code::invalid_replica_assignment, "Empty replica list specified in partition reassignment.");
        continue;
      }
      if (distinct.size() != target->size()) {
        out.partitions[tp] =
            error_of(error_code::invalid_replica_assignment,
                     fmt::format("Duplicate replica ids in partition reassignment replica list: ArrayBuffer({})",
                                 fmt::join(*target, ", ")));
        continue;
      }
      if (std::any_of(target->begin(), target->end(), [](std::int32_t r) { return r < 0; })) {
        out.partitions[tp] =
            error_of(error_code::invalid_replica_assignment,
                     fmt::format("Invalid broker id in replica list: ArrayBuffer({})", fmt::join(*target, ", ")));
        continue;
      }
      const auto next = reassign_to(a, *target);
      if (std::any_of(next.adding_replicas.begin(), next.adding_replicas.end(),
                      [&](std::int32_t r) { return !context_->is_live(r); })) {
        out.partitions[tp] = error_of(
            error_code::invalid_replica_assignment,
            fmt::format(
                "Replica assignment has brokers that are not alive. Replica list: ArrayBuffer({}), live broker list: "
                "Set({})",
                fmt::join(next.adding_replicas, ", "), fmt::join(context_->live_broker_ids(), ", ")));
        continue;
      }
    }
    // maybeBuildReassignment: a cancellation goes back to ORS; nothing to cancel is NO_REASSIGNMENT_IN_PROGRESS.
    if (being_reassigned(a)) {
      to_start[tp] = reassign_to(a, target ? *target : origin_replicas(a));
    } else if (target) {
      to_start[tp] = reassign_to(a, *target);
    } else {
      out.partitions[tp] =
          error_of(error_code::no_reassignment_in_progress, "No partition reassignment is in progress.");
    }
  }
  // The latest reassignment wins over one from /admin/reassign_partitions.
  zk_reassignment_filter superseded = [&](const topic_partition& tp, const std::vector<std::int32_t>&) {
    return to_start.contains(tp);
  };
  co_await remove_from_zk_reassignment(superseded);
  auto started = co_await trigger_reassignments(std::move(to_start));
  if (!started) {
    reassignment_results moved;
    moved.error = error_code::not_controller;
    co_return moved;
  }
  for (auto& [tp, r] : *started)
    out.partitions[tp] = std::move(r);
  co_return out;
}

asio::awaitable<std::optional<std::map<topic_partition, election_result>>> controller::trigger_reassignments(
    std::map<topic_partition, replica_assignment> reassignments) {
  std::map<topic_partition, election_result> out;
  for (const auto& [tp, reassignment] : reassignments) {
    if (context_->topics_to_delete.contains(tp.topic)) {
      log::info("controller {}: Skipping reassignment of {}-{} since the topic is currently being deleted",
                config_.broker_id, tp.topic, tp.partition);
      out[tp] = error_of(error_code::unknown_topic_or_partition, "The partition does not exist.");
      continue;
    }
    const auto* a = context_->assignment(tp);
    if (a == nullptr || a->replicas.empty()) {
      out[tp] = error_of(error_code::unknown_topic_or_partition, "The partition does not exist.");
      continue;
    }
    if (!co_await on_partition_reassignment(tp, reassignment)) {
      if (fenced_ || !active_) co_return std::nullopt;
      out[tp] = error_of(error_code::unknown_server_error,
                         "The server experienced an unexpected error when processing the request.");
      continue;
    }
    out[tp] = error_of(error_code::none);
  }
  co_return out;
}

asio::awaitable<bool> controller::write_topic_assignment(std::string topic) {
  auto t = context_->topics.find(topic);
  if (t == context_->topics.end()) co_return false;
  topic_assignment a;
  a.partitions = t->second.partitions;
  a.topic_id = t->second.topic_id;
  std::vector<zk_op> ops;
  ops.push_back(zk_op{zk_op::kind::check, std::string(zk_paths::controller_epoch), {}, {}, context_->epoch_zk_version});
  ops.push_back(zk_op{zk_op::kind::set, zk_paths::topic_path(topic), encode_topic_assignment(a), {}, -1});
  auto r = co_await zk_.multi(std::move(ops));
  if (!r) {
    const std::string epoch_path(zk_paths::controller_epoch);
    auto check = co_await zk_.exists(epoch_path);
    if (!check || !check->has_value() || (*check)->version != context_->epoch_zk_version) fenced_ = true;
    log::warn("controller {}: cannot write the assignment of {}: {}", config_.broker_id, topic, r.error().message());
    co_return false;
  }
  t->second.zk_version = r->back().stat.version;
  co_return true;
}

// updateLeaderEpochAndSendRequest: the same leader and ISR with leader epoch + 1,
// so the replicas learn the new assignment; LeaderAndIsr to ORS, and to AR as new replicas.
asio::awaitable<bool> controller::bump_leader_epoch(topic_partition tp, const replica_assignment& assignment) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    auto read = co_await read_partition_state(tp);
    if (!read.state) co_return false;
    if (read.state->controller_epoch > context_->epoch) {
      log::error("controller {}: Leader and isr path of {}-{} written by controller epoch {}; aborting",
                 config_.broker_id, tp.topic, tp.partition, read.state->controller_epoch);
      co_return false;
    }
    auto next = *read.state;
    next.leader_epoch += 1;
    next.controller_epoch = context_->epoch;
    auto w = co_await write_partition_state(tp, next, false);
    if (w.outcome == write_outcome::controller_moved) co_return false;
    if (w.outcome == write_outcome::partition_changed) continue;
    if (w.outcome != write_outcome::ok) co_return false;
    next.zk_version = w.zk_version;
    context_->leadership[tp] = next;
    log::info("controller {}: Updated leader epoch for partition {}-{} to {}, zkVersion={}", config_.broker_id,
              tp.topic, tp.partition, next.leader_epoch, next.zk_version);
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    ints origin, adding;
    for (auto r : origin_replicas(assignment)) {
      if (context_->is_live(r)) origin.push_back(r);
    }
    for (auto r : assignment.adding_replicas) {
      if (context_->is_live(r)) adding.push_back(r);
    }
    batch.add_leader_and_isr(origin, tp, next, assignment, false);
    batch.add_leader_and_isr(adding, tp, next, assignment, true);
    send(batch);
    co_return true;
  }
  co_return false;
}

// stopRemovedReplicasOfReassignedPartition: OfflineReplica (StopReplica, out of
// the ISR, the others told), then StopReplica with delete, then gone from the assignment.
asio::awaitable<bool> controller::stop_removed_replicas(topic_partition tp, std::vector<std::int32_t> removed) {
  for (auto replica : removed) {
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    if (context_->is_live(replica)) batch.add_stop_replica({replica}, tp, false);
    std::vector<topic_partition> partitions{tp};
    if (!co_await remove_replica_from_isrs(replica, partitions, batch)) co_return false;
    send(batch);
  }
  {
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    for (auto replica : removed) {
      if (context_->is_live(replica)) batch.add_stop_replica({replica}, tp, true);
    }
    send(batch);
  }
  auto t = context_->topics.find(tp.topic);
  if (t != context_->topics.end()) {
    auto& a = t->second.partitions[tp.partition];
    a.replicas = minus(a.replicas, removed);
  }
  co_return true;
}

asio::awaitable<bool> controller::on_partition_reassignment(topic_partition tp, replica_assignment reassignment) {
  // No deletion of the topic while it is being reassigned.
  context_->topics_ineligible_for_deletion.insert(tp.topic);
  auto& topic = context_->topics.at(tp.topic);
  const auto current = topic.partitions.at(tp.partition);
  // U1-U3.
  if (!(current == reassignment)) {
    topic.partitions[tp.partition] = reassignment;
    if (!co_await write_topic_assignment(tp.topic)) {
      topic.partitions[tp.partition] = current;
      co_return false;
    }
    log::info("controller {}: Successfully updated assignment of partition {}-{} to {}", config_.broker_id, tp.topic,
              tp.partition, show(reassignment));
    const auto unneeded = minus(current.replicas, reassignment.replicas);
    if (!unneeded.empty() && !co_await stop_removed_replicas(tp, unneeded)) co_return false;
  }
  context_->partitions_being_reassigned.insert(tp);

  const auto target = target_replicas(reassignment);
  bool complete = !being_reassigned(reassignment);
  if (!complete) {
    auto read = co_await read_partition_state(tp);
    complete = read.state &&
               std::all_of(target.begin(), target.end(), [&](std::int32_t r) { return has(read.state->isr, r); });
  }
  if (!complete) {
    // A1, A2.
    if (!co_await bump_leader_epoch(tp, reassignment)) co_return false;
    auto it = context_->leadership.find(tp);
    if (it != context_->leadership.end()) {
      request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
      for (auto r : reassignment.adding_replicas) {
        if (context_->is_live(r) && r != it->second.leader)
          batch.add_leader_and_isr({r}, tp, it->second, reassignment, true);
      }
      send(batch);
    }
    co_return true;
  }

  // B2: RS = TRS in memory.
  replica_assignment completed;
  completed.replicas = target;
  topic.partitions[tp.partition] = completed;
  // B3: the leader moves if it is not in TRS or is dead (ReassignPartitionLeaderElectionStrategy).
  auto it = context_->leadership.find(tp);
  const std::int32_t leader = it == context_->leadership.end() ? -1 : it->second.leader;
  const auto online = online_brokers();
  if (!has(target, leader) || !online.contains(leader)) {
    log::info(
        "controller {}: Leader {} for partition {}-{} being reassigned, is not in the new list of replicas {} "
        "or is dead. Re-electing leader",
        config_.broker_id, leader, tp.topic, tp.partition, fmt::join(target, ","));
    bool written = false;
    for (int attempt = 0; attempt < 5 && !written; ++attempt) {
      auto read = co_await read_partition_state(tp);
      if (!read.state || read.state->controller_epoch > context_->epoch) break;
      std::optional<std::int32_t> next_leader;
      for (auto r : target) {
        if (online.contains(r) && has(read.state->isr, r)) {
          next_leader = r;
          break;
        }
      }
      if (!next_leader) {
        log::error(
            "controller {}: Failed to elect leader for partition {}-{} under strategy "
            "ReassignPartitionLeaderElectionStrategy",
            config_.broker_id, tp.topic, tp.partition);
        break;
      }
      auto next = *read.state;
      next.leader = *next_leader;
      next.leader_epoch += 1;
      next.controller_epoch = context_->epoch;
      auto w = co_await write_partition_state(tp, next, false);
      if (w.outcome == write_outcome::controller_moved) co_return false;
      if (w.outcome == write_outcome::partition_changed) continue;
      if (w.outcome != write_outcome::ok) break;
      next.zk_version = w.zk_version;
      context_->leadership[tp] = next;
      request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
      ints recipients;
      for (auto r : reassignment.replicas) {
        if (context_->is_live(r)) recipients.push_back(r);
      }
      batch.add_leader_and_isr(recipients, tp, next, completed, false);
      send(batch);
      written = true;
    }
  } else {
    if (!co_await bump_leader_epoch(tp, completed)) co_return false;
  }
  // B4, B5.
  if (!co_await stop_removed_replicas(tp, reassignment.removing_replicas)) co_return false;
  topic.partitions[tp.partition] = completed;
  // B6.
  if (!co_await write_topic_assignment(tp.topic)) co_return false;
  log::info("controller {}: Successfully updated assignment of partition {}-{} to {}", config_.broker_id, tp.topic,
            tp.partition, show(completed));
  // B7.
  zk_reassignment_filter done = [&](const topic_partition& p, const std::vector<std::int32_t>& replicas) {
    return p == tp && replicas == completed.replicas;
  };
  co_await remove_from_zk_reassignment(done);
  context_->partitions_being_reassigned.erase(tp);
  // B8.
  {
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    batch.add_update_metadata(context_->live_broker_ids(), {tp});
    send(batch);
  }
  // A deletion waiting for this reassignment may go on.
  bool still = false;
  for (const auto& p : context_->partitions_being_reassigned)
    still = still || p.topic == tp.topic;
  if (!still) {
    context_->topics_ineligible_for_deletion.erase(tp.topic);
    co_await resume_deletions();
  }
  co_return true;
}

asio::awaitable<bool> controller::maybe_complete_reassignment(topic_partition tp) {
  const auto* a = context_->assignment(tp);
  if (a == nullptr) co_return true;
  const auto reassignment = *a;
  const auto target = target_replicas(reassignment);
  auto read = co_await read_partition_state(tp);
  if (!read.state) co_return true;
  if (!std::all_of(target.begin(), target.end(), [&](std::int32_t r) { return has(read.state->isr, r); })) {
    co_return true;
  }
  log::info("controller {}: Target replicas {} have all caught up with the leader for reassigning partition {}-{}",
            config_.broker_id, fmt::join(target, ","), tp.topic, tp.partition);
  co_return co_await on_partition_reassignment(tp, reassignment);
}

asio::awaitable<void> controller::resume_reassignments(reassignment_filter which) {
  std::vector<std::pair<topic_partition, replica_assignment>> pending;
  for (const auto& [topic, t] : context_->topics) {
    for (const auto& [p, a] : t.partitions) {
      topic_partition tp{topic, p};
      if (being_reassigned(a) && which(tp, a)) pending.emplace_back(tp, a);
    }
  }
  for (auto& [tp, a] : pending) {
    if (!active_ || fenced_) co_return;
    if (context_->topics_to_delete.contains(tp.topic)) continue;
    co_await on_partition_reassignment(tp, a);
  }
}

asio::awaitable<std::set<topic_partition>> controller::on_zk_reassignment() {
  std::set<topic_partition> started;
  const std::string path(zk_paths::reassign_partitions);
  auto watcher = watch(event_kind::zk_reassignment);
  auto exists = co_await zk_.exists(path, std::move(watcher));
  if (!exists || !exists->has_value() || !active_) co_return started;
  auto d = co_await zk_.get(path);
  if (!d) co_return started;
  auto listed = decode_reassignment(d->data);
  if (!listed) {
    log::warn("controller {}: unreadable {}: {}", config_.broker_id, path, listed.error().message());
    co_return started;
  }
  std::map<topic_partition, election_result> results;
  std::map<topic_partition, replica_assignment> to_start;
  for (const auto& r : *listed) {
    topic_partition tp{r.partition.topic, r.partition.partition};
    const auto* a = context_->assignment(tp);
    const replica_assignment empty;
    to_start[tp] = reassign_to(a != nullptr ? *a : empty, r.replicas);
  }
  auto triggered = co_await trigger_reassignments(std::move(to_start));
  if (!triggered) co_return started;
  std::set<topic_partition> failed;
  for (const auto& [tp, r] : *triggered) {
    (r.error == error_code::none ? started : failed).insert(tp);
  }
  if (!failed.empty()) {
    log::warn("controller {}: Failed reassignment through zk for {} partitions", config_.broker_id, failed.size());
    zk_reassignment_filter failures = [&](const topic_partition& tp, const std::vector<std::int32_t>&) {
      return failed.contains(tp);
    };
    co_await remove_from_zk_reassignment(failures);
  }
  co_return started;
}

asio::awaitable<void> controller::remove_from_zk_reassignment(zk_reassignment_filter remove) {
  const std::string path(zk_paths::reassign_partitions);
  auto d = co_await zk_.get(path);
  if (!d) co_return;  // no zk-based reassignment
  auto listed = decode_reassignment(d->data);
  if (!listed) co_return;
  std::vector<partition_reassignment> keep;
  for (const auto& r : *listed) {
    if (!remove({r.partition.topic, r.partition.partition}, r.replicas)) keep.push_back(r);
  }
  if (keep.size() == listed->size()) co_return;
  std::vector<zk_op> ops;
  ops.push_back(zk_op{zk_op::kind::check, std::string(zk_paths::controller_epoch), {}, {}, context_->epoch_zk_version});
  if (keep.empty()) {
    log::info("controller {}: No more partitions need to be reassigned. Deleting zk path {}", config_.broker_id, path);
    ops.push_back(zk_op{zk_op::kind::remove, path, {}, {}, -1});
  } else {
    ops.push_back(zk_op{zk_op::kind::set, path, encode_reassignment(keep), {}, -1});
  }
  auto r = co_await zk_.multi(std::move(ops));
  if (!r) log::warn("controller {}: cannot update {}: {}", config_.broker_id, path, r.error().message());
  // Ensure future reassignments are seen (the watch is set again by reading).
  if (keep.empty()) {
    auto watcher = watch(event_kind::zk_reassignment);
    co_await zk_.exists(path, std::move(watcher));
  }
}

}  // namespace gannet::cluster
